/**
 * 100,000 contacts in a book written Open XML SDK style (x: prefixes, inline strings) and in the same book re-saved by
 * LibreOffice (`soffice --headless --convert-to xlsx`) both go through init, create, add, export and log with the
 * counts the generated data says they must have. The expected count comes from the data we wrote, not from the
 * command: every 7th contact lives in a city no generated contact has, every 10th of those is excluded from segments,
 * and each has its own e-mail, so the mailing list drops nobody else.
 */
import { execFile, execFileSync } from "child_process";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { promisify } from "util";
import { segments } from "../support/cli";
import { parseCsv } from "../support/csv";
import { type CellValue, contactColumn, contactNumberFormats, generateContacts } from "../support/generateContacts";
import { writeOpenXmlSdkBook } from "../support/openXmlSdkBook";
import { tempDir } from "../support/workbooks";

const CONTACTS = 100_000;
const CITY = "Testby";

function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** The generated contacts with the controlled rows marked, and the contact numbers the add must pick. */
function controlledContacts(): { rows: CellValue[][]; expected: string[] } {
  const rows = generateContacts({ rows: CONTACTS, seed: 12 });
  const [no, city, email, exclude] = (["No.", "City", "E-Mail", "Exclude from Segment"] as const).map(contactColumn);
  const expected: string[] = [];
  let marked = 0;
  for (let r = 1; r < rows.length; r++) {
    if (rows[r][city] === CITY) throw new Error(`The generator now makes ${CITY}; pick another city.`);
    if (r % 7 !== 0) continue;
    const excluded = marked++ % 10 === 9;
    rows[r][city] = CITY;
    rows[r][email] = `contact${r}@testby.example`;
    rows[r][exclude] = excluded;
    if (!excluded) expected.push(String(rows[r][no]));
  }
  return { rows, expected };
}

const dateColumns = new Set(contactNumberFormats().flatMap((format, i) => (format && /y/.test(format) ? [i] : [])));

let dir: string;
let expected: string[];
/** The generated book as written, before any command touched it. */
let pristine: string;

beforeAll(async () => {
  dir = await tempDir();
  const contacts = controlledContacts();
  expected = contacts.expected;
  pristine = path.join(dir, "source", "contacts.xlsx");
  await fs.mkdir(path.dirname(pristine));
  await writeOpenXmlSdkBook(pristine, contacts.rows, dateColumns);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: "" });
  return run.stdout;
}

/** init, create, add, export --file and log on `book`, checking each count against the generated data. */
async function runThrough(book: string): Promise<void> {
  await ok("init", book);
  await ok("create", book, "--description", "Big book", "--template", "LETTER", "--salesperson", "JO");
  await ok("add", book, "SEG00001", "--where", `City=${CITY}`);
  const lines = JSON.parse(await ok("lines", book, "SEG00001", "--json")) as { contactNo: string }[];
  expect(lines.length).toBe(expected.length);
  expect(lines.map((line) => line.contactNo).sort()).toEqual([...expected].sort());

  const csv = path.join(path.dirname(book), "list.csv");
  await ok("export", book, "SEG00001", "--file", csv);
  const table = parseCsv((await fs.readFile(csv, "utf8")).replace(/^\uFEFF/, "").replace(/\r?\n/g, "\r\n"));
  const exported = table.slice(1).filter((row) => row.some((cell) => cell !== ""));
  expect(exported.length).toBe(expected.length);
  expect(exported.map((row) => row[table[0].indexOf("No.")]).sort()).toEqual([...expected].sort());

  await ok("log", book, "SEG00001");
  const entries = JSON.parse(await ok("entries", book, "--segment", "SEG00001", "--json")) as unknown[];
  expect(entries.length).toBe(expected.length);
}

describe(`a book of ${CONTACTS.toLocaleString("en")} contacts`, () => {
  it("in Open XML SDK style goes through init, add, export and log with the right counts", async () => {
    expect(expected.length).toBeGreaterThan(12_000);
    const book = path.join(dir, "sdk", "contacts.xlsx");
    await fs.mkdir(path.dirname(book));
    await fs.copyFile(pristine, book);
    await runThrough(book);
  });

  it("re-saved by LibreOffice goes through init, add, export and log with the right counts", async () => {
    if (!hasLibreOffice()) {
      console.warn("LibreOffice (soffice) is not installed: the 100,000-contact LibreOffice book is not tested.");
      return;
    }
    const out = path.join(dir, "libreoffice");
    await promisify(execFile)(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", out, pristine],
      { timeout: 240_000 },
    );
    const book = path.join(out, "contacts.xlsx");
    // The book is LibreOffice's own now: its name in the document properties, its text in shared strings.
    const zip = await JSZip.loadAsync(await fs.readFile(book));
    expect(await zip.file("docProps/app.xml")!.async("string")).toMatch(/LibreOffice/);
    expect(zip.file("xl/sharedStrings.xml")).not.toBeNull();
    await runThrough(book);
  });
});
