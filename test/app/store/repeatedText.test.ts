/**
 * RepeatedText (src/db/repeatedText.ts) only swaps a value for an equal string: every row reads as it came, whatever
 * mix of repeated, distinct and consecutive values its columns hold (docs/decisions.md §D93).
 */
import fc from "fast-check";
import { RepeatedText } from "../../../src/db/repeatedText";

test("shared rows hold the values they came with", () => {
  const cell = fc.oneof(fc.constant(null), fc.constantFrom("", "A", "B"), fc.string({ maxLength: 6 }));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 3000 }), (rows) => {
      const repeated = new RepeatedText();
      for (const row of rows) expect(repeated.share([...row])).toEqual(row);
    }),
    { numRuns: 30 },
  );
});

test("a column of mostly distinct values still holds the rows it was given", () => {
  const repeated = new RepeatedText();
  // More distinct values than a pool keeps, then a run of equal ones as a company's persons read in order.
  const values = [...Array.from({ length: 1500 }, (_, i) => `CT${i}`), "CT9", "CT9", "CT9", "X", "CT9"];
  const out = values.map((value) => repeated.share([value.slice(0)])[0]);
  expect(out).toEqual(values);
});
