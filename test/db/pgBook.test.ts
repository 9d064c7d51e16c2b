/**
 * The PostgreSQL gateway against the in-memory book the use-case tests use: the same use cases on the same contacts
 * must leave the same records in every dedicated table, and return the same results. Contacts come from a table in
 * another schema, with a text[] list column and a boolean, recognised by column name as on a sheet.
 */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { logSegment } from "../../src/app/logSegment";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { stepHistory } from "../../src/app/stepHistory";
import { PgBook } from "../../src/db/pgBook";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import type { SegmentLine } from "../../src/domain/segments/line";
import { NO_OPTIONS, type Condition, type StepOptions } from "../../src/domain/segments/step";
import {
  DEDICATED_SHEETS,
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
} from "../../src/app/store/sheetSpecs";
import { BC_BASE_HEADERS, BC_BASE_ROWS, bcBaseSheet } from "../support/bcBaseData";
import { MemoryBook } from "../support/memoryBook";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-01",
  locale: "en",
  userId: "TESTER",
  time: "09:30:00",
};
const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });

const database = useTestDatabase();
let schema: string;
const crm = database.schema("crm");
const contactsTable = `${crm}.contacts`;

beforeAll(async () => {
  schema = await database.initialisedSchema("book");
  // The base contacts as a CRM would hold them: Mailing Groups as text[], Exclude from Segment as boolean.
  const columns = BC_BASE_HEADERS.map(
    (h) => `${quoteIdent(h)} ${h === "Exclude from Segment" ? "boolean" : h === "Mailing Groups" ? "text[]" : "text"}`,
  );
  await database.client.query(
    `CREATE SCHEMA ${quoteIdent(crm)}; CREATE TABLE ${qualified(crm, "contacts")} (${columns.join(", ")})`,
  );
  const rows = BC_BASE_ROWS.map((row) =>
    row.map((cell, i) =>
      BC_BASE_HEADERS[i] === "Mailing Groups" ? (cell === "" ? [] : String(cell).split(/,\s*/)) : cell,
    ),
  );
  const params = BC_BASE_HEADERS.map((_, i) => `$${i + 1}`).join(", ");
  for (const row of rows)
    await database.client.query(`INSERT INTO ${qualified(crm, "contacts")} VALUES (${params})`, row);
});

describe("PgBook reads contacts from a table", () => {
  it("as the sheet's cells: lists joined with ;, booleans as TRUE/FALSE, rows ordered by the first column", async () => {
    const book = new PgBook(database.client, { schema, contacts: contactsTable });
    const input = await book.readContactSheet({});
    const expected = bcBaseSheet().values.map((row, r) =>
      r === 0
        ? row
        : row.map((cell, i) =>
            BC_BASE_HEADERS[i] === "Mailing Groups" ? String(cell).split(/,\s*/).join("; ") : cell,
          ),
    );
    expect(input.values).toEqual(expected);
    expect((await book.listContactSources()).tables).toContainEqual({ name: contactsTable, sheetName: contactsTable });
  });

  it("says which name it did not find, and never runs the name as SQL", async () => {
    const book = new PgBook(database.client, { schema });
    await expect(book.readContactSheet({ name: "crm.nothing; DROP TABLE x" })).rejects.toThrow(
      'No table or view named "crm.nothing; DROP TABLE x"',
    );
    await expect(book.readContactSheet({})).rejects.toThrow("No contact table chosen");
  });
});

describe("the same use cases leave the same records on PostgreSQL as in memory", () => {
  async function scenario(book: SegmentBook, action: <T>(work: () => Promise<T>) => Promise<T>): Promise<unknown[]> {
    const results: unknown[] = [];
    const add = (no: string, conditions: Condition[], options: Partial<StepOptions> = {}) =>
      action(() =>
        addContacts(book, ctx, { segmentNo: no, groups: [conditions], options: { ...NO_OPTIONS, ...options } }),
      );
    await action(() => initBook(book));
    const { no } = await action(() =>
      createSegment(book, ctx, { description: "Retail letter", templateCode: "LETTER", salespersonCode: "JO" }),
    );
    results.push((await add(no, [where("Industry Groups", "RETAIL")])).newLines);
    results.push((await add(no, [where("Job Responsibilities", "PURCH")], { allowExistingContacts: true })).newLines);
    results.push((await add(no, [where("Mailing Groups", "NEWS")], { expandCompanies: true })).newLines);
    results.push(
      await action(() =>
        removeContacts(book, ctx, {
          segmentNo: no,
          kind: "reduce",
          groups: [[where("Salesperson Code", "PS")]],
          entireCompanies: false,
        }),
      ),
    );
    results.push(await action(() => stepHistory(book, { segmentNo: no, direction: "back" })));
    results.push(await action(() => stepHistory(book, { segmentNo: no, direction: "forward" })));
    results.push(await action(() => logSegment(book, ctx, { segmentNo: no, followUp: true })));
    return results;
  }

  it("Add, Add with existing contacts, Add expanding companies, Reduce, Go Back, Go Forward, Log with follow-up", async () => {
    const pg = new PgBook(database.client, { schema, contacts: contactsTable });
    const memory = new MemoryBook(await pg.readContactSheet({}));
    const onPg = await scenario(pg, (work) => pg.action(work));
    const inMemory = await scenario(memory, (work) => work());
    expect(onPg).toEqual(inMemory);
    for (const spec of DEDICATED_SHEETS) {
      const byKey = (rows: { record: unknown }[]) => rows.map((row) => JSON.stringify(row.record)).sort();
      expect({ table: spec.tableName, rows: byKey(await pg.readRows(spec)) }).toEqual({
        table: spec.tableName,
        rows: byKey(await memory.readRows(spec)),
      });
    }
    expect(await pg.readState()).toEqual(await memory.readState());
    // Not vacuous: the scenario left lines, criteria, history and log entries to compare.
    for (const spec of [SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY, INTERACTION_LOG, LOGGED_SEGMENTS])
      expect((await pg.readRows(spec)).length).toBeGreaterThan(0);
  });

  it("an action that fails writes nothing", async () => {
    const pg = new PgBook(database.client, { schema, contacts: contactsTable });
    const before = await pg.readState();
    await expect(
      pg.action(async (book) => {
        await book.commit({ state: { lastSegmentNo: before.lastSegmentNo + 100 } });
        throw new Error("the use case failed after its commit was written");
      }),
    ).rejects.toThrow("the use case failed");
    expect(await pg.readState()).toEqual(before);
  });

  const BLANK_LINE: SegmentLine = {
    segmentNo: "",
    lineNo: 0,
    contactNo: "",
    contactCompanyNo: "",
    contactName: "",
    contactCompanyName: "",
    description: "",
    date: "2025-03-01",
    salespersonCode: "",
    interactionTemplateCode: "",
    interactionGroupCode: "",
    languageCode: "",
    subject: "",
    correspondenceType: "",
    cost: 0,
    duration: 0,
    informationFlow: "",
    initiatedBy: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    evaluation: "",
  };

  it("a batch of inserts with a taken key names the key and writes none of the batch", async () => {
    const pg = new PgBook(database.client, { schema, contacts: contactsTable });
    const line = (lineNo: number) => ({
      record: { ...BLANK_LINE, segmentNo: "SEGDUP", lineNo, contactNo: `CT${lineNo}` },
      extra: new Map(),
    });
    await pg.commit({ sheets: [{ spec: SEGMENT_LINES, insert: [line(20000)] }] });
    await expect(
      pg.commit({ sheets: [{ spec: SEGMENT_LINES, insert: [line(10000), line(20000), line(30000)] }] }),
    ).rejects.toThrow("Segment Lines already has a row segdup / 20000.");
    const lines = (await pg.readRows<SegmentLine>(SEGMENT_LINES)).filter((row) => row.record.segmentNo === "SEGDUP");
    expect(lines.map((row) => row.record.lineNo)).toEqual([20000]);
  });

  it("numbers segments exactly when two clients create at once", async () => {
    const other = await database.connectAnother();
    const books = [
      new PgBook(database.client, { schema, contacts: contactsTable }),
      new PgBook(other, { schema, contacts: contactsTable }),
    ];
    const made = await Promise.all(
      books.map((book, i) => book.action((b) => createSegment(b, ctx, { description: `parallel ${i}` }))),
    );
    expect(new Set(made.map((s) => s.no)).size).toBe(2);
  });

  it("two clients stepping the same segment at once both land, and Go Back undoes each; two logs number their entries exactly", async () => {
    const other = await database.connectAnother();
    const [first, second] = [database.client, other].map((c) => new PgBook(c, { schema, contacts: contactsTable }));
    const header = { templateCode: "LETTER", salespersonCode: "JO" };
    const add = (book: PgBook, no: string, salesperson: string) =>
      book.action((b) =>
        addContacts(b, ctx, {
          segmentNo: no,
          groups: [[where("Salesperson Code", salesperson)]],
          options: NO_OPTIONS,
        }),
      );
    const contactsOf = async (no: string) =>
      (await first.readRows<SegmentLine>(SEGMENT_LINES))
        .filter((row) => row.record.segmentNo === no)
        .map((row) => row.record);
    const together = await first.action((b) => createSegment(b, ctx, { description: "together", ...header }));
    const inTurn = await first.action((b) => createSegment(b, ctx, { description: "in turn", ...header }));
    // However the server interleaves them, both steps must land: the second waits for the first's segment lock.
    await Promise.all([add(first, together.no, "JO"), add(second, together.no, "PS")]);
    await add(first, inTurn.no, "JO");
    await add(first, inTurn.no, "PS");

    const lines = await contactsOf(together.no);
    const contactNos = (list: readonly SegmentLine[]) => list.map((l) => l.contactNo).sort();
    expect(lines.length).toBeGreaterThan(0);
    expect(contactNos(lines)).toEqual(contactNos(await contactsOf(inTurn.no)));
    expect(new Set(lines.map((l) => l.lineNo)).size).toBe(lines.length);
    const actions = (await first.readRows<{ segmentNo: string; type: string }>(SEGMENT_CRITERIA)).filter(
      (row) => row.record.segmentNo === together.no && row.record.type === "Action",
    );
    expect(actions).toHaveLength(2);
    for (let step = 0; step < 2; step++)
      await first.action((b) => stepHistory(b, { segmentNo: together.no, direction: "back" }));
    expect(await contactsOf(together.no)).toEqual([]);

    // Two segments logged at once by two clients: entry numbers unique and without gaps.
    await add(first, together.no, "JO");
    const before = (await first.readRows<{ entryNo: number }>(INTERACTION_LOG)).map((row) => row.record.entryNo);
    const toLog = (await contactsOf(together.no)).length + (await contactsOf(inTurn.no)).length;
    await Promise.all([
      first.action((b) => logSegment(b, ctx, { segmentNo: together.no, followUp: false })),
      second.action((b) => logSegment(b, ctx, { segmentNo: inTurn.no, followUp: false })),
    ]);
    const entryNos = (await first.readRows<{ entryNo: number }>(INTERACTION_LOG))
      .map((row) => row.record.entryNo)
      .filter((no) => !before.includes(no))
      .sort((a, b) => a - b);
    const start = Math.max(0, ...before) + 1;
    expect(entryNos).toEqual(entryNos.map((_, i) => start + i));
    expect(entryNos).toHaveLength(toLog);
  });
});
