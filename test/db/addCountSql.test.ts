/**
 * An Add step counted inside the database (docs/decisions.md §D61) against the same step previewed on the
 * workbook: random contacts whose Type, Company No., Salesperson Code, Correspondence Type and E-Mail are written
 * the ways a sheet holds them (case, spaces, blank types, Swedish words, persons of missing or person companies),
 * a first Add so some contacts already have lines, then a random Add previewed both ways. The counts and the
 * make-up must be equal, and the database must have counted (not handed the step back) whenever its rules are exact.
 */
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { AddStepQuery, RunContext, SegmentBook } from "../../src/app/store/ports";
import { initDatabase } from "../../src/db/initDb";
import { PgBook } from "../../src/db/pgBook";
import { quoteIdent } from "../../src/db/sqlNames";
import { previewOfCounts } from "../../src/domain/segments/addContacts";
import type { FilterGroup, StepOptions } from "../../src/domain/segments/step";
import { groupsArb, HEADER, loadContacts, optionsArb, sheetArb } from "../support/countedContacts";
import { MemoryBook } from "../support/memoryBook";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "sv", userId: "TESTER" };
const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };

const database = useTestDatabase();

const preview = (book: SegmentBook, no: string, groups: FilterGroup[], options: StepOptions) =>
  addContacts(book, ctx, { segmentNo: no, groups, options, preview: true });

describe("an Add step counted in the database equals the workbook's preview", () => {
  it("same counts and make-up on random contacts, lines and options", async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(sheetArb, groupsArb, optionsArb, groupsArb, optionsArb, async (rows, first, o1, groups, o2) => {
        const schema = database.schema("addcount");
        await initDatabase(database.client, schema);
        const contacts = await loadContacts(database.client, schema, rows);
        const pg = new PgBook(database.client, { schema, contacts, locale: ctx.locale });
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
        await database.client.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
      }),
      { numRuns: 40 },
    );
    expect(counted).toBeGreaterThan(20);
  }, 300_000);

  it("a condition on Industry Groups, which a person also meets by its company's values, is not counted there", async () => {
    const schema = database.schema("addcount");
    await initDatabase(database.client, schema);
    const contacts = await loadContacts(database.client, schema, []);
    const pg = new PgBook(database.client, { schema, contacts, locale: ctx.locale });
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
