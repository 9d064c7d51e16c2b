/**
 * Books this project did not write (test/fixtures/corpus, made by scripts/make-corpus.mjs): their contacts read as
 * the producer meant, init, add and log work on each, and every part the command has no reason to touch survives
 * byte for byte.
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { contactTableOf } from "../../../src/app/store/contactSource";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { segments } from "../../support/cli";
import { tempDir } from "../../support/workbooks";

const CORPUS = path.resolve(__dirname, "../../fixtures/corpus");

interface CorpusBook {
  readonly file: string;
  readonly contacts: number;
  /** Contacts with Exclude from Segment = TRUE. */
  readonly excluded: number;
  /** Contacts on hidden rows. */
  readonly hidden: number;
}

/** Every book holds the sample's first contacts: CT0001 Alpine Ltd (last contacted 2025-10-07), CT0002 Michael Clarke, … */
const BOOKS: readonly CorpusBook[] = [
  { file: "libreoffice-csv.xlsx", contacts: 120, excluded: 7, hidden: 0 },
  { file: "libreoffice-resave.xlsx", contacts: 300, excluded: 18, hidden: 0 },
  { file: "exceljs.xlsx", contacts: 80, excluded: 3, hidden: 1 },
  { file: "sheetjs-1904.xlsx", contacts: 60, excluded: 1, hidden: 1 },
  { file: "openpyxl.xlsx", contacts: 100, excluded: 6, hidden: 2 },
  { file: "openxml-sdk.xlsx", contacts: 50, excluded: 0, hidden: 0 },
];

/**
 * Parts a write may change: the workbook and its relationships (new sheets), the content types, the shared strings and
 * styles (new cells), the list of sheet titles in docProps/app.xml and the modified time in docProps/core.xml (Excel
 * updates both on every save). Everything else, the contact sheet first, stays as the producer wrote it.
 */
const WRITABLE_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "docProps/app.xml",
  "docProps/core.xml",
]);

let dir: string;

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function copyOf(file: string): Promise<string> {
  const target = path.join(dir, file);
  await fs.copyFile(path.join(CORPUS, file), target);
  return target;
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return new Map(
    await Promise.all(names.map(async (name) => [name, await zip.files[name].async("nodebuffer")] as const)),
  );
}

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: "" });
  return run.stdout;
}

describe.each(BOOKS)("$file", ({ file, contacts, excluded, hidden }) => {
  it(`reads ${contacts} contacts with their names, ${hidden} on hidden rows`, async () => {
    const book = await XlsxBook.open(path.join(CORPUS, file));
    const input = await book.readContactSheet({});
    const { table } = contactTableOf(input, "en");
    expect({ contacts: table.rowCount, hidden: table.hiddenRowCount }).toEqual({ contacts, hidden });
    expect(table.numbers.slice(0, 3)).toEqual(["CT0001", "CT0002", "CT0003"]);
    const headerAt = table.headerRow - (input.firstRow ?? 1);
    const nameAt = input.values[headerAt].indexOf("Name");
    // The first names include exceljs's rich text (two runs) and inline strings: all plain text.
    expect([1, 2, 3].map((i) => input.values[headerAt + i][nameAt])).toEqual([
      "Alpine Ltd",
      "Michael Clarke",
      "Thomas Hughes",
    ]);
  });

  it(`init, add and log work: Add leaves out the ${excluded} excluded contacts, dates filter as dates`, async () => {
    const book = await copyOf(file);
    await ok("init", book);
    await ok("create", book, "--description", "Corpus", "--template", "LETTER", "--salesperson", "JO");
    expect(await ok("add", book, "SEG00001", "--where", "No.=CT*")).toBe(
      `Added ${contacts - excluded} lines to SEG00001 (${excluded} excluded, 0 already in the segment).`,
    );
    await ok("create", book, "--description", "Dates");
    await ok("add", book, "SEG00002", "--where", "Last Contacted=2025-10-07");
    const lines = JSON.parse(await ok("lines", book, "SEG00002", "--json")) as { contactNo: string }[];
    expect(lines.map((line) => line.contactNo)).toContain("CT0001");
    expect(await ok("log", book, "SEG00001")).toBe("1");
    expect((await XlsxBook.open(book)).filePath).toBe(book);
  });

  it("keeps every part it has no reason to change byte for byte through init, add and log", async () => {
    const book = await copyOf(file);
    const before = await parts(book);
    await ok("init", book);
    await ok("create", book, "--description", "Corpus", "--template", "LETTER", "--salesperson", "JO");
    await ok("add", book, "SEG00001", "--where", "No.=CT000*");
    await ok("log", book, "SEG00001");
    const after = await parts(book);
    const changed = [...before]
      .filter(([name, data]) => !WRITABLE_PARTS.has(name) && !after.get(name)?.equals(data))
      .map(([name]) => name);
    expect(changed).toEqual([]);
  });
});
