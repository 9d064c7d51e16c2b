/**
 * The database finds only the contacts an action concerns (docs/decisions.md §D45): worked examples on a small
 * contact table, each naming exactly the contacts PgBook reads, so a condition that silently read as TRUE (the
 * whole table) would fail here even though the differential test, which checks answers, would still pass.
 */
import type { ContactConcern } from "../../src/app/store/ports";
import { INTERACTION_LOG } from "../../src/app/store/sheetSpecs";
import { PgBook } from "../../src/db/pgBook";
import { columnOf } from "../../src/db/schemaDdl";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import type { Condition, FilterGroup } from "../../src/domain/segments/step";
import { useTestDatabase } from "../support/pgTestDb";

const env = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };
const contact = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });
const entry = (field: string, filter: string): Condition => ({ table: "Interaction Log", field, filter });

const database = useTestDatabase();
let book: PgBook;

beforeAll(async () => {
  const client = database.client;
  const schema = await database.initialisedSchema("concern");
  const table = qualified(schema, "crm_contacts");
  await client.query(`CREATE TABLE ${table} ("No." text, "Type" text, "Name" text, "Company No." text,
    "Salesperson Code" text, "Industry Groups" text[], "Employees" integer, "Last Visit" date)`);
  const rows: unknown[][] = [
    ["CO1", "Company", "Acme", "CO1", "PS", ["RETAIL"], 40, "2025-01-10"],
    ["P1.1", "Person", "Anna Berg", "co1", "JO", [], 1, null],
    ["P1.2", "Person", "Bo", "CO1", "PS", [], 2, null],
    ["CO2", "Company", "Zeta AB", "CO2", "PS", ["SERV"], 300, null],
    ["P2.1", "Person", "Carl Dahl", "CO2", "PS", null, 3, "2025-02-01"],
    [" I1 ", "Person", "Berit Ek", "", "PS", ["MANUF"], 5, null],
  ];
  for (const row of rows) await client.query(`INSERT INTO ${table} VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, row);
  const log = qualified(schema, INTERACTION_LOG.tableName);
  const col = (prop: string) => quoteIdent(columnOf(INTERACTION_LOG, prop));
  await client.query(
    `INSERT INTO ${log} (${col("entryNo")}, ${col("contactNo")}, ${col("segmentNo")}, ${col("date")}) VALUES (1, 'P2.1', 'SEG9', '2025-02-20'), (2, 'I1', 'SEG8', '2025-02-21')`,
  );
  book = new PgBook(client, { schema, contacts: `${schema}.crm_contacts` });
});

async function found(concern: ContactConcern): Promise<string[]> {
  const input = await book.contactQueries.readConcernedContacts({}, concern);
  return input.values
    .slice(1)
    .map((row) => String(row[0]).trim())
    .sort();
}

const step = (...groups: FilterGroup[]): ContactConcern["step"] => ({ groups, env });

describe("the contacts a step concerns, found in the database", () => {
  it("a contact condition finds the matching contacts and their companies, no one else", async () => {
    expect(await found({ step: step([contact("Salesperson Code", "jo")]) })).toEqual(["CO1", "P1.1"]);
  });

  it("Expand Companies adds every contact of those companies", async () => {
    expect(await found({ step: step([contact("Salesperson Code", "JO")]), members: "all" })).toEqual([
      "CO1",
      "P1.1",
      "P1.2",
    ]);
  });

  it("Industry Groups match a person on its company's values (docs/decisions.md §D6)", async () => {
    expect(await found({ step: step([contact("Industry Groups", "RETAIL")]) })).toEqual(["CO1", "P1.1", "P1.2"]);
  });

  it("groups are ORed, conditions ANDed, numbers and dates compared as typed", async () => {
    const groups = [
      [contact("Employees", ">100")],
      [contact("Last Visit", "2025-01-01..2025-01-31"), contact("Type", "Company")],
    ];
    expect(await found({ step: step(...groups) })).toEqual(["CO1", "CO2"]);
  });

  it("an Interaction Log condition finds the contacts one of whose entries meets it", async () => {
    expect(await found({ step: step([entry("Segment No.", "SEG9")]) })).toEqual(["CO2", "P2.1"]);
    expect(await found({ step: step([entry("Date", "2025-02-21"), contact("Name", "Berit*")]) })).toEqual(["I1"]);
  });

  it("a segment's lines name their contacts, ignoring case and spaces; Entire Companies adds matching members", async () => {
    expect(await found({ numbers: [" p1.1", "I1", "GONE", ""] })).toEqual(["CO1", "I1", "P1.1"]);
    expect(await found({ numbers: ["P1.1"], step: step([contact("Name", "Bo")]), members: "matching" })).toEqual([
      "CO1",
      "P1.1",
      "P1.2",
    ]);
  });

  it("the header alone carries the declared column types", async () => {
    const header = await book.contactQueries.readContactHeader({});
    expect(header.values).toHaveLength(1);
    expect(header.columnTypes).toEqual(["text", "text", "text", "text", "text", "text", "number", "date"]);
  });
});
