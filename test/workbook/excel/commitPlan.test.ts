/**
 * Commit planning is pure: from the sheets as read and a change, the journal (the old cells of what is
 * overwritten), the sheets written (checked for protection first) and no write for a change that changes nothing.
 */
import { SEGMENT_HISTORY, type HistoryRow } from "../../../src/app/store/sheetSpecs";
import type { StoredRow } from "../../../src/app/store/rows";
import { planCommit } from "../../../src/workbook/excel/commitPlan";
import { parseDedicated } from "../../../src/workbook/excel/dedicatedSheet";
import type { Session } from "../../../src/workbook/excel/session";
import { EMPTY_STATE } from "../../../src/workbook/excel/stateSheet";

const header = SEGMENT_HISTORY.columns.map((column) => column.header);
const body = [
  ["SEG1", 1, "undo", 0, "{}"],
  ["SEG1", 2, "undo", 0, "{}"],
];
const sheet = parseDedicated(
  SEGMENT_HISTORY,
  { sheetName: "SegmentHistory", tableName: "SegmentHistory", top: 0, left: 0, width: header.length },
  header,
  body,
  0,
);
const session: Session = {
  stateSheetExists: true,
  stored: { state: EMPTY_STATE, stamp: "old", journalMarker: "", dateOffset: 0, hasProbe: true },
  sheets: new Map([
    [
      SEGMENT_HISTORY,
      {
        sheetName: "SegmentHistory",
        tableName: "SegmentHistory",
        rect: { top: 0, left: 0, rows: 3, columns: 5 },
        fullRows: 3,
        showTotals: false,
        header,
        body,
        bodyRows: 2,
      },
    ],
  ]),
};
const row = (stepNo: number, payload: string): StoredRow<HistoryRow> => ({
  record: { segmentNo: "SEG1", stepNo, stack: "undo", part: 0, payload },
  extra: new Map(),
});
const plan = (change: Parameters<typeof planCommit>[0]["change"]) =>
  planCommit({ session, sheets: new Map([[SEGMENT_HISTORY, sheet]]), change, token: "new", at: 5, events: false });

describe("planCommit", () => {
  it("journals the old cells of the rows an update overwrites and targets their sheet and the state sheet", () => {
    const { journal, targets } = plan({ sheets: [{ spec: SEGMENT_HISTORY, update: [row(2, "[]")] }] });
    expect(targets).toEqual(["SegmentHistory", "SegmentsState"]);
    expect(journal).toMatchObject({ id: "new", at: 5, stateSheetCreated: false, created: [] });
    expect(journal.sheets).toEqual([
      expect.objectContaining({ sheetName: "SegmentHistory", oldRows: 2, restore: [{ at: 1, cells: [body[1]] }] }),
    ]);
  });

  it("writes no rows for a change that changes nothing", () => {
    const { journal, targets } = plan({ sheets: [{ spec: SEGMENT_HISTORY, deleteKeys: [] }] });
    expect(journal.sheets).toEqual([]);
    expect(targets).toEqual(["SegmentsState"]);
  });

  it("refuses a stale update before anything is planned", () => {
    expect(() => plan({ sheets: [{ spec: SEGMENT_HISTORY, update: [row(9, "[]")] }] })).toThrow(
      "rows changed by someone else meanwhile (seg1 / 9 / 0)",
    );
  });
});
