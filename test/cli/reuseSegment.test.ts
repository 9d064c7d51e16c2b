/** `segments reuse-segment` on .xlsx books: docs/business-rules.md §11 Ex 13 with docs/decisions.md §D4's flags. */
import { promises as fs } from "fs";
import { bytes, segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { tempDir } from "../support/workbooks";

let dir: string;
let book: string;

/** Ex 10 logged as 8 and canceled entry 123 (CT09); SEG00002 with line 10000 CT01. */
beforeEach(async () => {
  dir = await tempDir();
  book = await ex10Workbook(dir);
  expect((await segments("log", book, "SEG00001")).code).toBe(0);
  expect((await segments("cancel", book, "--entry", "123")).code).toBe(0);
  expect((await segments("create", book, "--description", "Spring reuse", "--template", "EMAIL")).stdout).toBe(
    "SEG00002",
  );
  expect((await segments("add", book, "SEG00002", "--where", "No.=CT01")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const lines = async () =>
  JSON.parse((await segments("lines", book, "SEG00002", "--json")).stdout).map(
    (l: { lineNo: number; contactNo: string; campaignNo: string }) => [l.lineNo, l.contactNo, l.campaignNo],
  );

it("asks for --force when the segment has criteria, writing nothing", async () => {
  const before = await bytes(book);
  const run = await segments("reuse-segment", book, "SEG00002", "--logged", "8");
  expect(run).toMatchObject({
    code: 1,
    stderr:
      "Segment SEG00002 already has 1 criteria action; the logged segment's contacts would be added after them. Confirm to go on (the command: --force).",
  });
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("adds a line per entry not canceled, with the entry's campaign, and says what it left out", async () => {
  const run = await segments("reuse-segment", book, "SEG00002", "--logged", "8", "--force");
  expect(run).toMatchObject({
    code: 0,
    stdout: "Added 2 lines to SEG00002 from logged segment 8; 1 canceled entry left out (--include-canceled).",
  });
  expect(await lines()).toEqual([
    [10000, "CT01", ""],
    [20000, "CT01", "CP01"],
    [30000, "CT02", "CP01"],
  ]);
  expect((await segments("back", book, "SEG00002")).stdout).toMatch(
    /^Went back over "Reuse Segment" in SEG00002: 3 → 1 lines/,
  );
});

it("--include-canceled adds them all, as BC does (Ex 13)", async () => {
  const run = await segments(
    "reuse-segment",
    book,
    "SEG00002",
    "--logged",
    "8",
    "--force",
    "--include-canceled",
    "--json",
  );
  expect(JSON.parse(run.stdout)).toMatchObject({
    added: [
      { lineNo: 20000, contactNo: "CT01" },
      { lineNo: 30000, contactNo: "CT02" },
      { lineNo: 40000, contactNo: "CT09" },
    ],
    skippedCanceled: 0,
  });
});

it("needs --logged N (exit 2)", async () => {
  expect((await segments("reuse-segment", book, "SEG00002")).code).toBe(2);
  expect((await segments("reuse-segment", book, "SEG00002", "--logged", "eight")).code).toBe(2);
});
