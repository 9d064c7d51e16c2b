/** `segments set` on .xlsx books: docs/business-rules.md §11 Ex 9 end to end, and an unchanged book on every refusal. */
import { promises as fs } from "fs";
import * as path from "path";
import type { SegmentLine } from "../../src/domain/segments/line";
import { bcBaseValues } from "../support/bcBaseData";
import { bytes, segments } from "../support/cli";
import { editBook, editRows, setCell, sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

/** Ex 1: SEG00001 "Retail letter" with template LETTER and the five RETAIL lines (10000..50000: CT01 CT02 CT03 CT04 CT06). */
beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: bcBaseValues() }]);
  expect((await segments("init", book)).code).toBe(0);
  expect(
    (
      await segments(
        "create",
        book,
        "--description",
        "Retail letter",
        "--template",
        "LETTER",
        "--workdate",
        "2025-03-01",
      )
    ).code,
  ).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "Industry Groups=RETAIL")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const lines = async (): Promise<SegmentLine[]> =>
  JSON.parse((await segments("lines", book, "SEG00001", "--json")).stdout);
const column = async (pick: (l: SegmentLine) => unknown) => (await lines()).map((l) => [l.lineNo, pick(l)]);

/** The Segments row of SEG00001 as header -> value. */
async function header(): Promise<Record<string, unknown>> {
  const [titles, ...rows] = await sheetValues(book, "Segments");
  const row = rows.find((r) => r[0] === "SEG00001")!;
  return Object.fromEntries(titles.map((title, i) => [String(title), row[i]]));
}

/** Ex 9's hand edit: line 30000 (CT03) moved to template EMAIL, taking its cost, duration, group and description. */
async function moveLine30000ToEmail(): Promise<void> {
  const edits: Record<string, unknown> = {
    "Interaction Template Code": "EMAIL",
    "Interaction Group Code": "EMAILS",
    "Cost (LCY)": 0.1,
    "Duration (Min.)": 2,
    Description: "E-mail",
  };
  await editRows(book, "Segment Lines", (row) => row[1] === 30000, edits);
}

describe("docs/business-rules.md §11 Ex 9 with the command", () => {
  beforeEach(moveLine30000ToEmail);

  it("Unit Cost 3.00 without an answer: exit 1, the question named, nothing written", async () => {
    const before = await bytes(book);
    const run = await segments("set", book, "SEG00001", "--unit-cost", "3");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "This change would also update 4 lines of SEG00001: Unit Cost (LCY) on 4 lines (lines with template LETTER). " +
        "Business Central asks whether to update the lines: pass --update-lines yes or --update-lines no. Nothing was written.",
    );
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("Unit Cost 3.00, yes: the four LETTER lines take it, line 30000 keeps 0.10", async () => {
    const run = await segments("set", book, "SEG00001", "--unit-cost", "3", "--update-lines", "yes");
    expect(run).toMatchObject({
      code: 0,
      stdout: "Changed SEG00001; updated 4 lines: Unit Cost (LCY) on 4 lines (lines with template LETTER).",
    });
    expect(await column((l) => l.cost)).toEqual([
      [10000, 3],
      [20000, 3],
      [30000, 0.1],
      [40000, 3],
      [50000, 3],
    ]);
    expect(await header()).toMatchObject({ "Unit Cost (LCY)": 3, "No. of Lines": 5 });
  });

  it("Salesperson PS, no: the header changes, the lines do not", async () => {
    const linesBefore = await sheetValues(book, "Segment Lines");
    const run = await segments("set", book, "SEG00001", "--salesperson", "PS", "--update-lines", "no");
    expect(run).toMatchObject({ code: 0, stdout: "Changed SEG00001; lines left as they were (--update-lines no)." });
    expect((await header())["Salesperson Code"]).toBe("PS");
    expect(await sheetValues(book, "Segment Lines")).toEqual(linesBefore);
  });

  it("Ignore Contact Corres. Type and Correspondence Type Email: no question, header only", async () => {
    const linesBefore = await sheetValues(book, "Segment Lines");
    const run = await segments(
      "set",
      book,
      "SEG00001",
      "--ignore-contact-corres-type",
      "yes",
      "--correspondence-type",
      "email",
    );
    expect(run).toMatchObject({ code: 0, stdout: "Changed SEG00001; no line concerned." });
    expect(await header()).toMatchObject({ "Ignore Contact Corres. Type": true, "Correspondence Type": "Email" });
    expect(await sheetValues(book, "Segment Lines")).toEqual(linesBefore);
  });

  it("Template LETTER -> EMAIL, yes: every line gets EMAIL's defaults, the type by each contact's preference (docs/decisions.md §D5)", async () => {
    const run = await segments("set", book, "SEG00001", "--template", "EMAIL", "--update-lines", "yes", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      segmentNo: "SEG00001",
      changed: true,
      updateLines: "yes",
      linesUpdated: 4,
      lines: [10000, 20000, 40000, 50000],
    });
    expect(
      (await lines()).map((l) => [
        l.lineNo,
        l.interactionTemplateCode,
        l.interactionGroupCode,
        l.cost,
        l.duration,
        l.correspondenceType,
      ]),
    ).toEqual([
      [10000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
      [20000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
      [30000, "EMAIL", "EMAILS", 0.1, 2, "Hard Copy"],
      [40000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
      [50000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
    ]);
    expect(await header()).toMatchObject({
      "Interaction Template Code": "EMAIL",
      "Unit Cost (LCY)": 0.1,
      "Unit Duration (Min.)": 2,
      "Correspondence Type": "Email",
    });
  });

  it("Template LETTER -> EMAIL, no: the lines keep LETTER; a later cost change reaches only line 30000", async () => {
    await segments("set", book, "SEG00001", "--template", "EMAIL", "--update-lines", "no");
    expect(await column((l) => l.interactionTemplateCode)).toEqual([
      [10000, "LETTER"],
      [20000, "LETTER"],
      [30000, "EMAIL"],
      [40000, "LETTER"],
      [50000, "LETTER"],
    ]);
    const run = await segments("set", book, "SEG00001", "--unit-cost", "0.25", "--update-lines", "yes");
    expect(run.stdout).toBe("Changed SEG00001; updated 1 line: Unit Cost (LCY) on 1 line (lines with template EMAIL).");
    expect(await column((l) => l.cost)).toEqual([
      [10000, 2.5],
      [20000, 2.5],
      [30000, 0.25],
      [40000, 2.5],
      [50000, 2.5],
    ]);
  });
});

describe("set", () => {
  it("several fields at once, one answer; the lines keep the user's own columns", async () => {
    await editBook(book, (workbook) => {
      const sheet = workbook.getWorksheet("Segment Lines")!;
      setCell(sheet, 1, 24, "Note");
      setCell(sheet, 3, 24, "call first");
    });

    const run = await segments(
      "set",
      book,
      "SEG00001",
      "--description",
      "Spring letter",
      "--date",
      "2025-04-01",
      "--campaign",
      "CP01",
      "--update-lines",
      "yes",
    );
    expect(run.code).toBe(0);
    expect((await lines()).map((l) => [l.description, l.date, l.campaignNo])).toEqual(
      Array(5).fill(["Spring letter", "2025-04-01", "CP01"]),
    );
    expect(await header()).toMatchObject({ Description: "Spring letter", "Campaign No.": "CP01" });
    const values = await sheetValues(book, "Segment Lines");
    expect(values[2][23]).toBe("call first");
  });

  it("leaves the book alone when it already has the values", async () => {
    const before = await bytes(book);
    const run = await segments("set", book, "SEG00001", "--description", "Retail letter");
    expect(run).toMatchObject({ code: 0, stdout: "Nothing changed: SEG00001 already has these values." });
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("--out writes the change elsewhere", async () => {
    const before = await bytes(book);
    const out = path.join(dir, "copy.xlsx");
    expect(
      (await segments("set", book, "SEG00001", "--subject", "Hello", "--update-lines", "yes", "--out", out)).code,
    ).toBe(0);
    expect((await bytes(book)).equals(before)).toBe(true);
    expect((await sheetValues(out, "Segment Lines")).slice(1).map((r) => r[12])).toEqual(Array(5).fill("Hello"));
  });

  it.each([
    [
      "a date that does not exist",
      ["--date", "2025-02-30"],
      /^Date "2025-02-30" is not valid: use a date in the form yyyy-mm-dd\.$/,
    ],
    ["a negative cost", ["--unit-cost=-1"], /^Unit Cost \(LCY\) "-1" is not valid: it must not be negative\.$/],
    [
      "a negative cost written apart (--unit-cost -5)",
      ["--unit-cost", "-5"],
      /^Unit Cost \(LCY\) "-5" is not valid: it must not be negative\.$/,
    ],
    ["a word for a number", ["--unit-duration", "ten"], /^Unit Duration \(Min\.\) "ten" is not valid/],
    [
      "a boolean that is neither",
      ["--campaign-target", "maybe"],
      /^Campaign Target "maybe" is not valid: use yes or no\.$/,
    ],
    [
      "an obsolete correspondence type",
      ["--correspondence-type", "Fax"],
      /^Correspondence Type "Fax" is not valid: use Hard Copy, Email or blank/,
    ],
    [
      "a field its gate keeps closed",
      ["--correspondence-type", "Email"],
      /^Correspondence Type cannot be set unless Ignore Contact Corres\. Type is Yes/,
    ],
    [
      "an unknown template",
      ["--template", "FAX"],
      /^Interaction template FAX does not exist on the Interaction Templates sheet \(templates: EMAIL, LETTER, PHONE, MEETING\)\.$/,
    ],
    [
      "a missing answer",
      ["--salesperson", "PS"],
      /would also update 3 lines of SEG00001.*pass --update-lines yes or --update-lines no\. Nothing was written\.$/,
    ],
    [
      "an answer that is neither",
      ["--salesperson", "PS", "--update-lines", "maybe"],
      /^--update-lines "maybe" is not valid: answer yes or no\.$/,
    ],
    ["a field given twice", ["--campaign", "CP01", "--campaign-no", "CP02"], /^Campaign No\. is given twice/],
  ])("refuses %s (exit 1) and leaves the book byte for byte", async (_what, args, message) => {
    const before = await bytes(book);
    const run = await segments("set", book, "SEG00001", ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("refuses an unknown segment, naming the ones there are", async () => {
    const before = await bytes(book);
    const run = await segments("set", book, "SEG00009", "--description", "x");
    expect(run).toMatchObject({
      code: 1,
      stderr: "Segment SEG00009 does not exist. Segments in this workbook: SEG00001.",
    });
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("an unknown field is a wrong call: usage error (exit 2), the fields named, the book untouched", async () => {
    const before = await bytes(book);
    const run = await segments("set", book, "SEG00001", "--bogus", "red");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^"--bogus" is not a segment header field\. Fields: --description, --salesperson, --date, --template, /,
    );
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it.each([[["SEG00001"]], [["SEG00001", "--unit-cost"]], [[]]])("usage error (exit 2): set BOOK %j", async (args) => {
    const before = await bytes(book);
    const run = await segments("set", book, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/segments --help/);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});
