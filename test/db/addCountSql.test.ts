/**
 * An Add step counted inside the database (docs/decisions.md §D61) against the same step previewed on the
 * workbook: random contacts whose Type, Company No., Salesperson Code, Correspondence Type and E-Mail are written
 * the ways a sheet holds them (case, spaces, blank types, Swedish words, persons of missing or person companies),
 * a first Add so some contacts already have lines, then a random Add previewed both ways. The counts and the
 * make-up must be equal, and the database must have counted (not handed the step back) whenever its rules are exact.
 */
import fc from "fast-check";
import type { Client } from "pg";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { AddStepQuery, RunContext, SegmentBook } from "../../src/app/store/ports";
import { initDatabase } from "../../src/db/initDb";
import { PgBook } from "../../src/db/pgBook";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { previewOfCounts } from "../../src/domain/segments/addContacts";
import type { Condition, FilterGroup, StepOptions } from "../../src/domain/segments/step";
import { MemoryBook } from "../support/memoryBook";
import { testClient, uniqueSchema } from "../support/pgTestDb";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "sv", userId: "TESTER" };
const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };

const HEADER = [
  "No.",
  "Type",
  "Name",
  "Company No.",
  "Salesperson Code",
  "Correspondence Type",
  "E-Mail",
  "Exclude from Segment",
  "City",
  "Industry Groups",
] as const;
const TYPES = "text, text, text, text, text, text, text, boolean, text, text";

type Cell = string | boolean;

const spelling = <T>(...values: T[]) => fc.constantFrom(...values);
const facts = fc.record({
  name: spelling("Anna", "Bo", "Åsa"),
  salesperson: spelling("JO", " jo", "PS", "", "Ps\u00a0"),
  correspondence: spelling("E-Mail", "email", "Hard Copy", "papper", "", "Fax", " e-post "),
  email: spelling("", " ", "a@b.se"),
  excluded: spelling<boolean | "">(true, false, false, ""),
  city: spelling("Lund", "lund ", "Malmö", "", "Malm\u00f6\u00a0"),
  industry: spelling("", "RETAIL", "MANUF; RETAIL"),
});

type Facts = typeof facts extends fc.Arbitrary<infer F> ? F : never;

/** Companies CO<i> (Type Company, company, Företag, or blank with Company No. its own No. in other case) and persons. */
const sheetArb = fc
  .record({
    companies: fc.array(fc.tuple(spelling("Company", " company", "FÖRETAG", ""), facts), { maxLength: 4 }),
    persons: fc.array(
      fc.tuple(
        spelling("Person", "", "person ", "Other"),
        fc.nat(6),
        spelling("upper", "lower", "none", "missing"),
        facts,
      ),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ companies, persons }) => {
    const row = (no: string, type: string, companyNo: string, f: Facts): Cell[] => [
      no,
      type,
      f.name,
      companyNo,
      f.salesperson,
      f.correspondence,
      f.email,
      f.excluded,
      f.city,
      f.industry,
    ];
    const rows = companies.map(([type, f], i) => row(`CO${i + 1}`, type, type === "" ? `co${i + 1}` : "", f));
    persons.forEach(([type, company, written, f], i) => {
      const target = company < companies.length ? `CO${company + 1}` : `P${company}`;
      const companyNo =
        written === "none" ? "" : written === "missing" ? "NOPE" : written === "lower" ? target.toLowerCase() : target;
      rows.push(row(`P${i + 1}`, type, companyNo, f));
    });
    return rows;
  });

const CONDITIONS: readonly Condition[] = (
  [
    ["City", "Lund"],
    ["City", "Lund|Malmö"],
    ["City", "<>Lund"],
    ["Salesperson Code", "JO"],
    ["Type", "Person"],
    ["Exclude from Segment", "Yes"],
    ["No.", "P*"],
    ["Name", "a*"],
  ] as const
).map(([field, filter]) => ({ table: "Contact", field, filter }));

const groupsArb: fc.Arbitrary<FilterGroup[]> = fc.array(fc.array(fc.constantFrom(...CONDITIONS), { maxLength: 2 }), {
  minLength: 1,
  maxLength: 2,
});
const optionsArb: fc.Arbitrary<StepOptions> = fc.record({
  allowExistingContacts: fc.boolean(),
  expandCompanies: fc.boolean(),
  allowRelatedCompanies: fc.boolean(),
  ignoreExclusion: fc.boolean(),
  entireCompanies: fc.constant(false),
});

let client: Client;
const schemas: string[] = [];

beforeAll(async () => {
  client = await testClient();
});
afterAll(async () => {
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await client.end();
});

async function loadContacts(schema: string, rows: readonly Cell[][]): Promise<string> {
  const table = qualified(schema, "contacts");
  const types = TYPES.split(", ");
  await client.query(`CREATE TABLE ${table} (${HEADER.map((h, i) => `${quoteIdent(h)} ${types[i]}`).join(", ")})`);
  for (const row of rows)
    await client.query(
      `INSERT INTO ${table} VALUES (${HEADER.map((_, i) => `$${i + 1}`).join(", ")})`,
      row.map((cell) => (cell === "" ? null : cell)),
    );
  return table;
}

const preview = (book: SegmentBook, no: string, groups: FilterGroup[], options: StepOptions) =>
  addContacts(book, ctx, { segmentNo: no, groups, options, preview: true });

describe("an Add step counted in the database equals the workbook's preview", () => {
  it("same counts and make-up on random contacts, lines and options", async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(sheetArb, groupsArb, optionsArb, groupsArb, optionsArb, async (rows, first, o1, groups, o2) => {
        const schema = uniqueSchema("addcount");
        schemas.push(schema);
        await initDatabase(client, schema);
        const contacts = await loadContacts(schema, rows);
        const pg = new PgBook(client, { schema, contacts, locale: ctx.locale });
        const memory = new MemoryBook({ sheetName: "Contacts", locale: ctx.locale, values: [[...HEADER], ...rows] });
        const results = [];
        for (const [book, action] of [
          [pg, <T>(work: () => Promise<T>) => pg.action(work)],
          [memory, <T>(work: () => Promise<T>) => work()],
        ] as const) {
          await action(() => initBook(book));
          const { no } = await action(() => createSegment(book, ctx, { description: "Counted" }));
          await action(() => addContacts(book, ctx, { segmentNo: no, groups: first, options: o1 }));
          results.push({ no, preview: await action(() => preview(book, no, groups, o2)) });
        }
        const [onPg, onMemory] = results;
        expect(onPg.preview).toEqual(onMemory.preview);
        const step: AddStepQuery = { segmentNo: onPg.no, groups, env, options: o2 };
        const inherited = groups.some((group) => group.some((c) => c.field === "Industry Groups"));
        const counts = await pg.action(() => pg.contactQueries.countAddStep!({}, step));
        if (!inherited) {
          expect(counts).toBeDefined();
          counted++;
        }
        if (counts) expect({ ...onMemory.preview, ...previewOfCounts(counts) }).toEqual(onMemory.preview);
        await client.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
      }),
      { numRuns: 40 },
    );
    expect(counted).toBeGreaterThan(20);
  }, 300_000);

  it("a condition on Industry Groups, which a person also meets by its company's values, is not counted there", async () => {
    const schema = uniqueSchema("addcount");
    schemas.push(schema);
    await initDatabase(client, schema);
    const contacts = await loadContacts(schema, []);
    const pg = new PgBook(client, { schema, contacts, locale: ctx.locale });
    const header = (await pg.contactQueries.readContactHeader({})).values[0];
    expect(header).toEqual([...HEADER]);
    const step: AddStepQuery = {
      segmentNo: "SEG00001",
      groups: [[{ table: "Contact", field: "Industry Groups", filter: "<>RETAIL" }]],
      env,
      options: {
        allowExistingContacts: false,
        expandCompanies: false,
        allowRelatedCompanies: false,
        ignoreExclusion: false,
        entireCompanies: false,
      },
    };
    expect(await pg.contactQueries.countAddStep!({}, step)).toBeUndefined();
  });
});
