/** `segments delete`: the segment, its lines, criteria and history go; nothing else does; the number is not reused. */
import { promises as fs } from "fs";
import * as path from "path";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { SEGMENT_HISTORY } from "../../src/app/store/sheetSpecs";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  for (const description of ["Spring", "Autumn"])
    expect((await segments("create", book, "--description", description)).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS")).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "No.=K7")).code).toBe(0);
  expect((await segments("add", book, "SEG00002", "--where", "Mailing Groups=XMAS")).code).toBe(0);
  await addHistoryRows();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** History rows of both segments whatever the actions wrote, spread over parts as a long payload would be. */
async function addHistoryRows(): Promise<void> {
  const workbook = await XlsxBook.open(book);
  const row = (segmentNo: string, part: number) => ({
    record: { segmentNo, stepNo: 99, stack: "undo", part, payload: "{}" },
    extra: new Map(),
  });
  await workbook.commit({
    sheets: [{ spec: SEGMENT_HISTORY, insert: [row("SEG00001", 1), row("SEG00001", 2), row("SEG00002", 1)] }],
  });
  await workbook.save();
}

/** The first cell (Segment No. or No.) of every data row. */
const segmentColumn = async (sheet: string) => (await sheetValues(book, sheet)).slice(1).map((row) => row[0]);

describe("delete", () => {
  it("removes the segment row, its lines, criteria and history rows, and leaves the other segment as it was", async () => {
    const otherBefore = Object.fromEntries(
      await Promise.all(
        ["Segments", "Segment Lines", "Segment Criteria", "SegmentHistory"].map(async (sheet) => [
          sheet,
          (await sheetValues(book, sheet)).filter((r) => r[0] === "SEG00002"),
        ]),
      ),
    );
    expect(await segmentColumn("SegmentHistory")).toContain("SEG00001");

    const run = await segments("delete", book, "SEG00001");
    expect(run).toMatchObject({ code: 0, stdout: "Deleted SEG00001 with 4 lines and 4 criteria lines." });

    for (const sheet of ["Segments", "Segment Lines", "Segment Criteria", "SegmentHistory"]) {
      expect(await segmentColumn(sheet)).not.toContain("SEG00001");
      expect((await sheetValues(book, sheet)).filter((r) => r[0] === "SEG00002")).toEqual(otherBefore[sheet]);
    }
    expect(JSON.parse((await segments("lines", book, "SEG00002", "--json")).stdout).length).toBeGreaterThan(0);
  });

  it("never hands the number out again, also after deleting the last segment", async () => {
    const run = await segments("delete", book, "SEG00002", "--json");
    expect(JSON.parse(run.stdout)).toEqual({
      segmentNo: "SEG00002",
      lines: 2,
      criteria: 2,
      historyRows: expect.any(Number),
    });
    expect((await sheetValues(book, "Segments")).slice(1)).toHaveLength(1);
    expect((await segments("create", book, "--description", "Winter")).stdout).toBe("SEG00003");
  });

  it("finds the segment whatever the case typed", async () => {
    expect((await segments("delete", book, "seg00001")).code).toBe(0);
    expect(await segmentColumn("Segments")).toEqual(["SEG00002"]);
  });

  it("refuses an unknown segment (exit 1), naming the ones there are, and leaves the book byte for byte", async () => {
    const before = await bytes(book);
    const run = await segments("delete", book, "SEG00009");
    expect(run).toMatchObject({
      code: 1,
      stderr: "Segment SEG00009 does not exist. Segments in this workbook: SEG00001, SEG00002.",
    });
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("needs the segment (usage error, exit 2)", async () => {
    const before = await bytes(book);
    const run = await segments("delete", book);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/delete needs SEG after the workbook/);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});
