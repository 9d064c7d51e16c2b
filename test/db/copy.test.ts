/**
 * `segments copy` between a workbook and PostgreSQL: a round trip through a throwaway schema gives back every
 * dedicated sheet's records, and Go Back / Go Forward still work on the copied book; a taken target is refused
 * unless --force; a failure inside the database leaves the schema as it was.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { keyOf } from "../../src/app/store/rows";
import { DEDICATED_SHEETS, SEGMENT_HISTORY, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { qualified } from "../../src/db/sqlNames";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { bytes, segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { editBook, setCell, sheetNames, sheetValues, tempDir } from "../support/workbooks";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();
let dir: string;
let book: string;
beforeEach(async () => {
  dir = await tempDir();
  book = await ex10Workbook(dir);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function newSchema(): string[] {
  const schema = database.schema("copy");
  return ["--db", "postgresql://", "--schema", schema];
}

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  if (run.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

/** Every dedicated sheet's records, in key order, and the segment counter. */
async function records(file: string): Promise<Record<string, unknown>> {
  const opened = await XlsxBook.open(file);
  const out: Record<string, unknown> = { lastSegmentNo: (await opened.readState()).lastSegmentNo };
  for (const spec of DEDICATED_SHEETS) {
    const rows = await opened.readRows(spec);
    const sorted = rows.map((row) => row.record as object).sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : 1));
    out[spec.sheetName] = sorted;
  }
  return out;
}

/** Segments in several states: logged (with a canceled entry and a canceled logged segment), with history to go back and forward over, empty, deleted; saved criteria; a user's own column. */
async function richBook(): Promise<void> {
  const common = ["--workdate", "2025-03-05", "--user", "MARKETER"];
  expect(await ok("log", book, "SEG00001", ...common)).toBe("8");
  await ok("cancel", book, "--entry", "122");
  await ok("create", book, "--description", "Summer", "--template", "PHONE", ...common); // SEG00002
  await ok("add", book, "SEG00002", "--where", "No.=CT01|CT02", ...common);
  await ok("log", book, "SEG00002", ...common);
  await ok("cancel", book, "--logged", "9");
  await ok("create", book, "--description", "Autumn", "--template", "EMAIL", ...common); // SEG00003
  await ok("add", book, "SEG00003", "--where", "No.=CT01|CT02", ...common);
  await ok("add", book, "SEG00003", "--where", "No.=CT09", ...common);
  await ok("add", book, "SEG00003", "--where", "No.=CT03", ...common);
  await ok("back", book, "SEG00003");
  await ok("save-criteria", book, "SEG00003", "--code", "AUTUMN", "--description", "Autumn's people");
  await ok("create", book, "--description", "Empty", ...common); // SEG00004
  await ok("create", book, "--description", "Gone", ...common); // SEG00005
  await ok("delete", book, "SEG00005");
}

describe("segments copy", () => {
  it("round trip: a book to a new schema and back into a new book gives every sheet's records back", async () => {
    await richBook();
    const db = newSchema();
    const before = await records(book);
    expect(before["Logged Segments"]).toEqual(
      expect.arrayContaining([expect.objectContaining({ entryNo: 9, canceled: true })]),
    );
    expect(before["Interaction Log"]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entryNo: 122, canceled: true }),
        expect.objectContaining({ entryNo: 121, canceled: false }),
      ]),
    );
    expect(before["Saved Criteria"]).not.toEqual([]);
    expect((before.Segments as { no: string }[]).map((s) => s.no)).toEqual(["SEG00003", "SEG00004"]);
    expect((before[SEGMENT_HISTORY.sheetName] as unknown[]).length).toBeGreaterThan(0);

    const toDb = await segments("copy", book, ...db, "--json");
    expect(toDb).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(toDb.stdout)).toMatchObject({ lastSegmentNo: 5, replaced: 0 });

    const out = path.join(dir, "copy.xlsx");
    const back = await segments("copy", ...db, out);
    expect(back).toMatchObject({ code: 0, stderr: "" });
    expect(back.stdout).toMatch(/^Copied \d+ rows from schema/);
    expect(await records(out)).toEqual(before);
    expect(await sheetNames(out)).toEqual(expect.arrayContaining(DEDICATED_SHEETS.map((spec) => spec.sheetName)));

    // Go Back and Go Forward work on the copy exactly as on the original.
    for (const file of [book, out]) {
      await ok("back", file, "SEG00003");
      await ok("forward", file, "SEG00003");
      await ok("forward", file, "SEG00003");
    }
    const [afterOriginal, afterCopy] = [await records(book), await records(out)];
    expect(afterCopy).toEqual(afterOriginal);
    // The next segment number continues after the deleted SEG00005 in both.
    expect(JSON.parse(await ok("create", out, "--description", "Next", "--json")).no).toBe("SEG00006");
  });

  it("warns that the user's own columns stay behind in the database", async () => {
    await editBook(book, (workbook) => {
      const sheet = workbook.getWorksheet("Segment Lines")!;
      setCell(sheet, 1, 30, "Note");
      setCell(sheet, 2, 30, "call first");
    });
    const db = newSchema();
    const run = await segments("copy", book, ...db);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("the cells of your own columns were not copied (Segment Lines: 1 rows)");
  });

  it("refuses a schema or a book that holds segment data, unchanged, unless --force replaces it", async () => {
    const db = newSchema();
    await ok("copy", book, ...db);
    const segmentsTable = qualified(db[3], SEGMENTS.tableName);
    await database.client.query(`UPDATE ${segmentsTable} SET "Description" = 'changed in the database'`);

    const again = await segments("copy", book, ...db);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds segment data: Segments \(1 row\), Segment Lines \(3 rows\).*--force/);
    expect((await database.client.query(`SELECT "Description" FROM ${segmentsTable}`)).rows).toEqual([
      { Description: "changed in the database" },
    ]);

    // Back into the book it came from: refused, the file's bytes untouched.
    const original = await bytes(book);
    const refused = await segments("copy", ...db, book);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${book} already holds segment data`);
    expect((await bytes(book)).equals(original)).toBe(true);

    // --force: the book's dedicated sheets take the database's rows; its contacts stay.
    const contactsBefore = await sheetValues(book, "Contacts");
    const forced = await segments("copy", ...db, book, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/replaced \d+ rows the target held/);
    expect((await records(book)).Segments).toMatchObject([{ no: "SEG00001", description: "changed in the database" }]);
    expect(await sheetValues(book, "Contacts")).toEqual(contactsBefore);

    // And --force into the database likewise.
    await ok("set", book, "SEG00001", "--description", "from the book", "--update-lines", "no");
    expect((await segments("copy", book, ...db, "--force")).code).toBe(0);
    expect((await database.client.query(`SELECT "Description" FROM ${segmentsTable}`)).rows).toEqual([
      { Description: "from the book" },
    ]);
  });

  it("copies into a book with contacts but no dedicated sheets, leaving its other sheets as they were", async () => {
    const db = newSchema();
    await ok("copy", book, ...db);
    const other = path.join(dir, "other.xlsx");
    await fs.copyFile(book, other);
    const fresh = path.join(dir, "fresh.xlsx");
    // A book with contacts only: the Ex 10 contacts sheet, written by exceljs.
    await editBook(other, (workbook) => {
      for (const spec of DEDICATED_SHEETS) {
        const sheet = workbook.getWorksheet(spec.sheetName);
        if (sheet) workbook.removeWorksheet(sheet.id);
      }
    });
    await fs.rename(other, fresh);
    const contacts = await sheetValues(fresh, "Contacts");
    expect((await segments("copy", ...db, fresh)).code).toBe(0);
    expect(await sheetValues(fresh, "Contacts")).toEqual(contacts);
    const copied = await records(fresh);
    expect(copied.Segments).toEqual((await records(book)).Segments);
  });

  it("leaves the schema as it was when the database fails mid-copy (one transaction)", async () => {
    const db = newSchema();
    const schema = db[3];
    expect((await segments("init", ...db)).code).toBe(0);
    // The last table the copy writes refuses every row.
    await database.client.query(
      `CREATE FUNCTION ${qualified(schema, "refuse")}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    );
    await database.client.query(
      `CREATE TRIGGER refuse BEFORE INSERT ON ${qualified(schema, SEGMENT_HISTORY.tableName)} FOR EACH ROW EXECUTE FUNCTION ${qualified(schema, "refuse")}()`,
    );
    const run = await segments("copy", book, ...db);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("refused by the test");
    for (const spec of DEDICATED_SHEETS.filter((s) => s.sheetName !== "Interaction Templates")) {
      expect(
        (await database.client.query(`SELECT count(*)::int AS n FROM ${qualified(schema, spec.tableName)}`)).rows,
      ).toEqual([{ n: 0 }]);
    }
  });

  it("refuses a schema with no dedicated tables, and never prints the password", async () => {
    const db = newSchema();
    const out = path.join(dir, "none.xlsx");
    const run = await segments("copy", ...db, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("holds no dedicated sheets or tables: nothing to copy");
    await expect(fs.access(out)).rejects.toThrow();

    const wrong = await segments(
      "copy",
      book,
      "--db",
      `postgresql://nobody:Hunter2-secret@127.0.0.1:${process.env.PGPORT}/postgres`,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).not.toContain("Hunter2");
  });
});
