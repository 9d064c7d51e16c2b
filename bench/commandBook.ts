/**
 * The command bench's book: generated contacts with the sample's columns on a sheet named Contacts, strings shared
 * (as Excel saves them), dates formatted as dates. Written straight as package parts, so making 100,000 contacts takes
 * a second and the book looks like one Excel wrote.
 */
import { promises as fs } from "fs";
import { contactNumberFormats, generateContacts } from "../test/support/generateContacts";
import { columnLetters } from "../src/workbook/xlsx/workbookParts";
import { escapeText } from "../src/workbook/xlsx/xml";
import { deflatedEntry, writeZip } from "../src/workbook/xlsx/zipArchive";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function writeCommandBook(file: string, contacts: number, seed: number): Promise<void> {
  const values = generateContacts({ rows: contacts, seed });
  const dateColumns = new Set(contactNumberFormats().flatMap((format, i) => (format && /y/.test(format) ? [i] : [])));
  const strings = new Map<string, number>();
  const rows: string[] = [];
  values.forEach((row, r) => {
    const cells = row.map((value, c) => {
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      if (value === "") return "";
      if (typeof value === "number")
        return `<c r="${ref}"${dateColumns.has(c) && r > 0 ? ' s="1"' : ""}><v>${value}</v></c>`;
      if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
      let index = strings.get(value);
      if (index === undefined) strings.set(value, (index = strings.size));
      return `<c r="${ref}" t="s"><v>${index}</v></c>`;
    });
    rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join("");
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/_rels/workbook.xml.rels":
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/styles.xml":
      `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    "xl/sharedStrings.xml": `${HEAD}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
    "xl/worksheets/sheet1.xml": `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  };
  const encoder = new TextEncoder();
  await fs.writeFile(
    file,
    writeZip(Object.entries(parts).map(([name, xml]) => deflatedEntry(name, encoder.encode(xml)))),
  );
}
