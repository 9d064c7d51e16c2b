/**
 * Property: random contact sheets, loaded into a PostgreSQL table for PgBook and given as they are to the in-memory
 * book, and random step sequences (Add, Reduce, Refine,
 * with Go Back and Go Forward now and then) run through the use cases on PgBook and on the in-memory book, give the
 * same results and leave the same records in every dedicated table.
 */
import fc from "fast-check";
import type { Client } from "pg";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { stepHistory } from "../../src/app/stepHistory";
import { PgBook } from "../../src/db/pgBook";
import { initDatabase } from "../../src/db/initDb";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import type { StepSpec } from "../../src/domain/segments/step";
import { DEDICATED_SHEETS, SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import { contactSheetArb, type SheetCell, stepSequenceArb } from "../support/contactTableArbitrary";
import { MemoryBook } from "../support/memoryBook";
import { testClient, uniqueSchema } from "../support/pgTestDb";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-01",
  locale: "en",
  userId: "TESTER",
  time: "09:30:00",
};

let client: Client;
const schemas: string[] = [];

beforeAll(async () => {
  client = await testClient();
});
afterAll(async () => {
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await client.end();
});

/** A column's PostgreSQL type from its cells, as a CRM would have typed it: numbers, booleans, else text. */
function columnType(cells: readonly SheetCell[]): string {
  const filled = cells.filter((cell) => cell !== "");
  if (filled.length > 0 && filled.every((cell) => typeof cell === "number")) return "double precision";
  if (filled.length > 0 && filled.every((cell) => typeof cell === "boolean")) return "boolean";
  return "text";
}

async function loadContacts(schema: string, values: readonly (readonly SheetCell[])[]): Promise<string> {
  const [header, ...rows] = values;
  const types = header.map((_, i) => columnType(rows.map((row) => row[i] ?? "")));
  const table = qualified(schema, "contacts");
  await client.query(
    `CREATE TABLE ${table} (${header.map((h, i) => `${quoteIdent(String(h))} ${types[i]}`).join(", ")})`,
  );
  const params = header.map((_, i) => `$${i + 1}`).join(", ");
  for (const row of rows)
    await client.query(
      `INSERT INTO ${table} VALUES (${params})`,
      header.map((_, i) => (row[i] === "" || row[i] === undefined ? null : row[i])),
    );
  return `${quoteIdent(schema)}.contacts`;
}

type Move = { step: StepSpec } | { history: "back" | "forward" };

async function run(
  book: SegmentBook,
  action: <T>(work: () => Promise<T>) => Promise<T>,
  moves: readonly Move[],
): Promise<unknown[]> {
  const outcome = async (work: () => Promise<unknown>) => {
    try {
      return await action(work);
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  await action(() => initBook(book));
  const { no } = await action(() => createSegment(book, ctx, { description: "Random steps", salespersonCode: "JO" }));
  const results: unknown[] = [];
  for (const move of moves) {
    if ("history" in move) {
      results.push(await outcome(() => stepHistory(book, { segmentNo: no, direction: move.history })));
    } else if (move.step.action === "Add Contacts") {
      results.push(
        await outcome(() =>
          addContacts(book, ctx, { segmentNo: no, groups: move.step.groups, options: move.step.options }),
        ),
      );
    } else {
      const kind = move.step.action === "Remove Contacts (Reduce)" ? "reduce" : "refine";
      results.push(
        await outcome(() =>
          removeContacts(book, ctx, {
            segmentNo: no,
            kind,
            groups: move.step.groups,
            entireCompanies: move.step.options.entireCompanies,
          }),
        ),
      );
    }
  }
  return results;
}

const movesArb: fc.Arbitrary<Move[]> = fc
  .tuple(
    stepSequenceArb,
    fc.array(fc.constantFrom<"back" | "forward">("back", "forward"), { maxLength: 3 }),
    fc.array(fc.nat(), { maxLength: 3 }),
  )
  .map(([steps, history, at]) => {
    const moves: Move[] = steps.map((step) => ({ step }));
    history.forEach((direction, i) =>
      moves.splice(Math.min(moves.length, 1 + ((at[i] ?? 0) % moves.length)), 0, { history: direction }),
    );
    return moves;
  });

describe("PgBook and the in-memory book agree on random step sequences", () => {
  it("same results, same records", async () => {
    let withLines = 0;
    await fc.assert(
      fc.asyncProperty(
        contactSheetArb({ maxCompanies: 3, maxPersonsPerCompany: 3, maxIndependents: 3, maxOrphans: 1 }),
        movesArb,
        async (sheet, moves) => {
          const schema = uniqueSchema("steps");
          schemas.push(schema);
          await initDatabase(client, schema);
          const contacts = await loadContacts(schema, sheet.values);
          const pg = new PgBook(client, { schema, contacts, locale: sheet.locale });
          // The sheet itself, in the table's row order (by its first column): the contacts PgBook reads must be the same.
          const [header, ...rows] = sheet.values;
          const byNo = [...rows].sort((a, b) =>
            String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0,
          );
          const memory = new MemoryBook({
            sheetName: sheet.sheetName,
            locale: sheet.locale,
            values: [header, ...byNo],
          });
          expect(await run(pg, (work) => pg.action(work), moves)).toEqual(await run(memory, (work) => work(), moves));
          for (const spec of DEDICATED_SHEETS) {
            const sorted = (rows: { record: unknown }[]) => rows.map((row) => JSON.stringify(row.record)).sort();
            expect([spec.tableName, sorted(await pg.readRows(spec))]).toEqual([
              spec.tableName,
              sorted(await memory.readRows(spec)),
            ]);
          }
          if ((await pg.readRows(SEGMENT_LINES)).length > 0) withLines++;
          await client.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
        },
      ),
      { numRuns: 25 },
    );
    // Not vacuous: most sequences leave lines to compare.
    expect(withLines).toBeGreaterThan(10);
  });
});
