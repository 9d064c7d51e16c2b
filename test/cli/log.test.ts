/** `segments log` on .xlsx books: docs/business-rules.md §11 Ex 10 end to end, Ex 11's refusals with the book unchanged byte for byte. */
import { promises as fs } from "fs";
import { bytes, segments } from "../support/cli";
import { ex10Workbook, sheetRecords } from "../support/interactionBooks";
import { editRows, sheetValues, tempDir } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await ex10Workbook(dir);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const records = async (sheet: string) => sheetRecords(await sheetValues(book, sheet));

/** Changes cells of the rows of `sheet` whose first cell is `first` (and, for lines, whose Line No. is `lineNo`). */
async function editCells(
  sheet: string,
  match: (row: unknown[]) => boolean,
  cells: Record<string, string | number>,
): Promise<void> {
  await editRows(book, sheet, match, cells);
}

async function expectRefused(args: string[], message: string | RegExp): Promise<void> {
  const before = await bytes(book);
  const run = await segments("log", book, ...args);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(message);
  expect((await bytes(book)).equals(before)).toBe(true);
}

describe("docs/business-rules.md §11 Ex 10 with the command", () => {
  it("prints logged segment 8 and the follow-up's No.; writes the Logged Segments row and entries 121–123", async () => {
    const run = await segments(
      "log",
      book,
      "SEG00001",
      "--follow-up",
      "--user",
      "MARKETER",
      "--workdate",
      "2025-03-01",
    );
    expect(run).toMatchObject({ code: 0, stdout: "8\nSEG00002", stderr: "" });

    const logged = await records("Logged Segments");
    expect(
      logged.map((l) => [
        l["Entry No."],
        l["Segment No."],
        l.Description,
        l["No. of Interactions"],
        l["User ID"],
        l.Canceled,
      ]),
    ).toEqual([
      [7, "SM003", "Earlier mailing", 1, "EARLIER", false],
      [8, "SEG00001", "Spring mailing", 3, "MARKETER", false],
    ]);
    // A real Excel date: the system date of the fixed clock (2025-03-04), not the work date.
    expect(logged[1]["Creation Date"]).toBe(45720);

    const entries = (await records("Interaction Log")).filter((e) => (e["Entry No."] as number) > 120);
    expect(
      entries.map((e) => [
        e["Entry No."],
        e["Contact No."],
        e["Contact Company No."],
        e.Date,
        e.Time,
        e["Interaction Template Code"],
        e["Interaction Group Code"],
        e["Cost (LCY)"],
        e["Duration (Min.)"],
        e["Information Flow"],
        e["Initiated By"],
        e["Correspondence Type"],
        e["Campaign No."],
        e["Segment No."],
        e["Logged Segment Entry No."],
        e.Canceled,
      ]),
    ).toEqual([
      [
        121,
        "CT01",
        "CT01",
        45717,
        "09:30:00",
        "LETTER",
        "LETTERS",
        2.5,
        5,
        "Outbound",
        "Us",
        "Email",
        "CP01",
        "SEG00001",
        8,
        false,
      ],
      [
        122,
        "CT02",
        "CT01",
        45717,
        "09:30:00",
        "LETTER",
        "LETTERS",
        2.5,
        5,
        "Outbound",
        "Us",
        "Email",
        "CP01",
        "SEG00001",
        8,
        false,
      ],
      [
        123,
        "CT09",
        "",
        45717,
        "09:30:00",
        "LETTER",
        "LETTERS",
        2.5,
        5,
        "Outbound",
        "Us",
        "Email",
        "CP01",
        "SEG00001",
        8,
        false,
      ],
    ]);

    expect(
      (await records("Segments")).map((s) => [
        s["No."],
        s.Description,
        s["Campaign No."],
        s["Interaction Template Code"],
        s["No. of Lines"],
      ]),
    ).toEqual([["SEG00002", "Follow-up on segment SEG00001", "CP01", "", 3]]);
    expect(
      (await records("Segment Lines")).map((l) => [
        l["Segment No."],
        l["Line No."],
        l["Contact No."],
        l["Campaign No."],
      ]),
    ).toEqual([
      ["SEG00002", 10000, "CT01", "CP01"],
      ["SEG00002", 20000, "CT02", "CP01"],
      ["SEG00002", 30000, "CT09", "CP01"],
    ]);
    expect(
      (await records("Segment Criteria")).map((c) => [
        c["Segment No."],
        c.Type,
        c.Action,
        c.Table,
        c.Field,
        String(c.Filter),
        c["Allow Existing Contacts"],
      ]),
    ).toEqual([
      ["SEG00002", "Action", "Add Contacts", "", "", "", true],
      ["SEG00002", "Filter", "Add Contacts", "Interaction Log", "Logged Segment Entry No.", "8", false],
    ]);
    expect((await records("SegmentHistory")).every((h) => h["Segment No."] === "SEG00002")).toBe(true);
  });

  it("--json gives the numbers", async () => {
    const run = await segments("log", book, "SEG00001", "--json");
    expect(JSON.parse(run.stdout)).toEqual({
      segmentNo: "SEG00001",
      loggedEntryNo: 8,
      entryNos: [121, 122, 123],
      excluded: [],
    });
  });

  it("logging the follow-up at once fails on its first line's template, the book unchanged", async () => {
    expect((await segments("log", book, "SEG00001", "--follow-up")).code).toBe(0);
    await expectRefused(
      ["SEG00002"],
      "Interaction Template Code must have a value in Segment Line: Segment No.=SEG00002, Line No.=10000 (contact CT01).",
    );
  });
});

describe("docs/business-rules.md §11 Ex 11 with the command: exit 1, one message, the book byte for byte", () => {
  it("header Description blank", async () => {
    await editCells("Segments", (r) => r[0] === "SEG00001", { Description: "" });
    await expectRefused(["SEG00001"], "Description must have a value in Segment: No.=SEG00001. It cannot be blank.");
  });

  it("only lines with a blank Contact No.", async () => {
    await editCells("Segment Lines", () => true, { "Contact No.": "" });
    await expectRefused(["SEG00001"], "Segment SEG00001 is empty.");
  });

  it("one line with a blank template", async () => {
    await editCells("Segment Lines", (r) => r[1] === 30000, { "Interaction Template Code": "" });
    await expectRefused(
      ["SEG00001"],
      "Interaction Template Code must have a value in Segment Line: Segment No.=SEG00001, Line No.=30000 (contact CT09).",
    );
  });

  it("a line's salesperson blank", async () => {
    await editCells("Segment Lines", (r) => r[1] === 20000, { "Salesperson Code": "" });
    await expectRefused(
      ["SEG00001"],
      "Salesperson Code must have a value in Segment Line: Segment No.=SEG00001, Line No.=20000 (contact CT02).",
    );
  });

  it("e-mail to a contact without an address is logged with a blank type", async () => {
    await editCells("Contacts", (r) => r[0] === "CT09", { "E-Mail": "" });
    expect((await segments("log", book, "SEG00001")).code).toBe(0);
    const entry = (await records("Interaction Log")).find((e) => e["Entry No."] === 123)!;
    expect(entry["Correspondence Type"]).toBe("");
  });

  it("Send = Yes does not exist (sending is out of scope, docs/decisions.md §D11): a usage error", async () => {
    const before = await bytes(book);
    const run = await segments("log", book, "SEG00001", "--send");
    expect(run.code).toBe(2);
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("a segment number already logged once", async () => {
    await editCells("Logged Segments", (r) => r[0] === 7, { "Segment No.": "SEG00001" });
    await expectRefused(
      ["SEG00001"],
      "Logged Segment for Segment No. SEG00001 already exists (Logged Segments entry 7).",
    );
  });

  it("an invalid template row is named by sheet row and column", async () => {
    await editCells("Interaction Templates", (r) => r[0] === "LETTER", { "Information Flow": "Sideways" });
    await expectRefused(
      ["SEG00001"],
      'Interaction Templates row 3, column Information Flow: "Sideways" is not Outbound, Inbound or blank (template LETTER).',
    );
  });
});

describe("docs/decisions.md §D9 with the command", () => {
  beforeEach(async () => editCells("Contacts", (r) => r[0] === "CT09", { "Exclude from Segment": "TRUE" }));

  it("refuses to log a line whose contact is excluded, naming it", async () => {
    await expectRefused(
      ["SEG00001"],
      "Segment SEG00001 has 1 line whose contact is excluded from segments: line 30000 (CT09). Remove the lines, or confirm to log them anyway (the command: --include-excluded).",
    );
  });

  it("--include-excluded logs it with a warning", async () => {
    const run = await segments("log", book, "SEG00001", "--include-excluded");
    expect(run).toMatchObject({
      code: 0,
      stdout: "8",
      stderr: "warning: SEG00001: logged 1 line whose contact is excluded from segments: line 30000 (CT09).",
    });
  });
});
