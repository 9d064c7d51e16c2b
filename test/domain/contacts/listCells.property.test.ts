/**
 * A multi-valued column keeps a cell per row and the values per distinct cell (docs/decisions.md §D107). Whatever
 * the slices, the rows hold what the oracle (test/support/contactTableOracle) splits from each cell on its own, on
 * columns of repeated cells, distinct cells (past the point where the cells' dictionary stops deduplicating), blank
 * cells and cells without values; and the layout keeps its own rules.
 */
import fc from "fast-check";
import { buildContactTable, contactTableSteps } from "../../../src/domain/contacts/buildContactTable";
import type { ContactSheetInput, MultiColumn } from "../../../src/domain/contacts";
import { buildContactTable as oracleBuild } from "../../support/contactTableOracle/buildContactTable";
import { comparable } from "../../support/contactTableOracle/comparable";

const ITEMS = ["NEWS", "news", "XMAS", "Golf", " VIP ", "Åsa", "e\u0301", "A\u00a0B"];
const SEPARATORS = [";", ",", "; ", " , ", ";;"];

/** A list cell: a few items joined by any separators, or a blank, an error or a cell without values. */
const listCell: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...ITEMS), fc.constantFrom(...SEPARATORS)), { maxLength: 4 })
      .map((parts) => parts.map(([item, sep]) => item + sep).join("")),
  },
  { weight: 1, arbitrary: fc.constantFrom("", " ", ";,", "#N/A", 7, true) },
);

/** Rows whose list cells repeat from a small pool, or are mostly distinct (a number of their own in each). */
const sheetInput: fc.Arbitrary<ContactSheetInput> = fc
  .record({
    rows: fc.integer({ min: 0, max: 2600 }),
    pool: fc.array(listCell, { minLength: 1, maxLength: 300 }),
    distinctShare: fc.constantFrom(0, 0.1, 0.9),
    seed: fc.nat(),
  })
  .map(({ rows, pool, distinctShare, seed }) => {
    const values: unknown[][] = [["No.", "Mailing Groups", "Industry Groups"]];
    let state = seed;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let r = 0; r < rows; r++) {
      const repeated = pool[Math.floor(next() * pool.length)];
      const own = next() < distinctShare ? `G${r}; news; NEWS` : repeated;
      values.push([`C${r}`, own, r % 5 === 0 ? "" : repeated]);
    }
    return { sheetName: "Contacts", locale: "en", values };
  });

function stepped(input: ContactSheetInput, rowsPerStep: number) {
  const steps = contactTableSteps(input, rowsPerStep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function widthFor(largest: number): number {
  return largest <= 0xff ? 1 : largest <= 0xffff ? 2 : 4;
}

/** Cell 0 has no values, cells start in order, and codes and cells sit in the narrowest arrays that hold them. */
function layoutProblem(column: MultiColumn): string {
  const { cells, cellStarts, codes, dictionary } = column;
  if (cellStarts[0] !== 0 || cellStarts[1] !== 0) return "cell 0 holds values";
  for (let c = 1; c < cellStarts.length; c++) if (cellStarts[c] < cellStarts[c - 1]) return `cell ${c} starts early`;
  if (cellStarts[cellStarts.length - 1] !== codes.length) return "codes past the last cell";
  for (const cell of cells) if (cell >= cellStarts.length - 1) return `cell ${cell} unknown`;
  if (cells.BYTES_PER_ELEMENT !== widthFor(cellStarts.length - 2)) return `cells in ${cells.constructor.name}`;
  if (codes.BYTES_PER_ELEMENT !== widthFor(dictionary.length - 1)) return `codes in ${codes.constructor.name}`;
  return "";
}

describe("a multi-valued column kept per distinct cell", () => {
  it("holds per row what the oracle splits from the cell, whatever the slices", () => {
    fc.assert(
      fc.property(sheetInput, fc.integer({ min: 1, max: 700 }), (input, rowsPerStep) => {
        const expected = comparable(oracleBuild(input));
        for (const built of [stepped(input, rowsPerStep), buildContactTable(input)]) {
          expect(comparable(built)).toEqual(expected);
          for (const column of built.table.columns)
            if (column.type === "text" && column.multiValued) expect(layoutProblem(column)).toBe("");
        }
      }),
      { numRuns: 25 },
    );
  });

  it("gives rows with the same text the same cell, and a mostly distinct column a cell per row", () => {
    const values: unknown[][] = [["No.", "Mailing Groups"]];
    for (let r = 0; r < 3000; r++)
      values.push([`C${r}`, r < 100 ? ["NEWS; XMAS", "NEWS,XMAS", ""][r % 3] : `G${r};NEWS`]);
    const column = buildContactTable({ sheetName: "Contacts", locale: "en", values }).table.columns[1] as MultiColumn;
    expect(Array.from(column.cells.subarray(0, 6))).toEqual([1, 2, 0, 1, 2, 0]);
    expect(column.cells[2999]).toBe(column.cellStarts.length - 2);
    expect(column.cells.constructor.name).toBe("Uint16Array");
    expect(layoutProblem(column)).toBe("");
  });
});
