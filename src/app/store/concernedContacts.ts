/**
 * The contacts an action concerns. Its own file, apart from contactSource.ts, so the pane's first load does not carry
 * the filter compiler; what only a source that selects contacts itself needs is in queriedContacts.ts.
 */
import { loadContacts, remembered, type LoadedContacts } from "./contactSource";
import type { ContactConcern, ContactSourceRequest, RunContext, SegmentBook } from "./ports";
import { readQueriedContacts, readWantedColumns } from "./queriedContacts";

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
  if (queries) return remembered(book, await readQueriedContacts(queries, ctx, request, concern));
  const readColumns = book.readContactColumns?.bind(book);
  if (readColumns && concern.fields)
    return remembered(book, await readWantedColumns(readColumns, ctx, request, concern.fields, concern.step?.groups));
  return loadContacts(book, ctx, request);
}
