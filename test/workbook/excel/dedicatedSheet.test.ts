/** Planning one sheet change by key: regions written, old cells kept for the journal, trims, inserts below or put back. */
import { newDedicated, parseDedicated, planSheetChange } from "../../../src/workbook/excel/dedicatedSheet";
import type { SheetSpec } from "../../../src/app/store/sheetSpecs";

const SPEC: SheetSpec = {
  sheetName: "Things",
  tableName: "Things",
  keyProps: ["no"],
  columns: [
    { header: "No.", kind: "text", prop: "no" },
    { header: "Count", kind: "integer", prop: "count" },
    { header: "When", kind: "date", prop: "when" },
  ],
};
const PLACE = { sheetName: "Things", tableName: "Things", top: 0, left: 0, width: 4 };
const HEADER = ["No.", "Count", "When", "Note"];
const row = (no: string, count: number) => ({ record: { no, count, when: "" }, extra: new Map() });

function sheet(body: unknown[][]) {
  return parseDedicated(SPEC, PLACE, HEADER, body, 0);
}

describe("planSheetChange", () => {
  const body = [
    ["A", 1, "", "note a"],
    ["B", 2, "", ""],
    ["", "", "", ""],
    ["C", 3, "", "note c"],
  ];

  it("writes an update in place and keeps its old cells; the user's note stays with its row", () => {
    const plan = planSheetChange(
      sheet(body),
      { spec: SPEC, update: [{ record: { no: "B", count: 20, when: "" }, extra: new Map([[3, "kept"]]) }] },
      0,
    );
    expect(plan.writes).toEqual([{ at: 1, cells: [["B", 20, "", "kept"]] }]);
    expect(plan.restore).toEqual([{ at: 1, cells: [["B", 2, "", ""]] }]);
    expect(plan.trimTo).toBeUndefined();
  });

  it("rewrites the rows below a deletion shifted up and trims the table by the rows freed", () => {
    const plan = planSheetChange(sheet(body), { spec: SPEC, deleteKeys: ["a"] }, 0);
    expect(plan.writes).toEqual([{ at: 0, cells: body.slice(1) }]);
    expect(plan.restore).toEqual([{ at: 0, cells: body }]);
    expect(plan.trimTo).toBe(3);
  });

  it("writes inserts right after the last row in use, over trailing blank rows", () => {
    const trailing = [...body.slice(0, 2), ["", "", "", ""]];
    const plan = planSheetChange(sheet(trailing), { spec: SPEC, insert: [row("D", 4)] }, 0);
    expect(plan.writes).toEqual([{ at: 2, cells: [["D", 4, "", ""]] }]);
    expect(plan.restore).toEqual([{ at: 2, cells: [["", "", "", ""]] }]);
  });

  it("puts a row back before the row named, rewriting the rows from there down shifted down, its note with it", () => {
    const back = { record: { no: "X", count: 9, when: "" }, extra: new Map([[3, "note x"]]) };
    const plan = planSheetChange(sheet(body), { spec: SPEC, insert: [back], insertBefore: new Map([["x", "c"]]) }, 0);
    // The blank row above C keeps its place; X goes directly above C.
    expect(plan.writes).toEqual([{ at: 3, cells: [["X", 9, "", "note x"], body[3]] }]);
    expect(plan.restore).toEqual([{ at: 3, cells: [body[3]] }]);
    expect(plan.body).toEqual([...body.slice(0, 3), ["X", 9, "", "note x"], body[3]]);
    expect(() =>
      planSheetChange(sheet(body), { spec: SPEC, insert: [back], insertBefore: new Map([["x", "gone"]]) }, 0),
    ).toThrow(/changed by someone else meanwhile \(gone\)/);
  });

  it("keeps one blank data row when a table is emptied", () => {
    const plan = planSheetChange(sheet(body), { spec: SPEC, deleteKeys: ["a", "b", "c"] }, 0);
    expect(plan.body).toEqual([["", "", "", ""]]);
    expect(plan.trimTo).toBe(1);
  });

  it("refuses an insert whose key is there and an update whose row is gone", () => {
    expect(() => planSheetChange(sheet(body), { spec: SPEC, insert: [row("c", 9)] }, 0)).toThrow(/already has a row c/);
    expect(() => planSheetChange(sheet(body), { spec: SPEC, update: [row("Z", 9)] }, 0)).toThrow(
      /changed by someone else/,
    );
  });

  it("writes dates as serials of the workbook's date system", () => {
    const empty = newDedicated(SPEC, [], 1462);
    const plan = planSheetChange(
      empty,
      { spec: SPEC, insert: [{ record: { no: "A", count: 1, when: "2024-01-02" }, extra: new Map() }] },
      1462,
    );
    expect(plan.writes[0].cells[0][2]).toBe(45293 - 1462);
  });
});
