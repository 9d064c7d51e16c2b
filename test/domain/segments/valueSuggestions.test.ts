import fc from "fast-check";
import { matchGroups } from "../../../src/domain/segments/matchStep";
import {
  columnValueCounts,
  NO_VALUE_COUNTS,
  suggestValues,
  valueCountsOf,
  type ValueCount,
  type ValueCounts,
} from "../../../src/domain/segments/valueSuggestions";
import { foldCase } from "../../../src/domain/text";
import { expressionFor } from "../../../src/taskpane/panels/segment/builder/operators";
import { contactTableArb, SHEET_HEADERS } from "../../support/contactTableArbitrary";
import { STEP_ENV } from "../../support/segmentSteps";
import { columnOf, tableOf } from "../contacts/helpers";

const HEADERS = ["No.", "Type", "Name", "Company No.", "City", "Mailing Groups", "Industry Groups", "Employees"];
const sheet = [
  HEADERS,
  ["CO1", "Company", "Acme", "CO1", "Lund", "NEWS", "RETAIL", 10],
  ["P1", "Person", "Anna", "CO1", "lund", "news; XMAS", "", 1],
  ["P2", "Person", "Bo", "CO1", "Malmö", "NEWS; news", "SERV", 2],
  ["I1", "Person", "Carl", "", "", "VIP", "", 3],
  ["I2", "Person", "Dora", "", "Lund", "", "", 4],
];

/** Every value of a column in the suggestions' order. */
const ordered = (counts: ValueCounts): ValueCount[] => suggestValues(counts, "", Infinity);

describe("value suggestions from a column", () => {
  const table = tableOf(sheet);

  it("counts each value once per contact, spellings that differ in case as one, most frequent first", () => {
    expect(ordered(columnValueCounts(table, columnOf(table, "City")))).toEqual([
      { value: "Lund", count: 3 },
      { value: "Malmö", count: 1 },
    ]);
    expect(ordered(columnValueCounts(table, columnOf(table, "Mailing Groups")))).toEqual([
      { value: "NEWS", count: 3 },
      { value: "VIP", count: 1 },
      { value: "XMAS", count: 1 },
    ]);
  });

  it("counts Industry Groups as the filter sees them: a person with its company's", () => {
    expect(ordered(columnValueCounts(table, columnOf(table, "Industry Groups")))).toEqual([
      { value: "RETAIL", count: 3 },
      { value: "SERV", count: 1 },
    ]);
  });

  it("suggests nothing for numbers", () => {
    expect(ordered(columnValueCounts(table, columnOf(table, "Employees")))).toEqual([]);
  });

  it("keeps the values containing the typed text, case ignored, up to the limit", () => {
    const counts = columnValueCounts(table, columnOf(table, "Mailing Groups"));
    expect(suggestValues(counts, "", 2)).toEqual(ordered(counts).slice(0, 2));
    expect(suggestValues(counts, " e", 10)).toEqual([{ value: "NEWS", count: 3 }]);
    expect(suggestValues(counts, "x*", 10)).toEqual([]);
  });

  it("gives each text column's values the count the step 'is <value>' selects, and accounts for every contact", () => {
    fc.assert(
      fc.property(contactTableArb(), ({ table: built }) => {
        for (const header of SHEET_HEADERS) {
          const column = columnOf(built, header);
          const counts = ordered(columnValueCounts(built, column));
          for (const { value, count } of counts) {
            const filter = expressionFor("equals", value, "text");
            const matched = matchGroups(built, [[{ table: "Contact", field: header, filter }]], STEP_ENV).count();
            expect({ header, value, count }).toEqual({ header, value, count: matched });
          }
          if (column.type === "text" && !column.multiValued) {
            const nonBlank = counts.reduce((sum, entry) => sum + entry.count, 0);
            expect(nonBlank).toBe(built.rowCount - Array.from(column.codes).filter((code) => code === 0).length);
          }
          const folded = counts.map((entry) => foldCase(entry.value));
          expect(new Set(folded).size).toBe(folded.length);
          expect(isSorted(counts)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("suggests the first values, in order, that contain the typed text", () => {
    // Distinct values (case ignored), each with a count, in the dictionary in any order.
    const entries = fc.uniqueArray(fc.record({ value: fc.string({ minLength: 1, maxLength: 6 }), count: fc.nat(50) }), {
      maxLength: 30,
      selector: (entry) => foldCase(entry.value),
    });
    const limit = fc.oneof(fc.nat(12), fc.constant(Infinity));
    fc.assert(
      fc.property(entries, fc.string({ maxLength: 3 }), limit, (list, typed, n) => {
        const counts: ValueCounts = {
          dictionary: ["", ...list.map((entry) => entry.value)],
          folded: list.map((entry) => foldCase(entry.value)),
          spellings: Int32Array.from(list, (_, i) => i + 1),
          counts: Int32Array.from(list, (entry) => entry.count),
        };
        const wanted = foldCase(typed.trim());
        const inOrder = [...list].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
        expect(suggestValues(counts, typed, n)).toEqual(
          inOrder.filter((c) => foldCase(c.value).includes(wanted)).slice(0, n),
        );
      }),
    );
  });
});

function isSorted(counts: readonly ValueCount[]): boolean {
  return counts.every(
    (entry, i) =>
      i === 0 ||
      counts[i - 1].count > entry.count ||
      (counts[i - 1].count === entry.count && counts[i - 1].value < entry.value),
  );
}

describe("the value counts of a field a condition names", () => {
  it("finds the column by any spelling of a recognised field or by header, and suggests nothing for an unknown one", () => {
    const table = tableOf(sheet);
    const counts = valueCountsOf(table);
    expect(counts("Mailing Groups")).toEqual(columnValueCounts(table, columnOf(table, "Mailing Groups")));
    expect(counts("city")).toEqual(columnValueCounts(table, columnOf(table, "City")));
    expect(counts("Postcode")).toBe(NO_VALUE_COUNTS);
    // Counted once: the same list again.
    expect(counts("Mailing Groups")).toBe(counts("Mailing Groups"));
  });
});
