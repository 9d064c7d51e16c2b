/**
 * The contacts an action concerns, from a source that selects them itself. Its own file, apart from
 * contactSource.ts, so the pane's first load does not carry the filter compiler it needs.
 */
import { buildEntryTable } from "../../domain/interactions/entryTable";
import { previewOfCounts, type AddContactsPreview } from "../../domain/segments/addContacts";
import type { ContactTable } from "../../domain/contacts/table";
import type { FilterEnv } from "../../domain/filter/contract";
import { matchGroups } from "../../domain/segments/matchStep";
import { previewOfRemoveCounts, type RemoveContactsPreview } from "../../domain/segments/removeContacts";
import type { FilterGroup } from "../../domain/segments/step";
import { refuseAddinSheet } from "../addinSheets";
import { buildTable, loadContacts, remembered, type LoadedContacts } from "./contactSource";
import type {
  AddStepQuery,
  ContactConcern,
  ContactQueries,
  ContactSourceRequest,
  RemoveStepQuery,
  RunContext,
  SegmentBook,
} from "./ports";
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
  if (concern.step) await checkedHeader(queries, ctx, request, concern.step.groups, concern.step.env);
  else if (request.name !== undefined) refuseAddinSheet(request.name);
  const input = await queries.readConcernedContacts(request, concern);
  refuseAddinSheet(input.sheetName);
  return remembered(book, buildTable(input, ctx.locale));
}

/**
 * The contact source's header as a table, the step's filters checked against it: a mistyped filter is refused
 * before any contact is read or counted.
 */
async function checkedHeader(
  queries: ContactQueries,
  ctx: RunContext,
  request: ContactSourceRequest,
  groups: readonly FilterGroup[],
  env: FilterEnv,
): Promise<ContactTable> {
  if (request.name !== undefined) refuseAddinSheet(request.name);
  const header = await queries.readContactHeader(request);
  refuseAddinSheet(header.sheetName);
  const { table } = buildTable(header, ctx.locale);
  const entries = buildEntryTable(
    [],
    INTERACTION_LOG.columns.map(({ header: name, prop, kind }) => ({ header: name, prop, kind })),
    table,
  );
  matchGroups(table, groups, env, undefined, entries);
  return table;
}

/**
 * An Add step's preview counted by a source that counts it itself (docs/decisions.md §D61), with the header
 * table its filters were checked against; undefined when the book offers no such count or cannot make this one
 * exactly, and the caller then counts on the contacts it reads.
 */
export async function countedAddPreview(
  book: SegmentBook,
  ctx: RunContext,
  request: ContactSourceRequest = {},
  step: AddStepQuery,
): Promise<{ preview: AddContactsPreview; header: ContactTable } | undefined> {
  const queries = book.contactQueries;
  if (!queries?.countAddStep) return undefined;
  const header = await checkedHeader(queries, ctx, request, step.groups, step.env);
  const counts = await queries.countAddStep(request, step);
  return counts && { preview: previewOfCounts(counts), header };
}

/** A Reduce or Refine preview counted by the source (docs/decisions.md §D84), as countedAddPreview's. */
export async function countedRemovePreview(
  book: SegmentBook,
  ctx: RunContext,
  request: ContactSourceRequest = {},
  step: RemoveStepQuery,
): Promise<{ preview: RemoveContactsPreview; header: ContactTable } | undefined> {
  const queries = book.contactQueries;
  if (!queries?.countRemoveStep) return undefined;
  const header = await checkedHeader(queries, ctx, request, step.groups, step.env);
  const counts = await queries.countRemoveStep(request, step);
  return counts && { preview: previewOfRemoveCounts(counts), header };
}
