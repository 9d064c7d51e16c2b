/** `segments erase-contact`: asks with the counts first; then lines go everywhere and log entries are anonymised. */
import { promises as fs } from "fs";
import * as path from "path";
import { INTERACTION_LOG } from "../../src/app/store/sheetSpecs";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import {
  addForeignParts,
  editBook,
  partList,
  setCell,
  sheetNames,
  sheetValues,
  tempDir,
  writeWorkbook,
} from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  for (const description of ["Spring", "Autumn"])
    expect((await segments("create", book, "--description", description)).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS")).code).toBe(0);
  expect((await segments("add", book, "SEG00002", "--where", "No.=K6|K7")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Log entries as Log Segment would leave them (another command writes them; here they are put in directly). */
async function addEntries(): Promise<void> {
  // A column of the user's own on the log, which travels with its rows.
  await editBook(book, (plain) => setCell(plain.getWorksheet("Interaction Log")!, 1, 27, "Notes"));
  const workbook = await XlsxBook.open(book);
  const entry = (entryNo: number, contactNo: string, contactName: string, cost: number) => ({
    record: {
      entryNo,
      contactNo,
      contactCompanyNo: "",
      contactName,
      date: "2025-03-01",
      cost,
      duration: 5,
      segmentNo: "SEG00000",
      loggedSegmentEntryNo: 1,
      userId: "TESTER",
    },
    extra: new Map([[26, `batch ${entryNo}`]]),
  });
  await workbook.commit({
    sheets: [
      {
        spec: INTERACTION_LOG,
        insert: [
          entry(1, "K6", "=1+1 Åsa Ölund", 2.5),
          entry(2, "K2", "Anna Berg", 2.5),
          entry(3, "K6", "=1+1 Åsa Ölund", 0.1),
        ],
      },
    ],
  });
  await workbook.save();
}

const lineContacts = async () =>
  (await sheetValues(book, "Segment Lines")).slice(1).map((row) => `${row[0]}:${row[2]}`);

describe("erase-contact", () => {
  it("without --yes says how many rows would change and writes nothing (exit 1)", async () => {
    await addEntries();
    const before = await bytes(book);
    const run = await segments("erase-contact", book, "K6");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Erasing contact K6 would delete 2 segment lines (SEG00001, SEG00002), anonymise 2 Interaction Log entries as ERASED-1, " +
        "clear the Go Back history of 2 segments (SEG00001, SEG00002) (10 rows in all). Nothing was written: run again with --yes to erase.",
    );
    expect((await bytes(book)).equals(before)).toBe(true);
  });

  it("with --yes removes the lines from every segment and anonymises the log, keeping counts, costs and user columns", async () => {
    await addEntries();
    const foreign = await addForeignParts(book);
    const parts = await partList(book);
    const run = await segments("erase-contact", book, "k6", "--yes");
    expect(run).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^Erased contact K6: deleted 2 segment lines \(SEG00001, SEG00002\), anonymised 2 Interaction Log entries as ERASED-1/,
      ),
    });
    expect(await lineContacts()).toEqual(["SEG00001:K2", "SEG00001:K3", "SEG00002:K7"]);
    expect((await sheetValues(book, "Segments")).slice(1).map((row) => [row[0], row[16]])).toEqual([
      ["SEG00001", 2],
      ["SEG00002", 1],
    ]);
    const log = (await sheetValues(book, "Interaction Log")).slice(1);
    expect(log.map((row) => [row[0], row[1], row[3], row[11], row[26]])).toEqual([
      [1, "ERASED-1", "ERASED-1", 2.5, "batch 1"],
      [2, "K2", "Anna Berg", 2.5, "batch 2"],
      [3, "ERASED-1", "ERASED-1", 0.1, "batch 3"],
    ]);
    const after = await partList(book);
    expect(parts.filter((part) => !after.includes(part))).toEqual([]);
    for (const part of foreign) expect(after).toContain(part);
    // Go Back cannot bring the contact back.
    expect((await segments("back", book, "SEG00002")).stderr).toMatch(/no action to go back to/);
    // The contact sheet is the user's: left as it was.
    expect((await sheetValues(book, "Contacts"))[8][0]).toBe("K6");
  });

  it("anonymises the entries segments log wrote, and names only what it touches", async () => {
    await segments("set", book, "SEG00002", "--template", "EMAIL", "--salesperson", "JO", "--update-lines", "yes");
    expect((await segments("log", book, "SEG00002")).code).toBe(0);
    const question = await segments("erase-contact", book, "K7");
    expect(question.stderr).toBe(
      "Erasing contact K7 would anonymise 1 Interaction Log entry as ERASED-1 (1 row in all). Nothing was written: run again with --yes to erase.",
    );
    expect((await segments("erase-contact", book, "K7", "--yes")).code).toBe(0);
    const entries = JSON.parse((await segments("entries", book, "--json")).stdout);
    expect(entries.map((e: { contactNo: string }) => e.contactNo).sort()).toEqual(["ERASED-1", "K6"]);
    expect(JSON.stringify(await sheetValues(book, "Interaction Log"))).not.toMatch(/Gus Hill/);
  });

  it("works when the Interaction Log sheet does not exist", async () => {
    await editBook(book, (workbook) => workbook.removeWorksheet(workbook.getWorksheet("Interaction Log")!.id));
    expect(await sheetNames(book)).not.toContain("Interaction Log");
    const run = await segments("erase-contact", book, "K7", "--yes", "--json");
    expect(JSON.parse(run.stdout)).toMatchObject({ contactNo: "K7", lines: 1, entries: 0, written: true });
    expect(await lineContacts()).toEqual(["SEG00001:K6", "SEG00001:K2", "SEG00001:K3", "SEG00002:K6"]);
    expect(await sheetNames(book)).not.toContain("Interaction Log");
  });

  it("refuses a contact found nowhere and a blank No. (exit 1, book byte for byte), and needs the No. (exit 2)", async () => {
    const before = await bytes(book);
    const nowhere = await segments("erase-contact", book, "K99", "--yes");
    expect(nowhere).toMatchObject({
      code: 1,
      stderr: "Contact K99 is on no segment line and in no Interaction Log entry: nothing to erase.",
    });
    expect((await segments("erase-contact", book, " ", "--yes")).stderr).toBe("Give the No. of the contact to erase.");
    expect((await segments("erase-contact", book)).code).toBe(2);
    expect((await bytes(book)).equals(before)).toBe(true);
  });
});
