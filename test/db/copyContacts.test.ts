/**
 * `segments copy` with the contacts: a workbook's contact sheet into a table the user names (created with the
 * sheet's headers as columns, typed as the add-in reads them, loaded with COPY in the copy's one transaction) and
 * back onto a contact sheet: cell by cell the same values, of the same types. Bad input is refused naming the
 * table, column and row, with nothing copied.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { keyOf } from "../../src/app/store/rows";
import { DEDICATED_SHEETS, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { isDateFormat } from "../../src/domain/contacts";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { bytes, segments } from "../support/cli";
import { tempDir, writeWorkbook } from "../support/workbooks";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();
let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A segment schema and a schema for the contact table, both dropped afterwards. */
function newTargets(): { db: string[]; schema: string; crm: string; table: string } {
  const schema = database.schema("copyc");
  const crm = database.schema("crm");
  return { db: ["--db", "postgresql://", "--schema", schema], schema, crm, table: `${crm}.contacts` };
}

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  if (run.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

const HEADERS = [
  "No.",
  "Namn",
  "Type",
  "Företagsnr",
  "E-Mail",
  "Exclude from Segment",
  "Branschgrupper",
  "Mailing Groups",
  "Employees",
  "Created",
  "Last Call",
  "Active",
  "Notes",
];

/** Every kind of cell: text (spaces, tabs, quotes, backslashes, a formula's look), numbers, dates, times, booleans, lists. */
const ROWS: unknown[][] = [
  [
    "CT01",
    "Cronus AB",
    "Company",
    "",
    "info@cronus.se",
    false,
    "RETAIL; WHOLESALE",
    "NEWS",
    150,
    45292,
    45678.5,
    true,
    "",
  ],
  [
    "CT02",
    "  Åsa Öberg  ",
    "Person",
    "CT01",
    "asa@cronus.se",
    true,
    "",
    "NEWS;XMAS",
    0.30000000000000004,
    45293,
    45679.25,
    false,
    'say "hi"\tthen\\leave',
  ],
  ["CT03", "=1+1", "Person", "CT01", "", "", "WHOLESALE", "", -5, "", "", "", "line one\nline two"],
  ["CT04", "Fabrikam", "Company", "", "", false, "RETAIL,SERVICE", "", 1e21, 36526, 45680.75, true, "Ünïcødé ✓"],
];

async function contactBook(rows: unknown[][] = ROWS, headers: string[] = HEADERS): Promise<string> {
  const file = await writeWorkbook(path.join(dir, "book.xlsx"), [
    { name: "Contacts", values: [headers, ...rows], formats: { 10: "yyyy-mm-dd", 11: "yyyy-mm-dd hh:mm" } },
  ]);
  await ok("init", file);
  await ok("create", file, "--description", "Spring", "--workdate", "2025-03-01", "--user", "MARKETER");
  await ok("add", file, "SEG00001", "--where", "Branschgrupper=RETAIL", "--workdate", "2025-03-01");
  return file;
}

/** The contact sheet as the add-in reads it: every cell's value and type, and which columns hold dates. */
async function contactCells(file: string): Promise<{ values: unknown[][]; dateColumns: boolean[] }> {
  const input = await (await XlsxBook.open(file)).readContactSheet({});
  return {
    values: input.values.map((row) => HEADERS.map((_, i) => row[i] ?? "")),
    dateColumns: HEADERS.map((_, i) => isDateFormat(input.numberFormats?.[i])),
  };
}

async function records(file: string): Promise<Record<string, unknown>> {
  const opened = await XlsxBook.open(file);
  const out: Record<string, unknown> = {};
  for (const spec of DEDICATED_SHEETS) {
    const rows = (await opened.readRows(spec)).map((row) => row.record as object);
    out[spec.sheetName] = rows.sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : 1));
  }
  return out;
}

async function columnTypes(crm: string): Promise<Record<string, string>> {
  const found = await database.client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'contacts'`,
    [crm],
  );
  return Object.fromEntries(found.rows.map((row) => [row.name, row.type]));
}

describe("segments copy with the contacts", () => {
  it("round trip: the contact sheet into a new table and back gives every cell's value and type back", async () => {
    const book = await contactBook();
    const { db, crm, table } = newTargets();
    const toDb = await segments("copy", book, ...db, "--contacts", table, "--json");
    expect(toDb).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(toDb.stdout).contacts).toMatchObject({ rows: 4, created: true, replaced: 0 });

    // Created with the sheet's headers as columns, typed as the add-in reads them; lists stay text as written.
    expect(await columnTypes(crm)).toEqual({
      "No.": "text",
      Namn: "text",
      Type: "text",
      Företagsnr: "text",
      "E-Mail": "text",
      "Exclude from Segment": "boolean",
      Branschgrupper: "text",
      "Mailing Groups": "text",
      Employees: "double precision",
      Created: "date",
      "Last Call": "timestamp without time zone",
      Active: "boolean",
      Notes: "text",
    });
    // The schema's commands read the copied contacts without --contacts: the same step gives the same lines.
    await ok("create", "--description", "Again", ...db);
    await ok("add", "SEG00002", "--where", "Branschgrupper=RETAIL", ...db);
    const contactsOf = async (...argv: string[]) =>
      (JSON.parse(await ok("lines", ...argv, "--json")) as { contactNo: string }[]).map((l) => l.contactNo).sort();
    expect(await contactsOf("SEG00002", ...db)).toEqual(await contactsOf(book, "SEG00001"));
    expect(await contactsOf("SEG00002", ...db)).toEqual(["CT01", "CT03", "CT04"]);

    const out = path.join(dir, "copy.xlsx");
    const back = await segments("copy", ...db, out, "--with-contacts");
    expect(back).toMatchObject({ code: 0, stderr: "" });
    expect(back.stdout).toContain("Contacts: 4 from");

    const [original, copied] = [await contactCells(book), await contactCells(out)];
    for (let r = 0; r < original.values.length; r++)
      for (let c = 0; c < HEADERS.length; c++)
        expect({ row: r + 1, column: HEADERS[c], value: copied.values[r]?.[c] }).toEqual({
          row: r + 1,
          column: HEADERS[c],
          value: original.values[r][c],
        });
    expect(copied.values.length).toBe(original.values.length);
    expect(copied.dateColumns).toEqual(original.dateColumns);
    // The segment data came back too, and the book's commands read the contacts it got.
    const before = await records(book);
    expect((await records(out))[SEGMENTS.sheetName]).toEqual(
      expect.arrayContaining(before[SEGMENTS.sheetName] as object[]),
    );
    await ok("add", out, "SEG00001", "--where", "Employees=>100", "--workdate", "2025-03-01");
  });

  it("gives a cell in another form than its column's back in the column's type", async () => {
    const rows = ROWS.map((row) => [...row]);
    rows[0][8] = "150"; // a number written as text in a number column
    rows[1][11] = "Ja"; // a Swedish Yes in a boolean column
    const book = await contactBook(rows);
    const { db, table } = newTargets();
    await ok("copy", book, ...db, "--contacts", table);
    const out = path.join(dir, "copy.xlsx");
    await ok("copy", ...db, out, "--with-contacts");
    const { values } = await contactCells(out);
    expect(values[1][8]).toBe(150);
    expect(values[2][11]).toBe(true);
  });

  it("refuses a table that holds rows unless --force, naming it, and nothing is copied", async () => {
    const book = await contactBook();
    const { db, schema, table, crm } = newTargets();
    await database.client.query(`CREATE SCHEMA ${quoteIdent(crm)}`);
    await database.client.query(
      `CREATE TABLE ${qualified(crm, "contacts")} ("No." text NOT NULL, "Namn" text, "Type" text, "Företagsnr" text, "E-Mail" text,
       "Exclude from Segment" boolean, "Branschgrupper" text[], "Mailing Groups" text, "Employees" numeric, "Created" date,
       "Last Call" timestamp, "Active" boolean, "Notes" text, "Kept" text)`,
    );
    await database.client.query(`INSERT INTO ${qualified(crm, "contacts")} ("No.") VALUES ('OLD1')`);
    const refused = await segments("copy", book, ...db, "--contacts", table);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${table} already holds 1 row`);
    expect(refused.stderr).toContain("--force");
    // One transaction: the segment data did not go in either.
    expect(
      (await database.client.query(`SELECT count(*)::int AS n FROM ${qualified(schema, SEGMENTS.tableName)}`)).rows,
    ).toEqual([{ n: 0 }]);

    const forced = await segments("copy", book, ...db, "--contacts", table, "--force");
    expect(forced).toMatchObject({ code: 0, stderr: "" });
    expect(forced.stdout).toContain("replacing 1 rows");
    const loaded = await database.client.query(
      `SELECT "No.", "Branschgrupper", "Employees"::text AS e FROM ${qualified(crm, "contacts")} ORDER BY 1`,
    );
    // A text[] column takes each list's values, split as the add-in splits them.
    expect(loaded.rows).toEqual([
      { "No.": "CT01", Branschgrupper: ["RETAIL", "WHOLESALE"], e: "150" },
      { "No.": "CT02", Branschgrupper: [], e: "0.30000000000000004" },
      { "No.": "CT03", Branschgrupper: ["WHOLESALE"], e: "-5" },
      { "No.": "CT04", Branschgrupper: ["RETAIL", "SERVICE"], e: "1000000000000000000000" },
    ]);
  });

  it("names the cell, the column or the row the database cannot take, and copies nothing", async () => {
    const { db, schema, crm, table } = newTargets();
    // Ten more contacts with numbers: one "n/a" among twelve leaves Employees a number column, the cell a stray.
    const more = Array.from({ length: 8 }, (_, i) => [`CT${i + 10}`, `P${i}`, "Person", "", "", false, "", "", i]);
    const rows = [...ROWS.map((row) => [...row]), ...more];
    rows[2][8] = "n/a";
    const stray = await segments("copy", await contactBook(rows), ...db, "--contacts", table);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toContain(
      'Contacts row 4, column I ("Employees"): "n/a" cannot be read as the column\'s number',
    );
    expect((await database.client.query("SELECT to_regclass($1) AS t", [`${crm}.contacts`])).rows).toEqual([
      { t: null },
    ]);
    expect((await database.client.query("SELECT to_regclass($1) AS t", [`${schema}.Segments`])).rows).toEqual([
      { t: null },
    ]);

    const book = await contactBook();
    await database.client.query(`CREATE SCHEMA ${quoteIdent(crm)}`);
    await database.client.query(`CREATE TABLE ${qualified(crm, "contacts")} ("No." text, "Namn" text)`);
    const missing = await segments("copy", book, ...db, "--contacts", table);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${table} has no column "Type" for Contacts column C ("Type")`);

    await database.client.query(`DROP TABLE ${qualified(crm, "contacts")}`);
    // Every column fits but Employees, a date column here.
    const types: Record<string, string> = {
      "Exclude from Segment": "boolean",
      Active: "boolean",
      Created: "date",
      "Last Call": "timestamp",
      Employees: "date",
    };
    await database.client.query(
      `CREATE TABLE ${qualified(crm, "contacts")} (${HEADERS.map((h) => `${quoteIdent(h)} ${types[h] ?? "text"}`).join(", ")})`,
    );
    const wrongType = await segments("copy", book, ...db, "--contacts", table);
    expect(wrongType.stderr).toContain(`${table}."Employees" is date, but Contacts column I`);

    await database.client.query(`ALTER TABLE ${qualified(crm, "contacts")} ALTER "Employees" TYPE real USING NULL`);
    await database.client.query(`ALTER TABLE ${qualified(crm, "contacts")} ALTER "E-Mail" SET NOT NULL`);
    const refusedRow = await segments("copy", book, ...db, "--contacts", table);
    expect(refusedRow.code).toBe(1);
    expect(refusedRow.stderr).toMatch(
      new RegExp(`Loading the contacts into .* failed at Contacts row 4, column E \\("E-Mail"\\): .*null value`),
    );
    expect((await database.client.query(`SELECT count(*)::int AS n FROM ${qualified(crm, "contacts")}`)).rows).toEqual([
      { n: 0 },
    ]);

    const badName = await segments("copy", book, ...db, "--contacts", "a.b.c");
    expect(badName.stderr).toContain('--contacts "a.b.c" is not a table name');
    const noTable = await segments("copy", book, ...db, "--with-contacts");
    expect(noTable).toMatchObject({ code: 2 });
    expect(noTable.stderr).toContain("--contacts schema.table");
  });

  it("writes a contact sheet only into a workbook without contacts", async () => {
    const book = await contactBook();
    const { db, table } = newTargets();
    await ok("copy", book, ...db, "--contacts", table);
    const before = await bytes(book);
    const refused = await segments("copy", ...db, book, "--with-contacts", "--force");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${book} already has contacts (sheet "Contacts")`);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});
