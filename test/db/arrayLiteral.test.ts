/**
 * arrayLiteral (src/db/arrayLiteral.ts) writes a column's values as the array literal PgBook's INSERTs and DELETEs
 * send: PostgreSQL must read back exactly the values, whatever the text holds (quotes, backslashes, braces, commas,
 * the word NULL, blanks, any Unicode). The oracle is PostgreSQL itself, beside the values as the driver sends them.
 */
import * as fc from "fast-check";
import { arrayLiteral } from "../../src/db/arrayLiteral";
import type { DbValue } from "../../src/db/records";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();

/** Whether PostgreSQL reads the literal as the array the driver sends for the same values. */
async function readsBack(values: readonly DbValue[], type: string): Promise<boolean> {
  const result = await database.client.query(`SELECT $1::${type} IS NOT DISTINCT FROM $2::${type} AS same`, [
    arrayLiteral(values),
    [...values],
  ]);
  return result.rows[0].same === true;
}

const awkwardText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("", " ", "NULL", "null", '"', "\\", '\\"', "{}", "a,b", "{a}", "tab\there", "line\nbreak", "å ö"),
  fc.string({ unit: fc.constantFrom('"', "\\", ",", "{", "}", " ", "a", "N") }),
);

test("text values, awkward ones included, read back as they were", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(awkwardText, { maxLength: 20 }), async (values) => {
      expect(await readsBack(values, "text[]")).toBe(true);
    }),
    { numRuns: 200 },
  );
});

test("numbers, booleans and dates with blanks read back as they were", async () => {
  const doubles = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 });
  await fc.assert(
    fc.asyncProperty(doubles, async (values) => {
      expect(await readsBack(values, "float8[]")).toBe(true);
    }),
    { numRuns: 100 },
  );
  expect(await readsBack([1, -2, 9007199254740991, 0], "int8[]")).toBe(true);
  expect(await readsBack([true, false, true], "bool[]")).toBe(true);
  expect(await readsBack(["2025-03-04", null, "1900-01-01"], "date[]")).toBe(true);
  expect(await readsBack([], "text[]")).toBe(true);
});
