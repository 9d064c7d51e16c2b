import fc from "fast-check";
import type { NumberColumn } from "../../../src/domain/contacts";
import { matchGroups } from "../../../src/domain/segments/matchStep";
import { describeUnjudged, unjudgedColumns } from "../../../src/domain/segments/unjudged";
import type { FilterGroup } from "../../../src/domain/segments/step";
import { build, codesOf, columnOf, tableOf, texts } from "./helpers";

const ENV = { today: "2025-06-30", workdate: "2025-06-30", locale: "en" };

function where(field: string, filter: string): FilterGroup[] {
  return [[{ table: "Contact", field, filter }]];
}

function numbersOf(table: ReturnType<typeof tableOf>, field: string, filter: string): string[] {
  return matchGroups(table, where(field, filter), ENV)
    .toArray()
    .map((r) => table.numbers[r]);
}

describe("typed columns stay typed", () => {
  it("keeps a number column with one stray text among ten values numeric: 1..2 does not match 150", () => {
    const employees = [1, 2, 150, 3, 40, "many", 5, 6, 7, 2];
    const values = [["No.", "Employees"], ...employees.map((e, i) => [`K${i}`, e])];
    const { table, warnings } = build(values);
    const column = columnOf(table, "Employees") as NumberColumn;
    expect(column.type).toBe("number");
    expect(numbersOf(table, "Employees", "1..2")).toEqual(["K0", "K1", "K9"]);
    expect(numbersOf(table, "Employees", "<>1")).not.toContain("K5");
    expect(Array.from(column.unjudgedRows ?? [])).toEqual([5]);
    expect(codesOf(warnings)).toEqual(["stray-values"]);
    expect(warnings[0].message).toBe(
      'Contacts!B7 "many" (Employees): not a number in a number column; filters on "Employees" cannot judge this contact.',
    );
    expect(warnings[0].params).toMatchObject({ cells: ["B7"], values: ["many"], type: "number", count: 1 });
  });

  it("is text when fewer than 90% of the values fit a type", () => {
    const values = [["No.", "X"], ...[1, 2, 3, 4, 5, 6, 7, 8, "a", "b"].map((x, i) => [`K${i}`, x])];
    expect(columnOf(tableOf(values), "X").type).toBe("text");
  });

  it("keeps a date column with stray text a date column", () => {
    const dates = [
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
      "2025-08-01",
      "2025-09-01",
      "soon",
    ];
    const values = [["No.", "Met"], ...dates.map((d, i) => [`K${i}`, d])];
    const { table, warnings } = build(values);
    expect(columnOf(table, "Met").type).toBe("date");
    expect(texts(table, "Met")[9]).toBe("");
    expect(numbersOf(table, "Met", "2025-01-01..2025-02-15")).toEqual(["K0", "K1"]);
    expect(warnings[0]).toMatchObject({ code: "stray-values", params: { type: "date", cells: ["B11"] } });
  });

  it("keeps a Yes/No column boolean with a stray value", () => {
    const cells = [true, false, "yes", "no", true, true, false, "ja", "nej", "maybe"];
    const values = [["No.", "Newsletter"], ...cells.map((c, i) => [`K${i}`, c])];
    const { table, warnings } = build(values);
    expect(columnOf(table, "Newsletter").type).toBe("boolean");
    expect(numbersOf(table, "Newsletter", "Yes")).toEqual(["K0", "K2", "K4", "K5", "K7"]);
    expect(numbersOf(table, "Newsletter", "No")).toEqual(["K1", "K3", "K6", "K8"]);
    expect(codesOf(warnings)).toEqual(["stray-values"]);
  });

  it("says how many contacts a step could not judge, per column it filters on", () => {
    const employees = [1, 2, "#N/A", 3, 4, 5, "lots", 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const values = [
      ["No.", "Name", "Employees"],
      ...employees.map((e, i) => [`K${i}`, i === 0 ? "#REF!" : `N${i}`, e]),
    ];
    const table = tableOf(values);
    const groups: FilterGroup[] = [
      [
        { table: "Contact", field: "Employees", filter: "1..5" },
        { table: "Contact", field: "Name", filter: "*N*" },
      ],
    ];
    expect(unjudgedColumns(table, groups)).toEqual([
      { caption: "Employees", count: 2 },
      { caption: "Name", count: 1 },
    ]);
    expect(describeUnjudged(unjudgedColumns(table, where("Employees", "1..5")))).toEqual([
      "2 contacts could not be judged: error, uncomputed or mistyped cells in Employees.",
    ]);
    expect(unjudgedColumns(table, where("No.", "K*"))).toEqual([]);
  });
});

describe("formulas without a computed result", () => {
  it("are problems naming the cells, and their contacts cannot be judged", () => {
    const values = [
      ["Title"],
      ["No.", "Name", "Employees"],
      ["K1", "Anna", 5],
      ["K2", "Bo", ""],
      ["K3", "", ""],
      ["", "", ""],
    ];
    const unresolvedCells = [
      { row: 3, column: 2 },
      { row: 4, column: 1 },
      { row: 4, column: 2 },
      { row: 5, column: 2 },
    ];
    const { table, warnings } = build(values, { firstRow: 55, unresolvedCells });
    expect(table.rowCount).toBe(3);
    expect(warnings.map((w) => w.message)).toEqual([
      'Contacts!B59 (Name): formula without a computed result; open and save the book in Excel or LibreOffice. Until then filters on "Name" cannot judge this contact.',
      'Contacts!C58, C59, C60 (3 cells in Employees): formula without a computed result; open and save the book in Excel or LibreOffice. Until then filters on "Employees" cannot judge these contacts.',
    ]);
    expect(warnings[1]).toMatchObject({
      code: "unresolved-formulas",
      row: 58,
      column: "Employees",
      columnLetter: "C",
      params: { count: 3 },
    });
    expect(Array.from(columnOf(table, "Employees").unjudgedRows ?? [])).toEqual([1, 2]);
    expect(numbersOf(table, "Employees", "''")).toEqual([]);
    expect(unjudgedColumns(table, where("Employees", "<10"))).toEqual([{ caption: "Employees", count: 2 }]);
  });

  it("merges with error cells of the same column in row order", () => {
    const values = [
      ["No.", "X"],
      ["K1", "#N/A"],
      ["K2", ""],
      ["K3", 4],
      ["K4", "#N/A"],
    ];
    const table = tableOf(values, { unresolvedCells: [{ row: 2, column: 1 }] });
    expect(Array.from(columnOf(table, "X").unjudgedRows ?? [])).toEqual([0, 1, 3]);
  });
});

describe("property: stray text in a numeric column", () => {
  it("leaves range results for the other rows as they were", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 10, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (numbers, strayAt, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          // At most a tenth of the values stray, so the column stays numeric by the rule.
          const strays = new Set(strayAt.map((n) => n % numbers.length).slice(0, Math.floor(numbers.length / 10)));
          const clean = tableOf([["No.", "N"], ...numbers.map((n, i) => [`K${i}`, n])]);
          const mixed = tableOf([["No.", "N"], ...numbers.map((n, i) => [`K${i}`, strays.has(i) ? `text ${n}` : n])]);
          expect(columnOf(mixed, "N").type).toBe("number");
          const expected = numbersOf(clean, "N", `${lo}..${hi}`).filter((no) => !strays.has(Number(no.slice(1))));
          expect(numbersOf(mixed, "N", `${lo}..${hi}`)).toEqual(expected);
          expect(unjudgedColumns(mixed, where("N", `${lo}..${hi}`))).toEqual(
            strays.size > 0 ? [{ caption: "N", count: strays.size }] : [],
          );
        },
      ),
    );
  });
});
