/** The streamed parts resolve namespaces themselves (saxes's own processing is off for speed): same results. */
import { readSharedStrings } from "../../../src/workbook/xlsx/sharedStrings";
import { readWorksheet, type CellValue } from "../../../src/workbook/xlsx/worksheetReader";
import { XmlFormatError } from "../../../src/workbook/xlsx/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const bytes = (xml: string) => new TextEncoder().encode(xml);

function cells(xml: string): [number, number, CellValue][] {
  const found: [number, number, CellValue][] = [];
  const context = { strings: () => ["shared"], styles: { isDate: [], formats: [] }, date1904: false };
  readWorksheet(bytes(xml), context, { cell: (row, column, value) => found.push([row, column, value]) });
  return found;
}

describe("namespaces in streamed parts", () => {
  it("reads default, prefixed and locally declared names alike", () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
      `<c xmlns="${MAIN}" r="B1"><v>2</v></c><y:c xmlns:y="${MAIN}" r="C1"><y:v>3</y:v></y:c></x:row></x:sheetData></x:worksheet>`;
    expect(cells(xml)).toEqual([
      [1, 1, "shared"],
      [1, 2, 2],
      [1, 3, 3],
    ]);
  });

  it("leaves out elements of other namespaces, also when a prefix is rebound inside", () => {
    const xml =
      `<worksheet xmlns="${MAIN}" xmlns:o="urn:other"><sheetData><row r="1"><o:c r="A1"><o:v>1</o:v></o:c>` +
      `<c r="B1" xmlns="urn:other"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData></worksheet>`;
    expect(cells(xml)).toEqual([[1, 3, 3]]);
  });

  it("refuses an unbound prefix as XML that is not well-formed", () => {
    expect(() => cells(`<worksheet xmlns="${MAIN}"><z:sheetData/></worksheet>`)).toThrow(XmlFormatError);
    expect(() => readSharedStrings(bytes(`<sst xmlns="${MAIN}"><q:si/></sst>`))).toThrow(XmlFormatError);
  });

  it("reads shared strings with a prefix", () => {
    const xml = `<s:sst xmlns:s="${MAIN}"><s:si><s:t>a</s:t></s:si><s:si><s:r><s:t>b</s:t></s:r><s:r><s:t>c</s:t></s:r></s:si></s:sst>`;
    expect(readSharedStrings(bytes(xml))).toEqual(["a", "bc"]);
  });
});
