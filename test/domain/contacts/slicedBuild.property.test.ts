/**
 * The builder encodes each column a slice of rows at a time, and a pane may stop between slices:
 * whatever the slices, it must make the table, the warnings and the errors the column-by-column builder made (kept
 * as an oracle in test/support/contactTableOracle), on random sheets with every kind of odd cell.
 */
import fc from "fast-check";
import { buildContactTable, contactTableSteps, ROWS_PER_STEP } from "../../../src/domain/contacts/buildContactTable";
import { ContactTableError, type ContactSheetInput } from "../../../src/domain/contacts";
import { MAX_CELL_TEXT } from "../../../src/domain/contacts/encode";
import { WARNING_CAP } from "../../../src/domain/contacts/problems";
import { buildContactTable as oracleBuild } from "../../support/contactTableOracle/buildContactTable";
import { comparable } from "../../support/contactTableOracle/comparable";

const HEADERS = [
  "Name",
  "Type",
  "Company No.",
  "Exclude from Segment",
  "Mailing Groups",
  "Industry Groups",
  "City",
  "Employees",
  "Created",
  "Score",
  "Flag",
  "",
  "Name",
  "Exclude from Segment",
];

const ODD = [
  "",
  " ",
  "#N/A",
  "#DIV/0!",
  "Yes",
  "no",
  "TRUE",
  "ja",
  "maybe",
  "1",
  "0",
  "42",
  "-3.5",
  "007",
  "2024-02-29",
  "2023-02-30",
  "Company",
  "Person",
  "Företag",
  "NEWS; XMAS",
  "news,Golf;;",
  "  Åsa ",
  "A\u00a0B",
  "e\u0301",
  "C1",
  "c1",
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 50000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  // Either side of what a 4-byte float holds exactly (docs/decisions.md §D101), and serials no date can show.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0.1,
      0.5,
      -0,
      16777216,
      16777217,
      2 ** 26,
      2 ** 26 + 1,
      2 ** -149,
      2 ** -150,
      2 ** 60,
      1e300,
      -1e300,
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** A column of cells that mostly fit one type, so inferred columns take every type. */
const typedCell = (kind: number): fc.Arbitrary<unknown> =>
  [
    cell,
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 999 }) }, { weight: 1, arbitrary: cell }),
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom("Yes", "no", true, false) }, { weight: 1, arbitrary: cell }),
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom("2024-01-31", 45000) }, { weight: 1, arbitrary: cell }),
  ][kind];

const sheetInput: fc.Arbitrary<ContactSheetInput> = fc
  .record({
    headers: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 7 }),
    noAt: fc.nat(7),
    kinds: fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
    rows: fc.nat(40),
    titleRows: fc.nat(2),
  })
  .chain(({ headers, noAt, kinds, rows, titleRows }) => {
    const header = [...headers];
    header.splice(Math.min(noAt, header.length), 0, "No.");
    const width = header.length;
    const noIndex = header.indexOf("No.");
    const number = fc.oneof(
      { weight: 30, arbitrary: fc.constant("unique") },
      { weight: 1, arbitrary: fc.constantFrom("", "C1", "c1", "#N/A", 7) },
    );
    const row = fc.tuple(fc.tuple(...header.map((_, c) => typedCell(kinds[c % kinds.length]))), number, fc.nat(width));
    return fc.record({
      header: fc.constant(header),
      titles: fc.array(fc.array(cell, { maxLength: 3 }), { minLength: titleRows, maxLength: titleRows }),
      body: fc.array(row, { minLength: rows, maxLength: rows }),
      formats: fc.array(fc.constantFrom(undefined, "yyyy-mm-dd", "0.00", "@"), { minLength: width, maxLength: width }),
      types: fc.option(
        fc.array(fc.constantFrom(undefined, "text", "number", "date", "boolean" as const), {
          minLength: width,
          maxLength: width,
        }),
      ),
      unresolved: fc.array(fc.record({ row: fc.nat(rows + titleRows + 1), column: fc.nat(width) }), {
        maxLength: 4,
      }),
      totals: fc.boolean(),
      hidden: fc.array(fc.nat(rows + 3), { maxLength: 3 }),
      firstRow: fc.integer({ min: 1, max: 4 }),
      firstColumn: fc.nat(3),
      noIndex: fc.constant(noIndex),
    });
  })
  .map(({ header, titles, body, formats, types, unresolved, totals, hidden, firstRow, firstColumn, noIndex }) => {
    const values: unknown[][] = [...titles, header];
    body.forEach(([cells, number, length], r) => {
      const line = [...cells];
      line[noIndex] = number === "unique" ? `C${r + 2}` : number;
      // Ragged rows, as the command's reader gives them.
      values.push(length < line.length && r % 3 === 0 ? line.slice(0, Math.max(length, noIndex + 1)) : line);
    });
    return {
      sheetName: "Contacts",
      locale: "en",
      values,
      firstRow,
      firstColumn,
      numberFormats: formats,
      ...(types ? { columnTypes: types as ContactSheetInput["columnTypes"] } : {}),
      unresolvedCells: unresolved,
      hasTotalsRow: totals,
      hiddenRows: new Set(hidden),
    };
  });

type Outcome = { table: unknown; warnings: unknown } | { errors: unknown; warnings: unknown };

function outcome(build: () => { table: unknown; warnings: unknown }): Outcome {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ContactTableError)) throw error;
    return { errors: error.problems, warnings: error.warnings };
  }
}

function stepped(input: ContactSheetInput, rowsPerStep: number) {
  const steps = contactTableSteps(input, rowsPerStep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe("the contact table built a slice of rows at a time", () => {
  it("equals the column-by-column build, whatever the slices", () => {
    fc.assert(
      fc.property(sheetInput, fc.integer({ min: 1, max: 9 }), (input, rowsPerStep) => {
        const expected = outcome(() => comparable(oracleBuild(input)));
        expect(outcome(() => comparable(stepped(input, rowsPerStep)))).toEqual(expected);
        expect(outcome(() => comparable(buildContactTable(input)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("lists warnings capped per code in column order", () => {
    const long = "x".repeat(MAX_CELL_TEXT + 1);
    const rows = WARNING_CAP + 3;
    const values: unknown[][] = [["No.", "Name", "Exclude from Segment", "Note", "Mailing Groups"]];
    for (let r = 0; r < rows; r++) values.push([`C${r}`, `${long}${r}`, "maybe", r % 2 ? long : "", `NEWS;${long}`]);
    const input: ContactSheetInput = { sheetName: "Contacts", locale: "en", values };
    const expected = oracleBuild(input);
    expect(expected.warnings.length).toBeGreaterThan(2 * WARNING_CAP);
    for (const rowsPerStep of [7, ROWS_PER_STEP]) {
      const built = stepped(input, rowsPerStep);
      expect(built.warnings).toEqual(expected.warnings);
      expect(comparable(built).table).toEqual(comparable(expected).table);
    }
  });

  it("stops at least once per slice of rows", () => {
    const sheet = (rows: number) => ({
      sheetName: "Contacts",
      locale: "en",
      values: [["No.", "City"], ...Array.from({ length: rows }, (_, r) => [`C${r}`, "Lund"])],
    });
    const count = (rows: number) => {
      const steps = contactTableSteps(sheet(rows), 10);
      let n = 0;
      while (!steps.next().done) n++;
      return n;
    };
    expect(count(1000)).toBeGreaterThanOrEqual(100);
    expect(count(10)).toBeLessThan(10);
  });
});
