/** `segments apply-mailing-group` and `segments export` on .xlsx books (docs/business-rules.md §9 and Ex 15, docs/decisions.md §D10). */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { bytes, segments } from "../support/cli";
import { bcBaseValues } from "../support/bcBaseData";
import { parseCsv, shownAsText } from "../support/csv";
import { SMALL_CONTACTS } from "../support/smallContacts";
import {
  addForeignParts,
  addTable,
  editBook,
  partList,
  setCell,
  sheetNames,
  sheetValues,
  tempDir,
  writeWorkbook,
} from "../support/workbooks";

let dir: string;

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A book of the base data (docs/business-rules.md §11.0) with SEG00001 holding CT01, CT02 and CT09, as Ex 15 has it. */
async function ex15Book(values: unknown[][] = bcBaseValues()): Promise<string> {
  const book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values }]);
  expect((await segments("create", book, "--description", "Christmas")).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "No.=CT01|CT02|CT09")).code).toBe(0);
  return book;
}

/** No. → Mailing Groups cell, from the contact sheet as saved. */
async function mailingGroups(book: string): Promise<Record<string, unknown>> {
  const [header, ...rows] = await sheetValues(book, "Contacts");
  const column = header.indexOf("Mailing Groups");
  return Object.fromEntries(rows.map((row) => [row[0], row[column] ?? ""]));
}

const withGroup = (groups: Record<string, unknown>, code: string) =>
  Object.keys(groups).filter((no) =>
    String(groups[no])
      .split(/[;,]\s*/)
      .includes(code),
  );

describe("apply-mailing-group: docs/business-rules.md §11 Ex 15", () => {
  it("Delete Old Assignments = No, then Yes: XMAS on CT04, CT01, CT02, CT09; then CT04 loses it", async () => {
    const book = await ex15Book();
    const first = await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS");
    expect(first).toMatchObject({
      code: 0,
      stdout:
        "Mailing Group XMAS is now applied to Segment SEG00001: changed 3 contacts (3 given it, 0 already had it).",
    });
    expect(withGroup(await mailingGroups(book), "XMAS")).toEqual(["CT01", "CT02", "CT04", "CT09"]);
    expect(await mailingGroups(book)).toMatchObject({ CT02: "NEWS; XMAS", CT09: "NEWS; XMAS", CT06: "NEWS" });

    const second = await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS", "--delete-old", "--json");
    expect(JSON.parse(second.stdout)).toMatchObject({ contactsChanged: 1, added: 0, removed: 1, alreadyAssigned: 3 });
    expect(withGroup(await mailingGroups(book), "XMAS")).toEqual(["CT01", "CT02", "CT09"]);
  });

  it("Delete Old Assignments = Yes on the base data: CT04 loses XMAS; XMAS on CT01, CT02, CT09", async () => {
    const book = await ex15Book();
    const run = await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS", "--delete-old");
    expect(run.stdout).toBe(
      "Mailing Group XMAS is now applied to Segment SEG00001: changed 4 contacts (3 given it, 1 outside the segment losing it, 0 already had it).",
    );
    expect(withGroup(await mailingGroups(book), "XMAS")).toEqual(["CT01", "CT02", "CT09"]);
  });

  it.each([["XMAS|NEWS"], [""], ["NEWS,XMAS"]])(
    "--group %j: Specify a Mailing Group Code. (exit 1, book byte for byte)",
    async (group) => {
      const book = await ex15Book();
      const before = await bytes(book);
      const run = await segments("apply-mailing-group", book, "SEG00001", "--group", group);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^Specify a Mailing Group Code\./);
      expect((await bytes(book)).equals(before)).toBe(true);
    },
  );

  it("changes only the Mailing Groups cells of the contact sheet, and nothing else of the book", async () => {
    const book = await ex15Book();
    const sheets = await sheetNames(book);
    const others = await Promise.all(sheets.filter((s) => s !== "Contacts").map((s) => sheetValues(book, s)));
    const contacts = await sheetValues(book, "Contacts");
    await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS", "--delete-old");
    expect(await Promise.all(sheets.filter((s) => s !== "Contacts").map((s) => sheetValues(book, s)))).toEqual(others);
    const after = await sheetValues(book, "Contacts");
    const changed: string[] = [];
    after.forEach((row, r) =>
      row.forEach((cell, c) => cell !== contacts[r][c] && changed.push(`${row[0]}:${contacts[0][c]}`)),
    );
    expect(changed).toEqual([
      "CT01:Mailing Groups",
      "CT02:Mailing Groups",
      "CT04:Mailing Groups",
      "CT09:Mailing Groups",
    ]);
  });

  it("--preview counts and leaves the book byte for byte; nothing to change writes nothing either", async () => {
    const book = await ex15Book();
    const before = await bytes(book);
    const preview = await segments(
      "apply-mailing-group",
      book,
      "SEG00001",
      "--group",
      "XMAS",
      "--delete-old",
      "--preview",
    );
    expect(preview).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/would change 4 contacts.*Nothing written\.$/),
    });
    expect((await bytes(book)).equals(before)).toBe(true);
    await segments("apply-mailing-group", book, "SEG00001", "--group", "NEWS");
    const applied = await bytes(book);
    const again = await segments("apply-mailing-group", book, "SEG00001", "--group", "news");
    expect(again.stdout).toMatch(/changed 0 contacts \(0 given it, 3 already had it\)/);
    expect((await bytes(book)).equals(applied)).toBe(true);
  });

  it("keeps the package's parts (the add-in's web extension, charts, drawings)", async () => {
    const book = await ex15Book();
    const foreign = await addForeignParts(book);
    const before = await partList(book);
    expect((await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS")).code).toBe(0);
    const after = await partList(book);
    for (const part of foreign) expect(after).toContain(part);
    expect(before.filter((part) => !after.includes(part))).toEqual([]);
  });

  it("adds the Mailing Groups column at the right end of the header, as text, when the sheet has none", async () => {
    const book = await writeWorkbook(path.join(dir, "book.xlsx"), [
      { name: "Contacts", values: SMALL_CONTACTS.map((row) => row.filter((_, i) => i !== 10)) },
    ]);
    await segments("create", book, "--description", "Everyone");
    await segments("add", book, "SEG00001", "--where", "No.=K6|K7");
    const run = await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS");
    expect(run.stdout).toMatch(
      /changed 2 contacts .*The contact sheet gets a Mailing Groups column at the right end\./,
    );
    const values = await sheetValues(book, "Contacts");
    expect(values[2]).toEqual([
      "No.",
      "Type",
      "Name",
      "Company No.",
      "Company Name",
      "Salesperson Code",
      "Correspondence Type",
      "E-Mail",
      "Exclude from Segment",
      "Industry Groups",
      "Employees",
      "Mailing Groups",
    ]);
    expect(values.slice(3).map((row) => [row[0], row[11]])).toEqual([
      ["K1", ""],
      ["K2", ""],
      ["K3", ""],
      ["K4", ""],
      ["K5", ""],
      ["K6", "XMAS"],
      ["K7", "XMAS"],
    ]);
    // The names that look like formulas were not rewritten, and nothing became a formula.
    const zip = await JSZip.loadAsync(await bytes(book));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<f>/);
    expect(values[8][2]).toBe("=1+1 Åsa Ölund");
    // The column is now the Mailing Groups field: applying again changes nothing.
    expect((await segments("apply-mailing-group", book, "SEG00001", "--group", "xmas")).stdout).toMatch(
      /changed 0 contacts/,
    );
  });

  it("widens an Excel table holding the contacts by the new column", async () => {
    const values = bcBaseValues().map((row) => row.filter((_, i) => i !== 12));
    const book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values }]);
    await addTable(book, 1, "People", "A1:M12", values[0] as string[]);
    await segments("create", book, "--description", "Christmas", "--contacts", "People");
    await segments("add", book, "SEG00001", "--where", "No.=CT01|CT02|CT09", "--contacts", "People");
    const foreign = await addForeignParts(book);
    expect(
      (await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS", "--contacts", "People")).code,
    ).toBe(0);
    const zip = await JSZip.loadAsync(await bytes(book));
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(table).toMatch(/<table\b[^>]*ref="A1:N12"/);
    expect(table).toMatch(/<autoFilter ref="A1:N12"\/>/);
    expect(table).toMatch(/<tableColumns count="14">.*<tableColumn id="14" name="Mailing Groups"\/><\/tableColumns>/);
    expect(await partList(book)).toEqual(expect.arrayContaining(foreign));
    const again = await segments(
      "apply-mailing-group",
      book,
      "SEG00001",
      "--group",
      "XMAS",
      "--delete-old",
      "--contacts",
      "People",
      "--json",
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ contactsChanged: 0, alreadyAssigned: 3, columnAdded: false });
  });

  it("refuses to add the column over a cell that is not empty (exit 1, book byte for byte)", async () => {
    const values = bcBaseValues().map((row) => row.filter((_, i) => i !== 12));
    const book = await writeWorkbook(path.join(dir, "book.xlsx"), [
      { name: "Contacts", values: [...values, [], ["", "", "", "", "", "", "", "", "", "", "", "", "", "note"]] },
    ]);
    await addTable(book, 1, "People", "A1:M12", values[0] as string[]);
    await segments("create", book, "--description", "Christmas", "--contacts", "People");
    await segments("add", book, "SEG00001", "--where", "No.=CT01", "--contacts", "People");
    // A note right of the table on a contact row.
    await editBook(book, (workbook) => setCell(workbook.getWorksheet("Contacts")!, 2, 14, "call back"));
    const before = await bytes(book);
    const run = await segments("apply-mailing-group", book, "SEG00001", "--group", "XMAS", "--contacts", "People");
    expect(run).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Cannot add the Mailing Groups column to Contacts: cell N2 is not empty/),
    });
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("usage and unknown segments", async () => {
    const book = await ex15Book();
    const before = await bytes(book);
    expect((await segments("apply-mailing-group", book, "SEG00001")).code).toBe(2);
    const unknown = await segments("apply-mailing-group", book, "SEG00009", "--group", "XMAS");
    expect(unknown).toMatchObject({
      code: 1,
      stderr: "Segment SEG00009 does not exist. Segments in this workbook: SEG00001.",
    });
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});

describe("export", () => {
  let book: string;

  beforeEach(async () => {
    book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
    await segments("create", book, "--description", "Everyone");
    await segments("add", book, "SEG00001", "--where", "No.=K1..K7", "--ignore-exclusion");
  });

  const listJson = async (...args: string[]) =>
    JSON.parse((await segments("export", book, "SEG00001", "--json", ...args)).stdout);

  it("lists the contacts without the excluded one, and says what it left out; without a target it writes nothing", async () => {
    const before = await bytes(book);
    const run = await segments("export", book, "SEG00001");
    expect(run.stdout).toMatch(
      /^No\. +Name +Company Name +E-Mail +Correspondence Type +Language Code +Salesperson Code\n/,
    );
    expect(run.stdout).toMatch(
      /Exported 6 contacts of SEG00001\. Left out: 1 excluded, 0 without e-mail, 0 with a duplicate e-mail\.$/,
    );
    expect((await bytes(book)).equals(before)).toBe(true);
    const emailOnly = await listJson("--email-only");
    expect(emailOnly.counts).toMatchObject({ listed: 4, excluded: 1, noEmail: 2, duplicateEmail: 0 });
    expect(emailOnly.rows.map((r: string[]) => r[0])).toEqual(["K7", "K6", "K1", "K2"]);
  });

  it("--file LIST.csv: UTF-8 with a BOM, CRLF, quoted fields, formula-looking names neutralised; reads back to the list", async () => {
    const file = path.join(dir, "list.csv");
    const run = await segments("export", book, "SEG00001", "--file", file, "--email-only");
    expect(run.stdout).toBe(
      `Exported 4 contacts of SEG00001 to ${file}. Left out: 1 excluded, 2 without e-mail, 0 with a duplicate e-mail.`,
    );
    const data = await fs.readFile(file);
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = data.toString("utf8");
    expect(text.split("\r\n").length).toBe(6); // header, 4 contacts, and the empty rest after the last CRLF
    expect(text).not.toMatch(/[^\r]\n/);
    const read = parseCsv(text);
    const list = await listJson("--email-only");
    expect(read).toEqual([
      list.header,
      ...list.rows.map((row: string[]) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell))),
    ]);
    expect(read.slice(1).map((row) => row[1])).toEqual(["'+46 Gus Hill", "'=1+1 Åsa Ölund", "Alpine Ltd", "Anna Berg"]);
    expect(read.map((row) => row.map(shownAsText))).toEqual([list.header, ...list.rows]);
  });

  it("--file LIST.xlsx: a new workbook with the list as text cells", async () => {
    const file = path.join(dir, "list.xlsx");
    expect((await segments("export", book, "SEG00001", "--file", file)).code).toBe(0);
    const list = await listJson();
    expect(await sheetNames(file)).toEqual(["Mailing List"]);
    expect(await sheetValues(file, "Mailing List")).toEqual([list.header, ...list.rows]);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<f>/);
  });

  it("--sheet NAME: a new plain sheet in the book; parts kept; an existing name refused, book byte for byte", async () => {
    const foreign = await addForeignParts(book);
    const before = await partList(book);
    const run = await segments("export", book, "SEG00001", "--sheet", "Spring list");
    expect(run.stdout).toMatch(/^Exported 6 contacts of SEG00001 on the new sheet Spring list\./);
    const list = await listJson();
    expect(await sheetValues(book, "Spring list")).toEqual([list.header, ...list.rows]);
    const after = await partList(book);
    expect(before.filter((part) => !after.includes(part))).toEqual([]);
    for (const part of foreign) expect(after).toContain(part);

    const saved = await bytes(book);
    for (const name of ["spring LIST", "Contacts", "Segments", "SegmentsState", "a[1]"]) {
      const refused = await segments("export", book, "SEG00001", "--sheet", name);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/sheet/i);
    }
    expect((await bytes(book)).equals(saved)).toBe(true);
  });

  it("refuses a file that exists, a file that is neither .csv nor .xlsx, and both targets at once", async () => {
    const before = await bytes(book);
    const existing = path.join(dir, "old.csv");
    await fs.writeFile(existing, "keep me");
    const exists = await segments("export", book, "SEG00001", "--file", existing);
    expect(exists).toMatchObject({
      code: 1,
      stderr: `${existing} already exists. Choose another file name or remove it first.`,
    });
    expect(await fs.readFile(existing, "utf8")).toBe("keep me");
    const self = await segments("export", book, "SEG00001", "--file", book);
    expect(self.code).toBe(1);
    const txt = await segments("export", book, "SEG00001", "--file", path.join(dir, "list.txt"));
    expect(txt).toMatchObject({ code: 1, stderr: expect.stringMatching(/\.csv or \.xlsx/) });
    const both = await segments("export", book, "SEG00001", "--file", path.join(dir, "l.csv"), "--sheet", "L");
    expect(both.code).toBe(2);
    expect((await fs.readdir(dir)).sort()).toEqual(["book.xlsx", "old.csv"]);
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("an unknown segment writes no file", async () => {
    const file = path.join(dir, "list.csv");
    const run = await segments("export", book, "SEG00009", "--file", file);
    expect(run.code).toBe(1);
    await expect(fs.access(file)).rejects.toThrow();
  });
});
