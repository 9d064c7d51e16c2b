/**
 * Export, Set (a template change that refills the lines), Reuse Segment and Reuse Criteria ask the database only for the contacts
 * they concern (docs/decisions.md §D45): a segment's lines, a logged segment's entries, with their companies. A
 * differential test: the same book as a workbook and, copied with its contacts, as a schema; each use case gives
 * the same answer and leaves the same records on both, and on PostgreSQL the whole contact table is never read.
 */
import { promises as fs } from "fs";
import { reuseCriteria } from "../../src/app/criteriaUseCases";
import { exportMailingList } from "../../src/app/exportMailingList";
import { reuseSegment, reuseSegmentIntoNew } from "../../src/app/reuseSegment";
import { setHeader } from "../../src/app/setHeader";
import type { ContactConcern, RunContext, SegmentBook } from "../../src/app/store/ports";
import { keyOf } from "../../src/app/store/rows";
import { DEDICATED_SHEETS } from "../../src/app/store/sheetSpecs";
import { parseCommandArgs } from "../../src/cli/args";
import { contactsCommand } from "../../src/cli/commands/contacts";
import { PgBook } from "../../src/db/pgBook";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { tempDir } from "../support/workbooks";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-05",
  locale: "en",
  userId: "TESTER",
  time: "10:00:00",
};
const CONTACTS = 11;

const database = useTestDatabase();
let dir: string;
let file: string;
let schema: string;
let crm: string;

beforeAll(async () => {
  dir = await tempDir();
  file = await ex10Workbook(dir);
  // SEG00001 (CT01, CT02, CT09) logged: logged segment 8 with its entries; then SEG00002 and SEG00003 with others.
  const run = async (...argv: string[]) => {
    const result = await segments(...argv);
    if (result.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${result.stderr}`);
  };
  await run("log", file, "SEG00001", "--workdate", "2025-03-05", "--user", "MARKETER");
  await run("create", file, "--description", "Second", "--template", "LETTER", "--workdate", "2025-03-05");
  await run("add", file, "SEG00002", "--where", "No.=CT04|CT08|CT10", "--workdate", "2025-03-05");
  await run("create", file, "--description", "Third", "--template", "LETTER", "--workdate", "2025-03-05");
  await run("add", file, "SEG00003", "--where", "No.=CT06|CT11", "--workdate", "2025-03-05");
  // Saved criteria of every kind of step: Add with Expand Companies, Reduce with Entire Companies, Refine.
  await run("create", file, "--description", "Saved", "--workdate", "2025-03-05");
  await run("add", file, "SEG00004", "--where", "Industry Groups=RETAIL", "--expand-companies");
  await run("reduce", file, "SEG00004", "--where", "Name=Carl*", "--entire-companies");
  await run("refine", file, "SEG00004", "--where", "Salesperson Code=PS|JO");
  await run("save-criteria", file, "SEG00004", "--code", "MIX");
  schema = database.schema("concuse");
  crm = database.schema("concuse_crm");
  await run("copy", file, "--db", "postgresql://", "--schema", schema, "--contacts", `${crm}.contacts`);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The workbook and the schema, fresh; the schema's book refuses a whole read and notes what it was asked. */
async function books(): Promise<{ xlsx: XlsxBook; pg: PgBook; asked: ContactConcern[]; rowsRead: number[] }> {
  const pg = new PgBook(database.client, { schema, locale: "en" });
  const asked: ContactConcern[] = [];
  const rowsRead: number[] = [];
  const queries = pg.contactQueries;
  Object.assign(pg, {
    readContactSheet: () => Promise.reject(new Error("the whole contact table was read")),
    contactQueries: {
      readContactHeader: queries.readContactHeader,
      readConcernedContacts: async (request: object, concern: ContactConcern) => {
        asked.push(concern);
        const input = await queries.readConcernedContacts(request, concern);
        rowsRead.push(input.values.length - 1);
        return input;
      },
    },
  });
  return { xlsx: await XlsxBook.open(file), pg, asked, rowsRead };
}

const UNDO = new Error("undo the action");

/** Runs the use case on both books (the workbook in memory only) and undoes the database's action afterwards. */
async function onBoth<T>(work: (book: SegmentBook) => Promise<T>) {
  const { xlsx, pg, asked, rowsRead } = await books();
  const fromBook = await work(xlsx);
  let db: { fromDb: T; dbRecords: Record<string, object[]> } | undefined;
  await pg
    .action(async (book) => {
      db = { fromDb: await work(book), dbRecords: await records(book) };
      throw UNDO;
    })
    .catch((error) => {
      if (error !== UNDO) throw error;
    });
  return { fromBook, ...db!, asked, rowsRead, bookRecords: await records(xlsx) };
}

async function records(book: SegmentBook): Promise<Record<string, object[]>> {
  const out: Record<string, object[]> = {};
  for (const spec of DEDICATED_SHEETS) {
    const rows = (await book.readRows(spec)).map((row) => withoutPlaces(row.record as object));
    out[spec.sheetName] = rows.sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : 1));
  }
  return out;
}

/**
 * A history row without the places its entries recorded: a database reads only the segment's own rows, so its places
 * are among them, a sheet's among every row (docs/decisions.md §D67).
 */
function withoutPlaces(record: object): object {
  const { payload } = record as { payload?: unknown };
  if (typeof payload !== "string" || !payload.includes("Places")) return record;
  const entry = JSON.parse(payload) as { delta?: Record<string, unknown> };
  if (entry.delta) for (const key of ["linePlaces", "criteriaPlaces"]) delete entry.delta[key];
  return { ...record, payload: JSON.stringify(entry) };
}

describe("use cases that read only the contacts they concern", () => {
  it("export: the lines' contacts and their companies, the same list as from the workbook", async () => {
    const both = await onBoth((book) => exportMailingList(book, ctx, { segmentNo: "SEG00002", emailOnly: false }));
    expect(both.fromDb.rows).toEqual(both.fromBook.rows);
    expect(both.fromDb.counts).toEqual(both.fromBook.counts);
    expect(both.fromBook.rows.length).toBeGreaterThan(0);
    expect(both.asked.map((concern) => [...(concern.numbers ?? [])].sort())).toEqual([["CT04", "CT08", "CT10"]]);
    // CT04, CT08 with its company CT07, CT10: four of the eleven contacts.
    expect(both.rowsRead).toEqual([4]);
  });

  it("set: a template change refilling the lines reads their contacts only, and writes what the workbook gets", async () => {
    const both = await onBoth((book) =>
      setHeader(book, ctx, {
        segmentNo: "SEG00003",
        changes: { interactionTemplateCode: "PHONE" },
        updateLines: "yes",
      }),
    );
    expect(both.fromDb).toEqual(both.fromBook);
    expect(both.fromBook.written).toBe(true);
    expect(both.dbRecords).toEqual(both.bookRecords);
    expect(both.asked.map((concern) => [...(concern.numbers ?? [])].sort())).toEqual([["CT06", "CT11"]]);
    // CT06 with its company CT04, CT11.
    expect(both.rowsRead).toEqual([3]);
  });

  it("reuse-segment: the logged segment's contacts only, into an existing segment and into a new one", async () => {
    const into = await onBoth((book) =>
      reuseSegment(book, ctx, { segmentNo: "SEG00002", loggedEntryNo: 8, force: true }),
    );
    expect(into.fromDb).toEqual(into.fromBook);
    expect(into.fromBook.added.length).toBe(3);
    expect(into.dbRecords).toEqual(into.bookRecords);
    expect(into.rowsRead).toEqual([3]);
    expect(into.rowsRead[0]).toBeLessThan(CONTACTS);

    const fresh = await onBoth((book) => reuseSegmentIntoNew(book, ctx, { description: "Again", loggedEntryNo: 8 }));
    expect(fresh.fromDb).toEqual(fresh.fromBook);
    expect(fresh.dbRecords).toEqual(fresh.bookRecords);
    expect(fresh.rowsRead).toEqual([3]);
  });

  it("reuse-criteria: each saved step asks for the contacts it concerns as the segment then stands", async () => {
    const both = await onBoth((book) => reuseCriteria(book, ctx, { segmentNo: "SEG00002", code: "MIX", force: true }));
    expect(both.fromDb).toEqual(both.fromBook);
    expect(both.fromBook.actions.map((action) => action.action)).toEqual([
      "Add Contacts",
      "Remove Contacts (Reduce)",
      "Remove Contacts (Refine)",
    ]);
    for (const action of both.fromBook.actions) expect(action.added + action.removed).toBeGreaterThan(0);
    expect(both.dbRecords).toEqual(both.bookRecords);
    expect(both.asked).toEqual([
      expect.objectContaining({ members: "all" }),
      expect.objectContaining({ members: "matching", numbers: expect.any(Array) }),
      expect.objectContaining({ numbers: expect.any(Array) }),
    ]);
    for (const rows of both.rowsRead) expect(rows).toBeLessThan(CONTACTS);
  });

  it("contacts: listing the sources reads no contact table", async () => {
    const { pg, rowsRead } = await books();
    const listed = await contactsCommand.run(pg, ctx, parseCommandArgs([], contactsCommand.options), []);
    expect(listed.json).toMatchObject({ current: `${crm}.contacts` });
    expect(rowsRead).toEqual([]);
  });
});
