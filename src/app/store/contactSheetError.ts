import type { Problem } from "../../domain/contacts/table";
import { DomainError } from "../../domain/errors";

/**
 * The contact sheet cannot be used: its problems, for the pane and the command to list. A file of its own so the
 * pane's first load can recognise it without the contact table builder (docs/architecture.md §2).
 */
export class ContactSheetError extends DomainError {
  constructor(
    message: string,
    readonly problems: readonly Problem[],
    /** Warnings found beside the errors, for the Contacts panel, which lists both. */
    readonly warnings: readonly Problem[] = [],
    /** The sheet the problems are on ("" when not known). */
    readonly sheetName = "",
  ) {
    super(message, "contact-sheet");
    this.name = "ContactSheetError";
  }
}
