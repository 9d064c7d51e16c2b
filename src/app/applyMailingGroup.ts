/** Apply Mailing Group (docs/business-rules.md §9): the only action that writes to the contact sheet, and only its Mailing Groups cells. */
import { DomainError } from "../domain/errors";
import { mailingGroupCode, planMailingGroup } from "../domain/segments/mailingGroups";
import { MAX_CELL_CHARS } from "./store/excelLimits";
import { contactTableOf, readContactInput } from "./store/contactSource";
import { refuseAddinSheet } from "./addinSheets";
import type { ContactQueries, ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { loadSegment } from "./store/segmentRecords";

export interface ApplyMailingGroupRequest {
  readonly segmentNo: string;
  readonly code: string;
  /** Delete Old Assignments: first take the group from every contact of the sheet. */
  readonly deleteOld: boolean;
  /** Count only (the confirmation): nothing is written. */
  readonly preview?: boolean;
  readonly contacts?: ContactSourceRequest;
}

export interface ApplyMailingGroupResult {
  readonly segmentNo: string;
  readonly code: string;
  readonly preview: boolean;
  /** Contacts whose Mailing Groups cell changes (the number the confirmation shows). */
  readonly contactsChanged: number;
  readonly added: number;
  readonly removed: number;
  readonly alreadyAssigned: number;
  /** The Mailing Groups column is (or would be) added to the contact sheet. */
  readonly columnAdded: boolean;
  readonly notOnSheet: readonly string[];
  readonly changes: readonly { contactNo: string; sheetRow: number; before: string; after: string }[];
  readonly warnings: readonly string[];
}

export async function applyMailingGroup(
  book: SegmentBook,
  ctx: RunContext,
  request: ApplyMailingGroupRequest,
): Promise<ApplyMailingGroupResult> {
  const segment = await loadSegment(book, request.segmentNo);
  // The sheet as read is kept beside the table: the cells are rewritten from their own text, separators and all.
  const input = book.contactQueries
    ? await concernedInput(book.contactQueries, ctx, request, segment.lines)
    : await readContactInput(book, request.contacts ?? {});
  const sheet = { ...input, locale: ctx.locale };
  const { table, warnings } = contactTableOf(input, ctx.locale);
  const plan = planMailingGroup({
    table,
    sheet,
    lines: segment.lines.map((l) => l.record),
    code: request.code,
    deleteOld: request.deleteOld,
  });
  const tooLong = plan.changes.find((c) => c.after.length > MAX_CELL_CHARS);
  if (tooLong) {
    throw new DomainError(
      `Contact ${tooLong.contactNo}: its ${plan.header} would hold ${tooLong.after.length.toLocaleString("en")} characters (sheet row ${tooLong.sheetRow}); an Excel cell holds at most ${MAX_CELL_CHARS.toLocaleString("en")}. Nothing was written.`,
      "excel-limit",
      {
        key: "mailing-group-cell-too-long",
        contactNo: tooLong.contactNo,
        column: plan.header,
        chars: tooLong.after.length,
        row: tooLong.sheetRow,
        max: MAX_CELL_CHARS,
      },
    );
  }
  const preview = request.preview === true;
  if (!preview && plan.changes.length > 0) {
    await book.commit({
      contactCells: {
        sheetName: table.sheetName,
        headerRow: table.headerRow,
        column: plan.column,
        header: plan.header,
        addColumn: plan.addColumn,
        cells: plan.changes.map((c) => ({
          sheetRow: c.sheetRow,
          value: c.after,
          contactNo: c.contactNo,
          before: c.before,
        })),
      },
    });
  }
  return {
    segmentNo: segment.row.record.no,
    code: plan.code,
    preview,
    contactsChanged: plan.changes.length,
    added: plan.added,
    removed: plan.removed,
    alreadyAssigned: plan.alreadyAssigned,
    columnAdded: plan.addColumn && plan.changes.length > 0,
    notOnSheet: plan.notOnSheet,
    changes: plan.changes.map(({ contactNo, sheetRow, before, after }) => ({ contactNo, sheetRow, before, after })),
    warnings: warnings.map((w) => w.message),
  };
}

/**
 * From a source that selects contacts itself (a database table, docs/decisions.md §D89): only the segment's contacts
 * (with their companies) and those holding the group, never the whole table. Those are all the plan changes, and
 * all it needs to spell the group as the contacts already do. The table's columns are its owner's: a missing
 * Mailing Groups column is named, never added.
 */
async function concernedInput(
  queries: ContactQueries,
  ctx: RunContext,
  request: ApplyMailingGroupRequest,
  lines: readonly { readonly record: { readonly contactNo: string } }[],
) {
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
