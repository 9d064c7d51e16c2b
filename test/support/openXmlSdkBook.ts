/**
 * A contact book as the Open XML SDK writes one, at any size: x: prefixes, text as inline strings (no shared
 * strings part), absolute relationship targets and a workbook part not named workbook.xml. Written straight as
 * package parts so 100,000 contacts take a second or two.
 */
import { promises as fs } from "fs";
import { columnLetters } from "../../src/workbook/xlsx/workbookParts";
import { escapeText } from "../../src/workbook/xlsx/xml";
import { deflatedEntry, writeZip } from "../../src/workbook/xlsx/zipArchive";
import type { CellValue } from "./generateContacts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="utf-8"?>';

function sdkCell(ref: string, value: CellValue, dateStyle: boolean): string {
  if (value === "") return "";
  if (typeof value === "number") return `<x:c r="${ref}"${dateStyle ? ' s="1"' : ""}><x:v>${value}</x:v></x:c>`;
  if (typeof value === "boolean") return `<x:c r="${ref}" t="b"><x:v>${value ? 1 : 0}</x:v></x:c>`;
  return `<x:c r="${ref}" t="inlineStr"><x:is><x:t xml:space="preserve">${escapeText(value)}</x:t></x:is></x:c>`;
}

/** Writes `rows` (header first) to a sheet named Contacts; numbers in `dateColumns` get a yyyy-mm-dd format. */
export async function writeOpenXmlSdkBook(
  file: string,
  rows: readonly (readonly CellValue[])[],
  dateColumns: ReadonlySet<number>,
): Promise<void> {
  const sheetRows = rows.map(
    (row, r) =>
      `<x:row r="${r + 1}">${row.map((value, c) => sdkCell(`${columnLetters(c + 1)}${r + 1}`, value, r > 0 && dateColumns.has(c))).join("")}</x:row>`,
  );
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/wb.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/Kontakter.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Type="${REL}/officeDocument" Target="/xl/wb.xml" Id="R0a1"/></Relationships>`,
    "xl/_rels/wb.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/Kontakter.xml" Id="R1"/><Relationship Type="${REL}/styles" Target="styles.xml" Id="R2"/></Relationships>`,
    "xl/wb.xml": `${HEAD}<x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="Contacts" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
    "xl/styles.xml": `${HEAD}<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></x:numFmts><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
    "xl/worksheets/Kontakter.xml": `${HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetRows.join("")}</x:sheetData></x:worksheet>`,
  };
  const encoder = new TextEncoder();
  await fs.writeFile(
    file,
    writeZip(Object.entries(parts).map(([name, xml]) => deflatedEntry(name, encoder.encode(xml)))),
  );
}
