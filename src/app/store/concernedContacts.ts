/**
 * The contacts an action concerns. Its own file, apart from contactSource.ts, so the pane's first load does not carry
 * the filter compiler; what only a source that selects contacts itself needs is in queriedContacts.ts.
 */
import { refuseAddinSheet } from "../addinSheets";
import { buildTable, loadContacts, remembered, type LoadedContacts } from "./contactSource";
import type { ContactConcern, ContactSourceRequest, RunContext, SegmentBook } from "./ports";
import { readQueriedContacts } from "./queriedContacts";

/**
 * The contacts an action concerns (docs/decisions.md §D45): from a source that selects them itself, only those
 * (with their companies, and the members `concern` asks for); from any other, the whole sheet. The step's filters
 * are checked against the header first, so a mistyped filter is refused before any contact is read. The domain
 * decides on the table it gets exactly as on the whole sheet.
 */
export async function loadConcernedContacts(
  book: SegmentBook,
  ctx: RunContext,
  request: ContactSourceRequest = {},
  concern: ContactConcern,
): Promise<LoadedContacts> {
  const queries = book.contactQueries;
  if (!queries) {
    if (!book.readContactColumns || !concern.fields) return loadContacts(book, ctx, request);
    if (request.name !== undefined) refuseAddinSheet(request.name);
    const input = await book.readContactColumns(request, { fields: concern.fields, groups: concern.step?.groups });
    refuseAddinSheet(input.sheetName);
    return remembered(book, buildTable(input, ctx.locale));
  }
  return remembered(book, await readQueriedContacts(queries, ctx, request, concern));
}
