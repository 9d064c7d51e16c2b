import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { addForeignParts, partList, sheetNames, sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const DEDICATED = [
  "Segments",
  "Segment Lines",
  "Segment Criteria",
  "Saved Criteria",
  "Interaction Templates",
  "Interaction Log",
  "Logged Segments",
];

describe("init", () => {
  it("creates every dedicated sheet with the contract's headers and seeds templates, once", async () => {
    const first = await segments("init", book);
    expect(first).toMatchObject({ code: 0 });
    expect(await sheetNames(book)).toEqual(["Contacts", ...DEDICATED, "SegmentHistory", "SegmentsState"]);
    const lines = await sheetValues(book, "Segment Lines");
    expect(lines[0].slice(0, 4)).toEqual(["Segment No.", "Line No.", "Contact No.", "Contact Company No."]);
    const templates = await sheetValues(book, "Interaction Templates");
    expect(templates.slice(1).map((row) => row[0])).toEqual(["EMAIL", "LETTER", "PHONE", "MEETING"]);

    const before = await bytes(book);
    const second = await segments("init", book);
    expect(second.stdout).toMatch(/nothing changed/);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});

describe("create", () => {
  it("numbers segments from the series and never reuses a number", async () => {
    expect((await segments("create", book, "--description", "Spring")).stdout).toBe("SEG00001");
    const second = await segments("create", book, "--description", "Autumn", "--template", "LETTER", "--json");
    expect(JSON.parse(second.stdout)).toMatchObject({
      no: "SEG00002",
      interactionTemplateCode: "LETTER",
      unitCost: 2.5,
      unitDuration: 5,
      date: "2025-03-04",
    });
  });

  it("finds a seeded template on the very first command, before init created the sheet", async () => {
    const first = await segments("create", book, "--description", "First", "--template", "EMAIL", "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ no: "SEG00001", interactionTemplateCode: "EMAIL" });
  });

  it("refuses an unknown template, naming the ones there are, and leaves the book as it was", async () => {
    await segments("init", book);
    const before = await bytes(book);
    const run = await segments("create", book, "--description", "X", "--template", "FAX");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/FAX does not exist.*EMAIL, LETTER, PHONE, MEETING/);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});

describe("add and lines", () => {
  beforeEach(async () => {
    await segments("create", book, "--description", "Newsletter", "--workdate", "2025-03-01");
  });

  const lineKeys = async () =>
    JSON.parse((await segments("lines", book, "SEG00001", "--json")).stdout).map(
      (l: { lineNo: number; contactNo: string }) => [l.lineNo, l.contactNo],
    );

  it("previews without writing, then adds in BC's line order, leaving out excluded contacts", async () => {
    const before = await bytes(book);
    const preview = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS", "--preview", "--json");
    expect(JSON.parse(preview.stdout)).toMatchObject({
      preview: true,
      added: 3,
      matched: 4,
      excluded: 1,
      alreadyPresent: 0,
    });
    expect((await bytes(book)).equals(before)).toBe(true);

    const run = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    expect(run.stdout).toBe("Added 3 lines to SEG00001 (1 excluded, 0 already in the segment).");
    // Independent persons first (blank company name), then each company's people by name.
    expect(await lineKeys()).toEqual([
      [10000, "K6"],
      [20000, "K2"],
      [30000, "K3"],
    ]);
  });

  it("ORs groups given with --or, skips contacts already present, and numbers on from the last line", async () => {
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    const run = await segments(
      "add",
      book,
      "SEG00001",
      "--where",
      "Industry Groups=MANUF",
      "--or",
      "--where",
      "Employees=100..",
      "--where",
      "Type=Company",
      "--json",
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 2, alreadyPresent: 0 });
    expect(await lineKeys()).toEqual([
      [10000, "K6"],
      [20000, "K2"],
      [30000, "K3"],
      [40000, "K1"],
      [50000, "K4"],
    ]);
    const again = await segments("add", book, "SEG00001", "--where", "No.=K1|K7", "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 1, alreadyPresent: 1 });
  });

  it("writes the criteria: one Action line with its flags, one Filter line per condition with its group", async () => {
    await segments(
      "add",
      book,
      "SEG00001",
      "--where",
      "Mailing Groups=NEWS|XMAS",
      "--where",
      "name=a*",
      "--or",
      "--where",
      "Nr=K7",
      "--allow-related-companies",
      "--ignore-exclusion",
    );
    const criteria = await sheetValues(book, "Segment Criteria");
    expect(criteria.slice(1).map((row) => row.slice(0, 11))).toEqual([
      ["SEG00001", 1, "Action", "Add Contacts", 0, "", "", "", false, false, true],
      ["SEG00001", 2, "Filter", "Add Contacts", 1, "Contact", "Mailing Groups", "NEWS|XMAS", false, false, false],
      ["SEG00001", 3, "Filter", "Add Contacts", 1, "Contact", "Name", "a*", false, false, false],
      ["SEG00001", 4, "Filter", "Add Contacts", 2, "Contact", "No.", "K7", false, false, false],
    ]);
    const header = await sheetValues(book, "Segments");
    expect(header[1].slice(16, 18)).toEqual([3, 1]); // K2 Anna Berg, her company K1 (related), K7
  });

  it("keeps the lines' total cost and duration on the Segments sheet through every change", async () => {
    await segments("create", book, "--description", "Letters", "--template", "LETTER");
    const totals = async () => {
      const lines = (await sheetValues(book, "Segment Lines")).slice(1).filter((row) => row[0] === "SEG00002");
      const row = (await sheetValues(book, "Segments")).find((r) => r[0] === "SEG00002")!;
      const sum = (i: number) => Math.round(lines.reduce((total, line) => total + Number(line[i]), 0) * 100) / 100;
      expect(row.slice(18, 20)).toEqual([sum(14), sum(15)]);
      return row.slice(16, 20);
    };
    await segments("add", book, "SEG00002", "--where", "No.=K1|K2|K3");
    expect(await totals()).toEqual([3, 1, 7.5, 15]);
    await segments("reduce", book, "SEG00002", "--where", "No.=K2");
    expect(await totals()).toEqual([2, 2, 5, 10]);
    await segments("set", book, "SEG00002", "--unit-cost", "1.1", "--update-lines", "yes");
    expect(await totals()).toEqual([2, 2, 2.2, 10]);
    await segments("back", book, "SEG00002");
    // Go Back restores K2's line exactly as the Reduce found it, at the old cost.
    expect(await totals()).toEqual([3, 1, 4.7, 15]);
  });

  it("stores text that looks like a formula as text, in text-formatted cells", async () => {
    await segments("add", book, "SEG00001", "--where", "No.=K6|K7");
    const zip = await JSZip.loadAsync(await bytes(book));
    const linesXml = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(linesXml).not.toMatch(/<f>/);
    // The cells are text-formatted too, so editing one later in Excel keeps it text.
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(linesXml)![1]);
    for (const ref of ["E2", "E3"]) expect(xfs[styleOf(ref)]).toMatch(/numFmtId="49"/);
    const values = await sheetValues(book, "Segment Lines");
    expect(values.slice(1).map((row) => row[4])).toEqual(["+46 Gus Hill", "=1+1 Åsa Ölund"]);
  });

  it("shares cell formats instead of adding one per cell, so big segments stay under Excel's format limit", async () => {
    const cellFormats = async () => {
      const zip = await JSZip.loadAsync(await bytes(book));
      const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(
        await zip.file("xl/styles.xml")!.async("string"),
      )![1];
      return (cellXfs.match(/<xf\b/g) ?? []).length;
    };
    await segments("add", book, "SEG00001", "--where", "No.=K1..K3");
    const before = await cellFormats();
    await segments("add", book, "SEG00001", "--where", "No.=K4..K7", "--ignore-exclusion");
    await segments("create", book, "--description", "Two");
    expect(await cellFormats()).toBe(before);
  });

  it("keeps parts it does not model: the add-in's web extension, charts and drawings", async () => {
    const foreign = await addForeignParts(book);
    const before = await partList(book);
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    await segments("create", book, "--description", "Another");
    const after = await partList(book);
    for (const part of foreign) expect(after).toContain(part);
    expect(before.filter((part) => !after.includes(part))).toEqual([]);
  });

  it("--out writes the result elsewhere and leaves the book as it was", async () => {
    const before = await bytes(book);
    const out = path.join(dir, "copy.xlsx");
    const run = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS", "--out", out);
    expect(run.code).toBe(0);
    expect((await bytes(book)).equals(before)).toBe(true);
    expect((await sheetValues(out, "Segment Lines")).length).toBe(4);
  });

  it.each([
    [["--where", "Name=>>5"], /Name ">>5".*unexpected ">" at character 2, expected a value/],
    [["--where", "Employees=abc"], /Employees "abc".*not a number/],
    [["--where", "Colour=red"], /"Colour" is not a column of the contact sheet Contacts/],
  ])("fails on %j with a message that says where, and an unchanged book", async (args, message) => {
    const before = await bytes(book);
    const run = await segments("add", book, "SEG00001", ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("names the segments there are when one does not exist", async () => {
    const run = await segments("add", book, "SEG00009", "--where", "No.=K1");
    expect(run).toMatchObject({
      code: 1,
      stderr: "Segment SEG00009 does not exist. Segments in this workbook: SEG00001.",
    });
  });
});

describe("usage errors exit with 2", () => {
  it.each([
    [[]],
    [["frobnicate", "book.xlsx"]],
    [["add", "BOOK"]],
    [["add", "BOOK", "SEG00001", "--colour"]],
    [["add", "BOOK", "SEG00001", "--where", "NEWS"]],
    [["add", "BOOK", "SEG00001", "--or", "--where", "No.=K1"]],
    [["create", "BOOK"]],
    [["create", "BOOK", "--description", "x", "--workdate", "1/3/2025"]],
  ])("%j", async (argv) => {
    const run = await segments(...argv.map((a) => (a === "BOOK" ? book : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/segments --help/);
  });

  it("a missing workbook is a clear error (exit 1)", async () => {
    const run = await segments("lines", path.join(dir, "nope.xlsx"), "SEG00001");
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/nope\.xlsx: no such file/) });
  });
});
