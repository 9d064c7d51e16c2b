/**
 * The contact sheet inflated on a second thread while the book's own sheets are read (docs/decisions.md §D103): the
 * same bytes as inflating it in turn, a part the thread cannot inflate left to the caller, and a book opened with the
 * head start reads the same contacts as one opened without it, whichever source the read names in the end.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import type * as PartsAheadModule from "../../../src/workbook/xlsx/partsAhead";
import type * as XlsxBookModule from "../../../src/workbook/xlsx/xlsxBook";
import { deflatedEntry, entryData } from "../../../src/workbook/xlsx/zipArchive";
import { generateContacts } from "../../support/generateContacts";
import { buildCli } from "../../support/cliProcess";
import { tempDir, writeWorkbook } from "../../support/workbooks";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A compiled module, as the command runs it: under ts-jest there is no compiled file to start a thread on. */
async function compiled<T>(relative: string): Promise<T> {
  const main = await buildCli();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(path.dirname(main), "..", "workbook", "xlsx", relative));
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe("a sheet inflated on a second thread", () => {
  const stringsEntry = (count: number) =>
    deflatedEntry(
      "xl/sharedStrings.xml",
      Buffer.from(`${HEAD}<sst xmlns="${MAIN}">${"<si><t>s</t></si>".repeat(count)}</sst>`),
    );

  it("is the part's bytes once the thread has them, and nothing before", async () => {
    const { readPartsAhead, PARTS_AHEAD_MIN_BYTES } = await compiled<typeof PartsAheadModule>("partsAhead.js");
    const stringCount = PARTS_AHEAD_MIN_BYTES / 16;
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }), async (text) => {
        const row = `<row><c t="inlineStr"><is><t>${text.replace(/[<&]/g, "_")}</t></is></c></row>`;
        const repeat = Math.ceil(PARTS_AHEAD_MIN_BYTES / Buffer.byteLength(row)) + 1;
        const sheet = deflatedEntry("xl/worksheets/sheet1.xml", Buffer.from(`${HEAD}<x>${row.repeat(repeat)}</x>`));
        const inflated = entryData(sheet);
        // Taken at once: the thread may not have it yet (then the caller inflates it), never other bytes.
        const early = readPartsAhead({ sheet, strings: stringsEntry(stringCount) })!;
        const taken = early.sheet!.take();
        if (taken !== undefined) expect(Buffer.from(taken).equals(inflated)).toBe(true);
        expect(early.strings!.take()).toHaveLength(stringCount);
        // The thread answers the sheet before it reads the strings: once they are taken, the sheet is there.
        const late = readPartsAhead({ sheet, strings: stringsEntry(stringCount) })!;
        expect(late.strings!.take()).toHaveLength(stringCount);
        expect(Buffer.from(late.sheet!.take()!).equals(inflated)).toBe(true);
      }),
      { numRuns: 5 },
    );
  });

  it("once asked for or let go before the thread has it, stays the caller's, and the strings still come", async () => {
    const { readPartsAhead, PARTS_AHEAD_MIN_BYTES } = await compiled<typeof PartsAheadModule>("partsAhead.js");
    const sheet = deflatedEntry("xl/worksheets/sheet1.xml", Buffer.alloc(PARTS_AHEAD_MIN_BYTES * 2, 0x20));
    for (const leave of ["take", "drop"] as const) {
      const ahead = readPartsAhead({ sheet, strings: stringsEntry(1 << 16) })!;
      const taken = leave === "take" ? ahead.sheet!.take() : (ahead.sheet!.drop(), undefined);
      // The thread goes to the strings without inflating a sheet nobody waits for, or answers both as before.
      expect(ahead.strings!.take()).toHaveLength(1 << 16);
      if (taken !== undefined) expect(Buffer.from(taken).equals(entryData(sheet))).toBe(true);
    }
  });

  it("is left to the caller when the thread cannot inflate it, and declined when small", async () => {
    const { readPartsAhead, PARTS_AHEAD_MIN_BYTES } = await compiled<typeof PartsAheadModule>("partsAhead.js");
    const whole = deflatedEntry("xl/worksheets/sheet1.xml", Buffer.alloc(PARTS_AHEAD_MIN_BYTES * 2, 0x20));
    // A directory that promises more bytes than the data inflates to.
    const ahead = readPartsAhead({ sheet: { ...whole, size: whole.size + 1 }, strings: stringsEntry(1 << 16) })!;
    expect(ahead.strings!.take()).toHaveLength(1 << 16);
    expect(ahead.sheet!.take()).toBeUndefined();
    const small = readPartsAhead({ sheet: deflatedEntry("xl/worksheets/sheet1.xml", Buffer.from("<x/>")) });
    expect(small).toBeUndefined();
  });
});

describe("a book opened with the contact sheet inflating ahead", () => {
  /** Two contact sheets of 3,000 contacts each (over a megabyte of XML), different contacts in each. */
  async function twoSheetBook(): Promise<string> {
    return writeWorkbook(path.join(dir, "two.xlsx"), [
      { name: "Contacts", values: generateContacts({ rows: 3000, seed: 7 }) },
      { name: "Other", values: generateContacts({ rows: 3000, seed: 8 }) },
    ]);
  }

  it("reads the contacts a book opened without it reads, whichever source the read names", async () => {
    const { XlsxBook: ThreadedBook } = await compiled<typeof XlsxBookModule>("xlsxBook.js");
    const file = await twoSheetBook();
    const plain = async (name?: string) => (await XlsxBook.open(file)).readContactSheet({ name });
    const contacts = await plain();
    const other = await plain("Other");
    expect(other.values).not.toEqual(contacts.values);
    // Started for the sheet the read then names.
    const ahead = await ThreadedBook.open(file, { contactsAhead: {} });
    expect(await ahead.readContactSheet({})).toEqual(contacts);
    // Started for one sheet, then the read names another: the head start is let go.
    const elsewhere = await ThreadedBook.open(file, { contactsAhead: { name: "Contacts" } });
    expect(await elsewhere.readContactSheet({ name: "Other" })).toEqual(other);
    expect(await elsewhere.readContactSheet({})).toEqual(contacts);
    // Started for a source the book does not have: the read refuses it as always.
    const missing = await ThreadedBook.open(file, { contactsAhead: { name: "Nowhere" } });
    await expect(missing.readContactSheet({ name: "Nowhere" })).rejects.toThrow(/No sheet or table named "Nowhere"/);
  });
});
