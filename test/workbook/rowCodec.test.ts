/**
 * A dedicated sheet's row read back into its record: a date cell reads as its ISO date or is named as not a date,
 * whatever came before it (the reader keeps the last serial's date, as a date column mostly repeats one), and a row
 * without cells of its own shares the one empty map of extra cells.
 */
import fc from "fast-check";
import { NO_EXTRA_CELLS } from "../../src/app/store/rows";
import type { SheetSpec } from "../../src/app/store/sheetSpecs";
import { isoToSerial, serialToIso } from "../../src/domain/contacts/column";
import { defaultColumnMap, mapColumns, rowToRecord, type Cell } from "../../src/workbook/rowCodec";

const SPEC: SheetSpec = {
  sheetName: "Dates",
  tableName: "Dates",
  columns: [
    { header: "No.", kind: "text", prop: "no" },
    { header: "Date", kind: "date", prop: "date" },
  ],
  keyProps: ["no"],
};

/** What the date cell reads as, found afresh: the text, or the problem's detail. */
function expected(cell: Cell): { date: string } | { detail: string } {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return { date: "" };
  const text = typeof cell === "number" ? serialToIso(cell) : String(cell).trim();
  return Number.isNaN(isoToSerial(text)) ? { detail: `"${text}" is not a date (use yyyy-mm-dd)` } : { date: text };
}

/** Serials that repeat, dates of years 0 to 99 and past 9999 (no dates the reader accepts), and text. */
const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(46359, 46359.75, 46360, 1, 0, -0, -693_000, -700_000, 2_958_466, 1e300, Number.NaN),
  fc.integer({ min: -800_000, max: 3_000_000 }),
  fc.constantFrom("2026-12-03", " 2026-12-03 ", "2026-02-30", "", null),
);

describe("a dedicated sheet's row as its record", () => {
  it("reads each date cell as its date, or names it, whatever the cells before it were", () => {
    fc.assert(
      fc.property(fc.array(dateCell, { minLength: 1, maxLength: 12 }), (cells) => {
        cells.forEach((cell, i) => {
          const row = rowToRecord<{ date: string }>(SPEC, defaultColumnMap(SPEC), [`N${i}`, cell], i + 2);
          const want = expected(cell);
          if ("date" in want) {
            expect(row.problem).toBeUndefined();
            expect(row.record.date).toBe(want.date);
          } else {
            expect(row.problem?.detail).toBe(want.detail);
            expect(row.problem?.error.message).toBe(`Dates row ${i + 2}, column Date: ${want.detail}.`);
            expect(row.record.date).toBe("");
            expect(row.extra.get(1)).toBe(cell);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the cells of a column it does not know, and shares one empty map among rows without any", () => {
    const map = mapColumns(SPEC, ["No.", "Date", "Note"]);
    const plain = rowToRecord(SPEC, map, ["N1", 46359, ""], 2);
    expect(plain.extra).toBe(NO_EXTRA_CELLS);
    const noted = rowToRecord(SPEC, map, ["N2", 46359, "by hand"], 3);
    expect([...noted.extra]).toEqual([[2, "by hand"]]);
    expect(NO_EXTRA_CELLS.size).toBe(0);
  });
});
