/**
 * LibreOffice opens every book the command wrote: each corpus book after init, create, add and log is converted to
 * CSV by `soffice --headless`, one file per sheet, and the sheets read as the command meant them.
 */
import { execFile, execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { segments } from "../support/cli";
import { parseCsv } from "../support/csv";
import { tempDir } from "../support/workbooks";

const CORPUS = path.resolve(__dirname, "../fixtures/corpus");
const BOOKS = [
  "libreoffice-csv.xlsx",
  "libreoffice-resave.xlsx",
  "exceljs.xlsx",
  "sheetjs-1904.xlsx",
  "openpyxl.xlsx",
  "openxml-sdk.xlsx",
];

let dir: string;

beforeAll(() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
  } catch {
    throw new Error("These tests need LibreOffice on PATH (soffice): apt-get install libreoffice-calc-nogui.");
  }
});

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: "" });
  return run.stdout;
}

/** Every sheet of `book` as CSV rows, by sheet name, as LibreOffice reads the book. */
async function sheetsByLibreOffice(book: string): Promise<Map<string, string[][]>> {
  const out = path.join(dir, "csv");
  await fs.mkdir(out);
  // Tokens: comma, quote, UTF-8, from line 1, …, sheet -1 = every sheet to its own file <name>-<Sheet>.csv.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  await promisify(execFile)(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", filter, "--outdir", out, book],
    { timeout: 240_000 },
  );
  const base = path.basename(book, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const name of await fs.readdir(out)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    // LibreOffice ends lines with LF on Linux; the reader wants RFC 4180's CRLF (no cell here holds a line break).
    const text = (await fs.readFile(path.join(out, name), "utf8")).replace(/\r?\n/g, "\r\n");
    sheets.set(name.slice(base.length + 1, -4), parseCsv(text));
  }
  return sheets;
}

const column = (rows: string[][], title: string) => rows.slice(1).map((row) => row[rows[0].indexOf(title)]);

describe.each(BOOKS)("%s after init, add and log", (file) => {
  it("opens in LibreOffice with the dedicated sheets as the command wrote them", async () => {
    const book = path.join(dir, file);
    await fs.copyFile(path.join(CORPUS, file), book);
    await ok("init", book);
    await ok("create", book, "--description", "Interop", "--template", "LETTER", "--salesperson", "JO");
    await ok("add", book, "SEG00001", "--where", "No.=CT000*");
    await ok("create", book, "--description", "Kept");
    await ok("add", book, "SEG00002", "--where", "No.=CT0001|CT0002");
    const lines = JSON.parse(await ok("lines", book, "SEG00001", "--json")) as { contactNo: string }[];
    await ok("log", book, "SEG00001");

    const sheets = await sheetsByLibreOffice(book);
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining(["Segments", "Segment Lines", "Interaction Log", "Logged Segments"]),
    );
    expect(column(sheets.get("Segments")!, "No.")).toEqual(["SEG00002"]);
    expect(column(sheets.get("Segment Lines")!, "Contact No.")).toEqual(["CT0001", "CT0002"]);
    expect(column(sheets.get("Interaction Log")!, "Contact No.")).toEqual(lines.map((line) => line.contactNo));
    expect(column(sheets.get("Interaction Log")!, "Canceled")).toEqual(lines.map(() => "FALSE"));
    expect(column(sheets.get("Logged Segments")!, "Segment No.")).toEqual(["SEG00001"]);
    // The contact sheet is still the producer's: same first contacts.
    const contactSheet = [...sheets.entries()].find(([name]) => name.toLowerCase() === "contacts")![1];
    expect(contactSheet.flat()).toEqual(expect.arrayContaining(["CT0001", "Alpine Ltd"]));
  });
});
