/** `segments back` / `forward` on .xlsx books: exact restores across saves, hand edits, unchanged books on refusal. */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { editBook, editRows, setCell, sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  expect((await segments("create", book, "--description", "Spring")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const lines = async () => (await sheetValues(book, "Segment Lines")).slice(1).map((row) => [row[1], row[2]]);

describe("back and forward", () => {
  it("undo and redo Add across separate runs, with the criteria and the counts", async () => {
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    const afterFirst = await sheetValues(book, "Segment Lines");
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=XMAS", "--expand-companies");
    const afterSecond = await sheetValues(book, "Segment Lines");

    const back = await segments("back", book, "SEG00001");
    expect(back).toMatchObject({ code: 0, stderr: "" });
    expect(back.stdout).toMatch(/Went back over "Add Contacts" in SEG00001: \d+ → \d+ lines, 1 criteria action\./);
    expect(await sheetValues(book, "Segment Lines")).toEqual(afterFirst);
    expect((await sheetValues(book, "Segment Criteria")).slice(1).map((r) => r[3])).toEqual([
      "Add Contacts",
      "Add Contacts",
    ]);
    const segmentsRow = (await sheetValues(book, "Segments"))[1];
    expect(segmentsRow.slice(16, 18)).toEqual([afterFirst.length - 1, 1]);

    expect((await segments("forward", book, "SEG00001")).code).toBe(0);
    expect(await sheetValues(book, "Segment Lines")).toEqual(afterSecond);
  });

  it("keep the user's own columns with restored lines", async () => {
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    await editSheet("Segment Lines", (sheet) => {
      setCell(sheet, 1, 24, "Note");
      setCell(sheet, 2, 24, "call first");
    });
    await segments("add", book, "SEG00001", "--where", "No.=K4");
    const before = await sheetValues(book, "Segment Lines");
    await segments("back", book, "SEG00001");
    await segments("forward", book, "SEG00001");
    expect(await sheetValues(book, "Segment Lines")).toEqual(before);
    expect(before[1][23]).toBe("call first");
  });

  it("keep the history in a very hidden sheet", async () => {
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    const zip = await JSZip.loadAsync(await fs.readFile(book));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<sheet [^>]*name="SegmentHistory"[^>]*state="veryHidden"/);
  });

  it("refuse, naming the lines and leaving the file as it was, when lines were changed by hand", async () => {
    await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    await editSheet("Segment Lines", (sheet) => setCell(sheet, 2, 9, "ZZ"));
    const before = await bytes(book);
    const refused = await segments("back", book, "SEG00001");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^Lines of segment SEG00001 were changed by hand since the last action: line 10000 \(K\d\) edited\./,
    );
    expect(refused.stderr).toContain("--force");
    expect(await bytes(book)).toEqual(before);

    expect((await segments("back", book, "SEG00001", "--force")).code).toBe(0);
    expect(await lines()).toEqual([]);
  });

  it("exit 1 with a clear message when there is nothing to undo or redo", async () => {
    const before = await bytes(book);
    expect(await segments("back", book, "SEG00001")).toMatchObject({
      code: 1,
      stderr: "Segment SEG00001 has no action to go back to.",
    });
    expect(await segments("forward", book, "SEG00001")).toMatchObject({
      code: 1,
      stderr: "Segment SEG00001 has no undone action to go forward to.",
    });
    expect(await segments("back", book, "SEG00009")).toMatchObject({ code: 1 });
    expect(await bytes(book)).toEqual(before);
  });
});

async function editSheet(name: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  await editBook(book, (workbook) => edit(workbook.getWorksheet(name)!));
}

describe("a damaged history", () => {
  beforeEach(async () => {
    expect((await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS")).code).toBe(0);
    await editRows(book, "SegmentHistory", (_row) => true, { Payload: "{not json" });
  });

  it("says how to delete it, and reset-history deletes it: the lines and criteria stay, later actions work again", async () => {
    const refused = await segments("back", book, "SEG00001");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("segments reset-history BOOK SEG00001");
    const linesBefore = await lines();
    const criteriaBefore = await sheetValues(book, "Segment Criteria");

    const reset = await segments("reset-history", book, "SEG00001");
    expect(reset).toMatchObject({ code: 0, stderr: "" });
    expect(reset.stdout).toMatch(
      /^Deleted the Go Back history of SEG00001 \(\d+ rows\); its lines and criteria are unchanged\.$/,
    );
    expect(await lines()).toEqual(linesBefore);
    expect(await sheetValues(book, "Segment Criteria")).toEqual(criteriaBefore);

    const back = await segments("back", book, "SEG00001");
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(/no action to go back to/i);
    expect((await segments("add", book, "SEG00001", "--where", "Mailing Groups=XMAS")).code).toBe(0);
    expect((await segments("back", book, "SEG00001")).code).toBe(0);
  });

  it("reset-history refuses an unknown segment and needs one", async () => {
    expect((await segments("reset-history", book, "SEG00009")).code).toBe(1);
    expect((await segments("reset-history", book)).code).toBe(2);
  });
});
