/**
 * Apply Mailing Group on a database's contact table (docs/decisions.md §D89), beyond what the use-case matrix
 * (test/app/mailingActions.test.ts, a text[] column) covers: a `;`-separated text column keeps its own separators,
 * the whole table is never read, and a cell another user changed meanwhile refuses the change, writing nothing.
 */
import type { Client } from "pg";
import { addContacts } from "../../src/app/addContacts";
import { applyMailingGroup } from "../../src/app/applyMailingGroup";
import { initBook } from "../../src/app/initBook";
import { createSegment } from "../../src/app/createSegment";
import { delegateBook } from "../../src/app/store/delegateBook";
import type { ContactQueries, RunContext, SegmentBook } from "../../src/app/store/ports";
import { PgBook } from "../../src/db/pgBook";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { bcBaseSheet, bcBaseValues, type BaseDataCell } from "../support/bcBaseData";
import { MemoryBook } from "../support/memoryBook";
import { useTestDatabase } from "../support/pgTestDb";

const EX15_STEP = [[{ table: "Contact" as const, field: "No.", filter: "CT01|CT02|CT09" }]];
const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };

const database = useTestDatabase();
let other: Client;

beforeAll(async () => {
  other = await database.connectAnother();
});

/** docs/business-rules.md §11 Ex 15's contacts with Mailing Groups as text, SEG00001 holding CT01, CT02, CT09. */
async function ex15(): Promise<{ book: PgBook; contacts: string; values: BaseDataCell[][] }> {
  const values = bcBaseValues().map((row, i) =>
    i === 0 ? row : row.map((cell, c) => (c === 12 && row[0] === "CT06" ? "NEWS ,PRESS" : cell)),
  );
  const made = await database.schemaWithContacts("mailing", values);
  const book = new PgBook(database.client, { schema: made.schema, contacts: made.contacts });
  await createSegment(book, ctx, { description: "Christmas" });
  await addContacts(book, ctx, {
    segmentNo: "SEG00001",
    groups: EX15_STEP,
    options: NO_OPTIONS,
  });
  return { book, contacts: made.contacts, values };
}

async function groupsOf(contacts: string): Promise<Record<string, string | null>> {
  const { rows } = await database.client.query<{ no: string; groups: string | null }>(
    `SELECT "No." AS no, "Mailing Groups" AS groups FROM ${contacts} ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.no, row.groups]));
}

/** A table has no sheet rows nor row order: the changes by contact number, without the row they were read from. */
function byContact<T extends { changes: readonly { contactNo: string }[] }>(result: T) {
  const changes = [...result.changes].sort((a, b) => a.contactNo.localeCompare(b.contactNo));
  return { ...result, changes: changes.map((change) => ({ ...change, sheetRow: 0 })) };
}

/** The book, its contact queries wrapped: the whole table may not be read, `afterRead` runs once the plan's cells are read. */
function watched(book: PgBook, afterRead: () => Promise<void> = async () => undefined): SegmentBook {
  const queries = book.contactQueries as ContactQueries;
  return delegateBook(book, {
    readContactSheet: () => Promise.reject(new Error("the whole contact table was read")),
    contactQueries: {
      ...queries,
      readConcernedContacts: async (request, concern) => {
        const input = await queries.readConcernedContacts(request, concern);
        await afterRead();
        return input;
      },
    },
  });
}

it("writes a text column's cells as the in-memory book does, separators kept, reading only the contacts concerned", async () => {
  const { book, contacts, values } = await ex15();
  const memory = new MemoryBook({ ...bcBaseSheet(), values });
  await initBook(memory);
  await createSegment(memory, ctx, { description: "Christmas" });
  await addContacts(memory, ctx, { segmentNo: "SEG00001", groups: EX15_STEP, options: NO_OPTIONS });
  for (const [code, deleteOld] of [
    ["news", true],
    ["XMAS", false],
    ["press", true],
  ] as const) {
    const request = { segmentNo: "SEG00001", code, deleteOld };
    const expected = await applyMailingGroup(memory, ctx, request);
    expect(byContact(await applyMailingGroup(watched(book), ctx, request))).toEqual(byContact(expected));
    const [, ...rows] = memory.contactSheet().values;
    expect(await groupsOf(contacts)).toEqual(
      Object.fromEntries(rows.map((row) => [row[0], row[12] === "" ? null : row[12]])),
    );
  }
});

it("refuses as stale when another user changed a cell after it was read, and writes no cell", async () => {
  const { book, contacts } = await ex15();
  const before = await groupsOf(contacts);
  const hand = async () => {
    await other.query(`UPDATE ${contacts} SET "Mailing Groups" = 'PRESS' WHERE "No." = 'CT02'`);
  };
  await expect(
    applyMailingGroup(watched(book, hand), ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: false }),
  ).rejects.toMatchObject({
    code: "stale",
    message: expect.stringMatching(/^Contact CT02: its Mailing Groups in .* changed/),
  });
  expect(await groupsOf(contacts)).toEqual({ ...before, CT02: "PRESS" });
});
