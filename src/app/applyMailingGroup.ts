/** Apply Mailing Group (docs/business-rules.md §9): the only action that writes to the contact sheet, and only its Mailing Groups cells. */
import { DomainError } from "../domain/errors";
import { planMailingGroup } from "../domain/segments/mailingGroups";
import { MAX_CELL_CHARS } from "./store/excelLimits";
import { contactTableOf, readContactInput } from "./store/contactSource";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { mailingGroupContacts } from "./store/queriedContacts";
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
    ? await mailingGroupContacts(book.contactQueries, ctx, request, segment.lines)
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
        cells: plan.changes.map(({ sheetRow, after, contactNo, before }) => ({
          sheetRow,
          value: after,
          contactNo,
          before,
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
