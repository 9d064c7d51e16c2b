/**
 * The shared strings read on a second thread (partsAhead.ts) and looked up once the contact sheet is read: the
 * same strings as reading them in turn, the same cells where a sheet writes one cell twice, and a part the thread
 * cannot read is left to the caller, which refuses it as before.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { readSharedStrings } from "../../../src/workbook/xlsx/sharedStrings";
import type * as PartsAheadModule from "../../../src/workbook/xlsx/partsAhead";
import { escapeText } from "../../../src/workbook/xlsx/xml";
import { deflatedEntry, entryData, readZip, writeZip } from "../../../src/workbook/xlsx/zipArchive";
import { buildCli } from "../../support/cliProcess";
import { tempDir, writeWorkbook } from "../../support/workbooks";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The compiled module, as the command runs it: under ts-jest there is no compiled file to start a thread on. */
async function compiledStringsAhead(): Promise<typeof PartsAheadModule> {
  const main = await buildCli();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(path.dirname(main), "..", "workbook", "xlsx", "partsAhead.js"));
}

function sstXml(items: readonly string[]): string {
  return `${HEAD}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
}

/** Texts with what makes shared strings hard: entities, non-ASCII, characters beyond the BMP, _xHHHH_ escapes. */
const piece = fc.constantFrom("a", "Å", "☃", "😀", "&amp;", "&lt;", "_x000D_", "_x005F_x0041_", " ", "&#x1F600;", "");
const item = fc
  .tuple(fc.array(piece, { maxLength: 6 }), fc.boolean())
  .map(([pieces, rich]) =>
    rich
      ? `<si><r><t>${pieces.join("")}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><r><t xml:space="preserve"> ${pieces.length}</t></r></si>`
      : `<si><t>${pieces.join("")}</t></si>`,
  );

describe("the shared strings read on a second thread", () => {
  it("are the strings read in turn, for any items, at a size worth a thread", async () => {
    const { readPartsAhead, PARTS_AHEAD_MIN_BYTES } = await compiledStringsAhead();
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 40 }), async (items) => {
        // Repeated up to the thread's threshold, so the thread is used, not declined.
        const one = items.join("");
        const repeat = Math.ceil(PARTS_AHEAD_MIN_BYTES / Math.max(1, Buffer.byteLength(one))) + 1;
        const entry = deflatedEntry("xl/sharedStrings.xml", Buffer.from(sstXml(Array(repeat).fill(one))));
        const ahead = readPartsAhead({ strings: entry })?.strings;
        expect(ahead).toBeDefined();
        expect(ahead!.take()).toEqual(readSharedStrings(entryData(entry)));
      }),
      { numRuns: 8 },
    );
  });

  it("leave a part the thread cannot read to the caller, and decline a small one", async () => {
    const { readPartsAhead, PARTS_AHEAD_MIN_BYTES } = await compiledStringsAhead();
    const broken = sstXml(Array(PARTS_AHEAD_MIN_BYTES / 16).fill("<si><t>x</t></si>")).replace("</sst>", "");
    const ahead = readPartsAhead({ strings: deflatedEntry("xl/sharedStrings.xml", Buffer.from(broken)) })?.strings;
    expect(ahead).toBeDefined();
    expect(ahead!.take()).toBeUndefined();
    expect(readPartsAhead({ strings: deflatedEntry("xl/sharedStrings.xml", Buffer.from(sstXml([]))) })).toBeUndefined();
  });
});

describe("a contact sheet's shared strings looked up once it is read", () => {
  /** A book whose contact sheet and shared strings are exactly these parts. */
  async function bookWith(name: string, rowsXml: string, strings: readonly string[]): Promise<string> {
    const file = await writeWorkbook(path.join(dir, name), [
      {
        name: "Contacts",
        values: [
          ["No.", "Name"],
          ["K1", "x"],
        ],
      },
    ]);
    const entries = readZip(await fs.readFile(file)).map((entry) => {
      if (entry.name === "xl/worksheets/sheet1.xml")
        return deflatedEntry(
          entry.name,
          Buffer.from(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rowsXml}</sheetData></worksheet>`),
        );
      if (entry.name === "xl/sharedStrings.xml")
        return deflatedEntry(entry.name, Buffer.from(sstXml(strings.map((s) => `<si><t>${escapeText(s)}</t></si>`))));
      return entry;
    });
    await fs.writeFile(file, writeZip(entries));
    return file;
  }

  it("keeps the later of two cells written at one place, whichever kind each is", async () => {
    const strings = ["No.", "Name", "K1", "first", "second", "K2"];
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      // A shared string, then a number, at B2; a number, then a shared string, at C2; two shared strings at D2.
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="B2"><v>7</v></c>' +
      '<c r="C2"><v>8</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>' +
      // An index past the table reads as blank, as in Excel.
      '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>99</v></c></row>';
    const file = await bookWith("twice.xlsx", rows, strings);
    const input = await (await XlsxBook.open(file)).readContactSheet({});
    expect(input.values).toEqual([
      ["No.", "Name", "", ""],
      ["K1", 7, "first", "second"],
      ["K2", "", "", ""],
    ]);
  });
});
