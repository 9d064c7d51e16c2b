/**
 * What only the command's sources are asked for: from a source that selects contacts itself (a database,
 * docs/decisions.md §D45), the contacts an action concerns, the counted previews and Apply Mailing Group's contacts;
 * from a file read afresh for each action, only the columns an action reads (docs/decisions.md §D53). The task
 * pane's build swaps this file for queriedContacts.pane.ts (webpack.config.js): Excel offers neither, so none of it
 * runs there, and its code stays out of the pane's scripts.
 */
import { buildEntryTable } from "../../domain/interactions/entryTable";
import { previewOfCounts, type AddContactsPreview } from "../../domain/segments/addContacts";
import type { FieldId } from "../../domain/contacts/fields";
import type { ContactSheetInput } from "../../domain/contacts/sheetInput";
import type { ContactTable } from "../../domain/contacts/table";
import { DomainError } from "../../domain/errors";
import type { FilterEnv } from "../../domain/filter/contract";
import { mailingGroupCode } from "../../domain/segments/mailingGroups";
import { matchGroups } from "../../domain/segments/matchStep";
import { previewOfRemoveCounts, type RemoveContactsPreview } from "../../domain/segments/removeContacts";
import type { FilterGroup } from "../../domain/segments/step";
import { refuseAddinSheet } from "../addinSheets";
import { buildTable, contactTableOf, type LoadedContacts } from "./contactSource";
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
 * Only the contacts `concern` names (with their companies, and the members it asks for). The step's filters are
 * checked against the header first, so a mistyped filter is refused before any contact is read. The domain decides
 * on the table it gets exactly as on the whole sheet.
 */
export async function readQueriedContacts(
  queries: ContactQueries,
  ctx: RunContext,
  request: ContactSourceRequest,
  concern: ContactConcern,
): Promise<LoadedContacts> {
  if (concern.step) await checkedHeader(queries, ctx, request, concern.step.groups, concern.step.env);
  else if (request.name !== undefined) refuseAddinSheet(request.name);
  const input = await queries.readConcernedContacts(request, concern);
  refuseAddinSheet(input.sheetName);
  return buildTable(input, ctx.locale);
}

/** The contact sheet with only the columns an action reads (the fields, the conditions' columns), as the file gives it. */
export async function readWantedColumns(
  readContactColumns: NonNullable<SegmentBook["readContactColumns"]>,
  ctx: RunContext,
  request: ContactSourceRequest,
  fields: readonly FieldId[],
  groups: readonly FilterGroup[] | undefined,
): Promise<LoadedContacts> {
  if (request.name !== undefined) refuseAddinSheet(request.name);
  const input = await readContactColumns(request, { fields, groups });
  refuseAddinSheet(input.sheetName);
  return buildTable(input, ctx.locale);
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

/**
 * From a source that selects contacts itself (a database table, docs/decisions.md §D89): only the segment's contacts
 * (with their companies) and those holding the group, never the whole table. Those are all the plan changes, and
 * all it needs to spell the group as the contacts already do. The table's columns are its owner's: a missing
 * Mailing Groups column is named, never added.
 */
export async function mailingGroupContacts(
  queries: ContactQueries,
  ctx: RunContext,
  request: { readonly code: string; readonly contacts?: ContactSourceRequest },
  lines: readonly { readonly record: { readonly contactNo: string } }[],
): Promise<ContactSheetInput> {
  const code = mailingGroupCode(request.code);
  const source = request.contacts ?? {};
  if (source.name !== undefined) refuseAddinSheet(source.name);
  const { table: header } = contactTableOf(await queries.readContactHeader(source), ctx.locale);
  const column = header.fieldColumns.mailingGroups;
  if (column === undefined) {
    throw new DomainError(
      `The contact table ${header.sheetName} has no Mailing Groups column, and the add-in does not change a database's tables: add a text or text[] column named Mailing Groups, then apply the group again.`,
      "db-unsupported",
    );
  }
  const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };
  const input = await queries.readConcernedContacts(source, {
    numbers: lines.map((line) => line.record.contactNo),
    step: { groups: [[{ table: "Contact", field: header.columns[column].header, filter: code }]], env },
    orStep: true,
    fields: ["mailingGroups"],
  });
  refuseAddinSheet(input.sheetName);
  return input;
}
