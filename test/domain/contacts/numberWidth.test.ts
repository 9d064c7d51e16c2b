/**
 * Number columns keep 4-byte floats while every value is one exactly, else 8-byte (docs/decisions.md §D101): either
 * way each value reads back as the sheet holds it, also when the first inexact value comes in a later slice.
 */
import { buildContactTable, contactTableSteps } from "../../../src/domain/contacts/buildContactTable";
import type { ContactSheetInput, NumberColumn } from "../../../src/domain/contacts";

function sheet(numbers: readonly (number | string)[], type: "number" | "date" = "number"): ContactSheetInput {
  const values: (string | number)[][] = [["No.", "Score"]];
  numbers.forEach((n, r) => values.push([`CT${r}`, n]));
  const numberFormats = [undefined, type === "date" ? "yyyy-mm-dd hh:mm" : undefined];
  return { sheetName: "Contacts", locale: "en", values, columnTypes: [undefined, type], numberFormats };
}

function scoreColumn(input: ContactSheetInput, rowsPerStep?: number): NumberColumn {
  let built;
  if (rowsPerStep === undefined) built = buildContactTable(input);
  else {
    const steps = contactTableSteps(input, rowsPerStep);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        built = step.value;
        break;
      }
    }
  }
  const column = built.table.columns[1];
  if (column.type !== "number" && column.type !== "date") throw new Error(`Score is a ${column.type} column`);
  return column;
}

/** The values as numbers, blank (NaN) as undefined, -0 kept apart from 0. */
function read(column: NumberColumn): (number | undefined)[] {
  return Array.from(column.values, (v) => (Number.isNaN(v) ? undefined : v));
}

describe("number columns", () => {
  it.each([
    ["whole numbers", [1, 2, -3, 0, 16777216, 2 ** 60]],
    ["halves and quarters", [0.5, -2.25, 1024.75]],
    ["minus zero", [-0, 0]],
    ["the smallest 4-byte float", [2 ** -149]],
  ])("keep %s in 4-byte floats", (_, numbers) => {
    const column = scoreColumn(sheet(numbers));
    expect(column.values).toBeInstanceOf(Float32Array);
    expect(read(column)).toEqual(numbers);
  });

  it.each([
    ["0.1", [1, 0.1]],
    ["2^24 + 1", [16777217]],
    ["a whole number past 2^53", [2 ** 60 + 2 ** 8]],
    ["a number beyond 4-byte floats", [1e300]],
    ["a number below them", [2 ** -150]],
    ["money", [1901000.84]],
  ])("keep %s in 8-byte floats", (_, numbers) => {
    const column = scoreColumn(sheet(numbers));
    expect(column.values).toBeInstanceOf(Float64Array);
    expect(read(column)).toEqual(numbers);
  });

  it("keeps minus zero apart from zero", () => {
    const column = scoreColumn(sheet([-0, 0]));
    expect([Object.is(column.values[0], -0), Object.is(column.values[1], 0)]).toEqual([true, true]);
  });

  it("widens in a later slice and keeps the rows before and after", () => {
    const numbers: (number | string)[] = [1, "", 2, 3, "7", 4, 0.1, "", 5, "2.5"];
    for (const rowsPerStep of [1, 2, 3, 100]) {
      const column = scoreColumn(sheet(numbers), rowsPerStep);
      expect(column.values).toBeInstanceOf(Float64Array);
      expect(read(column)).toEqual([1, undefined, 2, 3, 7, 4, 0.1, undefined, 5, 2.5]);
    }
  });

  it("keeps a column of blanks and numbers stored as text", () => {
    const blanks = scoreColumn(sheet(["", "", ""]), 1);
    expect(blanks.values).toBeInstanceOf(Float32Array);
    expect(read(blanks)).toEqual([undefined, undefined, undefined]);
    const texts = scoreColumn(sheet(["", "0.1"]), 1);
    expect(texts.values).toBeInstanceOf(Float64Array);
    expect(read(texts)).toEqual([undefined, 0.1]);
  });

  it("keeps dates with a time of day as exactly", () => {
    const column = scoreColumn(sheet([45000, 45000.5, 45000 + 1 / 3, "2024-01-31"], "date"), 2);
    expect(column.values).toBeInstanceOf(Float64Array);
    expect(read(column)).toEqual([45000, 45000.5, 45000 + 1 / 3, 45322]);
  });
});
