/**
 * The unfolded facts an Add count without company options reads (docs/decisions.md §D91) against the folded facts
 * every other count reads: on the server, each contact must be a company or not alike, and be left out alike for a
 * blank number; and the blank test without NFC must agree with the cell's normalised text being blank, on texts of
 * spaces, non-breaking spaces, combining marks and the characters NFC composes.
 */
import fc from "fast-check";
import { blankCellSql, cellTextSql, contactKeySql, type ContactRelation } from "../../src/db/concernSql";
import { contactFactsSql } from "../../src/db/contactFactsSql";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { buildContactTable } from "../../src/domain/contacts";
import { useTestDatabase } from "../support/pgTestDb";

const TEXT = 25;
const BOOL = 16;
const COLUMNS = [
  ["No.", TEXT],
  ["Type", TEXT],
  ["Company No.", TEXT],
  ["Salesperson Code", TEXT],
  ["Correspondence Type", TEXT],
  ["E-Mail", TEXT],
  ["Exclude from Segment", BOOL],
] as const;

/** Texts of the characters a cell's trim, its NFC and its case folding treat specially. */
const trickyText = fc
  .array(
    fc.constantFrom(
      " ",
      "\u00a0",
      "\u202f",
      "\u2007",
      "\ufeff",
      "\u3000",
      "\t",
      "e",
      "E",
      "\u0301",
      "\u00e9",
      "Å",
      "A\u030a",
      "-",
      "1",
    ),
    {
      maxLength: 5,
    },
  )
  .map((chars) => chars.join(""));

const database = useTestDatabase();
const schema = database.schema("facts");

beforeAll(async () => {
  await database.client.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
});

describe("blankCellSql", () => {
  it("is true exactly when the cell's normalised text is blank", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(trickyText, { nil: null }), { maxLength: 30 }), async (texts) => {
        const { rows } = await database.client.query(
          `SELECT ${blankCellSql("x")} AS unnormalised, coalesce(${cellTextSql("x")}, '') = '' AS normalised
           FROM unnest($1::text[]) AS x`,
          [texts],
        );
        for (const row of rows) expect(row.unnormalised).toBe(row.normalised);
      }),
      { numRuns: 30 },
    );
  });
});

describe("unfoldedFacts", () => {
  it("finds the same contacts and the same companies as facts", async () => {
    const header = buildContactTable({
      sheetName: "Contacts",
      values: [COLUMNS.map(([name]) => name)],
      columnTypes: COLUMNS.map(([, kind]) => (kind === BOOL ? "boolean" : "text")),
      locale: "sv",
    }).table;
    const row = fc.tuple(
      fc.constantFrom("CO1", " co1", "P1", "p2\u00a0", "", " ", "\u00c5S", "A\u030aS", null),
      fc.constantFrom("Company", " COMPANY", "företag", "FÖRETAG\u00a0", "Person", "", " ", "\u3000", null),
      fc.constantFrom("CO1", "co1 ", "", "\u00e5s", "AS", null),
      fc.constantFrom("JO", " jo", null),
      fc.constantFrom("E-Mail", null),
      fc.constantFrom("a@b.se", " ", null),
      fc.constantFrom(true, false, null),
    );
    let table = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        table += 1;
        const name = qualified(schema, `contacts${table}`);
        await database.client.query(
          `CREATE TABLE ${name} (${COLUMNS.map(([column, kind]) => `${quoteIdent(column)} ${kind === BOOL ? "boolean" : "text"}`).join(", ")})`,
        );
        for (const cells of rows)
          await database.client.query(
            `INSERT INTO ${name} VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`,
            cells,
          );
        const relation: ContactRelation = { name, columns: COLUMNS.map(([column, kind]) => ({ name: column, kind })) };
        const values: unknown[] = [];
        const sql = contactFactsSql(relation, header, values)!;
        const folded = await database.client.query(
          `SELECT k, is_co, excl, sp, ct, em FROM (${sql.facts("TRUE")}) AS f ORDER BY 1, 2, 3, 4, 5, 6`,
          values,
        );
        const unfolded = await database.client.query(
          `SELECT coalesce(${contactKeySql("num")}, '') AS k, ${sql.isCompany("ty", "self")} AS is_co, excl, sp, ct, em
           FROM (${sql.unfoldedFacts("TRUE")}) AS u ORDER BY 1, 2, 3, 4, 5, 6`,
          values,
        );
        expect(unfolded.rows).toEqual(folded.rows);
        await database.client.query(`DROP TABLE ${name}`);
      }),
      { numRuns: 40 },
    );
  });
});
