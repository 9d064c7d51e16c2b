import { buildContactTable, ContactTableError, type ContactTable, type Problem } from "../domain/contacts";
import { DomainError } from "../domain/errors";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./ports";

export interface LoadedContacts {
  readonly table: ContactTable;
  readonly warnings: readonly Problem[];
}

/** The contact sheet as a table; a sheet with errors stops the action with every problem listed. */
export async function loadContacts(book: SegmentBook, ctx: RunContext, request: ContactSourceRequest = {}): Promise<LoadedContacts> {
  const input = await book.readContactSheet(request);
  try {
    const { table, warnings } = buildContactTable({ ...input, locale: ctx.locale });
    return { table, warnings };
  } catch (error) {
    if (error instanceof ContactTableError) throw new ContactSheetError(error.message, error.problems);
    throw error;
  }
}

export class ContactSheetError extends DomainError {
  constructor(
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super(message, "contact-sheet");
    this.name = "ContactSheetError";
  }
}
