import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import * as zlib from "zlib";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import { SEGMENT_CRITERIA, SEGMENTS } from "../../../src/app/store/sheetSpecs";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { replaceRows, rowsXml, writeRowsXml } from "../../../src/workbook/xlsx/sheetWriter";
import { encodeXstring, escapeText } from "../../../src/workbook/xlsx/xml";
import { XlsxPackage } from "../../../src/workbook/xlsx/xlsxPackage";
import { deflatedEntry, entryData, PartDeflater, readZip, writeZip } from "../../../src/workbook/xlsx/zipArchive";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { editBook, tempDir, writeWorkbook } from "../../support/workbooks";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("a part deflated as it is written", () => {
  it("joins batches of text and bytes into one deflate stream with the whole part's size and checksum", () => {
    const deflater = new PartDeflater();
    const pieces: Buffer[] = [];
    // Several megabytes, so the part is deflated in several batches; text with characters beyond Latin-1.
    for (let i = 0; i < 60_000; i++) {
      const text = `<row r="${i}"><c><is><t>Ödmjuk ☃ ${i}</t></is></c></row>`;
      deflater.write(text);
      pieces.push(Buffer.from(text, "utf8"));
      if (i % 20_000 === 0) {
        const bytes = Buffer.from(`<!-- bytes ${i} -->`, "utf8");
        deflater.write(bytes);
        pieces.push(bytes);
      }
      if (i === 30_000) {
        // Pieces larger than a batch: a text and bytes.
        const text = `<!-- ${"Å".repeat(600_000)} -->`;
        const bytes = Buffer.alloc(1_500_000, 0x20);
        deflater.write(text);
        deflater.write(bytes);
        pieces.push(Buffer.from(text, "utf8"), bytes);
      }
    }
    const whole = Buffer.concat(pieces);
    const entry = deflater.entry("xl/worksheets/sheet1.xml");
    expect(whole.length).toBeGreaterThan(3 << 20);
    expect(entry).toMatchObject({ name: "xl/worksheets/sheet1.xml", method: 8, size: whole.length });
    expect(entry.crc).toBe(zlib.crc32(whole));
    expect(entryData(entry).equals(whole)).toBe(true);
    // Another zip reader takes it too: zlib inflating the archive's entry on its own.
    const [read] = readZip(writeZip([entry]));
    expect(zlib.inflateRawSync(read.raw).equals(whole)).toBe(true);
  });

  it("writes an empty part", () => {
    const entry = new PartDeflater().entry("empty.xml");
    expect(entry.size).toBe(0);
    expect(entryData(entry).length).toBe(0);
  });

  it("refuses an entry whose data is not the size its directory says, even one claiming far more", () => {
    const entry = deflatedEntry("a.xml", Buffer.from("<a/>".repeat(100)));
    expect(() => entryData({ ...entry, size: entry.size - 1 })).toThrow("a.xml: wrong size");
    expect(() => entryData({ ...entry, size: 0xfffffff0 })).toThrow("a.xml: wrong size");
  });

  it("keeps a part written through XlsxPackage.write readable as text, and leaves it as it was when writing fails", () => {
    const pkg = XlsxPackage.fromBytes(writeZip([deflatedEntry("a.xml", Buffer.from("<a>old</a>"))]), "t.xlsx");
    pkg.write("a.xml", (out) => {
      out.write("<a>");
      out.write(Buffer.from("né", "utf8"));
      out.write("w</a>");
    });
    expect(pkg.text("a.xml")).toBe("<a>néw</a>");
    expect(() =>
      pkg.write("a.xml", (out) => {
        out.write("<a>half");
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(pkg.text("a.xml")).toBe("<a>néw</a>");
    const [saved] = readZip(Buffer.concat(pkg.toChunks()));
    expect(entryData(saved).toString("utf8")).toBe("<a>néw</a>");
  });
});

describe("rows written into a worksheet part", () => {
  const worksheet = (sheetData: string) =>
    `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="20"/></cols>${sheetData}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1" xmlns:r="r"/></tableParts></worksheet>`;

  function rewrite(xml: string, fromRow: number, rows: string[][]): string {
    const pieces: string[] = [];
    const out = { write: (data: string | Uint8Array) => pieces.push(Buffer.from(data).toString("utf8")) };
    replaceRows(Buffer.from(xml, "utf8"), fromRow, out, (prefix) =>
      writeRowsXml(out, prefix, "S", fromRow, rows.length, (i) => rows[i], []),
    );
    return pieces.join("");
  }

  it("replaces the rows from one row down and keeps every byte around them, beyond ASCII too", () => {
    const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>Nämn ☃</t></is></c></row>`;
    const old = `<row r="2"><c r="A2" t="inlineStr"><is><t>gammal</t></is></c></row>`;
    const xml = worksheet(`<sheetData>${header}${old}</sheetData>`);
    const written = rewrite(xml, 2, [["ny"]]);
    expect(written).toBe(
      worksheet(`<sheetData>${header}<row r="2"><c r="A2" t="inlineStr"><is><t>ny</t></is></c></row></sheetData>`),
    );
  });

  it("opens a sheetData written empty", () => {
    expect(rewrite(worksheet("<sheetData/>"), 1, [["a"]])).toBe(
      worksheet(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData>`),
    );
  });

  it("marks whitespace to be kept only where a reader could otherwise drop or fold it", () => {
    const xml = rowsXml(
      "",
      "S",
      1,
      [[" lead", "trail ", "two  spaces", "line\nbreak", "tab\there", "plain words"]],
      [],
    );
    const cells = xml.match(/<t[^>]*>/g);
    expect(cells).toEqual([
      '<t xml:space="preserve">',
      '<t xml:space="preserve">',
      '<t xml:space="preserve">',
      '<t xml:space="preserve">',
      '<t xml:space="preserve">',
      "<t>",
    ]);
  });

  it("writes any text as escaping and Excel's _xHHHH_ encoding make it, whether or not it holds what they change", () => {
    const piece = fc.constantFrom(
      "a",
      "Å",
      "☃",
      " ",
      "&",
      "<",
      ">",
      "_",
      "_x0041_",
      "_x00",
      "\u0001",
      "\t",
      "\n",
      "\uffff",
      '"',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 6 }), (pieces) => {
        const value = pieces.join("");
        fc.pre(value !== "");
        const cell = rowsXml("", "S", 1, [[value]], []);
        const inner = /<t[^>]*>([\s\S]*)<\/t>/.exec(cell)?.[1];
        expect(inner).toBe(escapeText(encodeXstring(value)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("a change that leaves a sheet as it was", () => {
  const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };

  it("writes none of its parts again: every entry of the package keeps its compressed bytes", async () => {
    const dir = await tempDir();
    try {
      const file = await writeWorkbook(path.join(dir, "b.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
      let book = await XlsxBook.open(file);
      await initBook(book);
      await createSegment(book, ctx, { description: "One" });
      await book.save();
      // Another program saves the book, so a sheet written again would differ from its bytes.
      await editBook(file, () => undefined);
      // Folder entries are no parts: the package never writes them.
      const parts = (data: Buffer) => readZip(data).filter((entry) => !entry.name.endsWith("/"));
      const before = parts(await fs.readFile(file));
      book = await XlsxBook.open(file);
      // Log deletes a segment's criteria whether or not it has any; here it has none.
      await book.commit({ sheets: [{ spec: SEGMENT_CRITERIA, deleteKeys: ["SEG00001\u00001"] }] });
      await book.save();
      const after = parts(await fs.readFile(file));
      expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
      after.forEach((entry, i) => expect(Buffer.from(entry.raw).equals(Buffer.from(before[i].raw))).toBe(true));
      // The check can fail: a sheet whose rows change is written again.
      book = await XlsxBook.open(file);
      await book.commit({ sheets: [{ spec: SEGMENTS, deleteKeys: ["seg00001"] }] });
      await book.save();
      const changed = parts(await fs.readFile(file)).filter(
        (entry, i) => !Buffer.from(entry.raw).equals(Buffer.from(before[i].raw)),
      );
      expect(changed.length).toBeGreaterThan(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
