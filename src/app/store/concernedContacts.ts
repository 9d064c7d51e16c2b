/**
 * The contacts an action concerns, from a source that selects them itself. Its own file, apart from
 * contactSource.ts, so the pane's first load does not carry the filter compiler it needs.
 */
import { buildEntryTable } from "../../domain/interactions/entryTable";
import { matchGroups } from "../../domain/segments/matchStep";
import { refuseAddinSheet } from "../addinSheets";
import { buildTable, loadContacts, remembered, type LoadedContacts } from "./contactSource";
import type { ContactConcern, ContactSourceRequest, RunContext, SegmentBook } from "./ports";
import { INTERACTION_LOG } from "./sheetSpecs";

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
  if (request.name !== undefined) refuseAddinSheet(request.name);
  if (concern.step) {
    const header = await queries.readContactHeader(request);
    refuseAddinSheet(header.sheetName);
    const { table } = buildTable(header, ctx.locale);
    const entries = buildEntryTable(
      [],
      INTERACTION_LOG.columns.map(({ header: name, prop, kind }) => ({ header: name, prop, kind })),
      table,
    );
    matchGroups(table, concern.step.groups, concern.step.env, undefined, entries);
  }
  const input = await queries.readConcernedContacts(request, concern);
  refuseAddinSheet(input.sheetName);
  return remembered(book, buildTable(input, ctx.locale));
}
