/** Export mailing list (docs/decisions.md §D10): the list from the domain; a new sheet in the book when asked. */
import { DomainError } from "../domain/errors";
import { buildMailingList, type MailingList } from "../domain/segments/mailingList";
import { foldCase } from "../domain/text";
import { DEDICATED_SHEETS, STATE_SHEET } from "./store/sheetSpecs";
import { loadConcernedContacts } from "./store/concernedContacts";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { loadSegment } from "./store/segmentRecords";

export interface ExportMailingListRequest {
  readonly segmentNo: string;
  readonly emailOnly: boolean;
  /** Write the list on a new sheet of this name. */
  readonly sheetName?: string;
  readonly contacts?: ContactSourceRequest;
}

export interface ExportMailingListResult extends MailingList {
  readonly segmentNo: string;
  readonly sheetName?: string;
  readonly warnings: readonly string[];
}

/** Names the add-in finds its own sheets by: a list there would be taken for one of them. */
const RESERVED = new Set([...DEDICATED_SHEETS.flatMap((s) => [s.sheetName, s.tableName]), STATE_SHEET].map(foldCase));

/** Excel's rules for a sheet name, checked before anything is read, so the message is about the name. */
export function checkSheetName(name: string): string {
  const where = `The sheet name "${name}"`;
  if (name.trim() === "") throw new DomainError("The sheet name is blank.", "validation", { key: "sheet-name-blank" });
  if (name.length > 31)
    throw new DomainError(`${where} is longer than Excel's 31 characters.`, "validation", {
      key: "sheet-name-too-long",
      name,
    });
  if (/[:\\/?*[\]]/.test(name))
    throw new DomainError(`${where} holds a character Excel refuses in sheet names (: \\ / ? * [ ]).`, "validation", {
      key: "sheet-name-character",
      name,
    });
  if (name.startsWith("'") || name.endsWith("'"))
    throw new DomainError(`${where} starts or ends with an apostrophe, which Excel refuses.`, "validation", {
      key: "sheet-name-apostrophe",
      name,
    });
  if (foldCase(name) === "history")
    throw new DomainError(`${where} is reserved by Excel.`, "validation", { key: "sheet-name-history", name });
  if (RESERVED.has(foldCase(name)))
    throw new DomainError(`${where} is the name of one of the add-in's own sheets; choose another.`, "validation", {
      key: "sheet-name-reserved",
      name,
    });
  return name;
}

export async function exportMailingList(
  book: SegmentBook,
  ctx: RunContext,
  request: ExportMailingListRequest,
): Promise<ExportMailingListResult> {
  const sheetName = request.sheetName === undefined ? undefined : checkSheetName(request.sheetName);
  const segment = await loadSegment(book, request.segmentNo);
  // The lines' contacts and their companies only (docs/decisions.md §D45).
  const numbers = segment.lines.map((line) => line.record.contactNo);
  const { table, warnings } = await loadConcernedContacts(book, ctx, request.contacts, { numbers });
  const list = buildMailingList({ table, lines: segment.lines.map((l) => l.record), emailOnly: request.emailOnly });
  if (sheetName !== undefined)
    await book.commit({ newSheets: [{ name: sheetName, header: list.header, rows: list.rows }] });
  return { ...list, segmentNo: segment.row.record.no, sheetName, warnings: warnings.map((w) => w.message) };
}
