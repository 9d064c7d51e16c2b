import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import XlsxPopulate from "xlsx-populate";

export interface SheetFixture {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** 1-based sheet rows to hide. */
  readonly hiddenRows?: readonly number[];
  /** Number format per 1-based column. */
  readonly formats?: Readonly<Record<number, string>>;
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "segments-test-"));
}

/** Writes an .xlsx with the given sheets (first sheet replaces the blank one). */
export async function writeWorkbook(file: string, sheets: readonly SheetFixture[]): Promise<string> {
  const workbook = await XlsxPopulate.fromBlankAsync();
  sheets.forEach((fixture, i) => {
    const sheet = i === 0 ? workbook.sheet(0)! : workbook.addSheet(fixture.name);
    sheet.name(fixture.name);
    fixture.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== undefined && value !== null) sheet.cell(r + 1, c + 1).value(value);
      }),
    );
    for (const [column, format] of Object.entries(fixture.formats ?? {})) {
      sheet.range(1, Number(column), Math.max(1, fixture.values.length), Number(column)).style("numberFormat", format);
    }
  });
  await workbook.toFileAsync(file);
  if (sheets.some((s) => s.hiddenRows?.length)) await hideRows(file, sheets);
  return file;
}

async function hideRows(file: string, sheets: readonly SheetFixture[]): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (let i = 0; i < sheets.length; i++) {
    const hidden = new Set(sheets[i].hiddenRows ?? []);
    if (hidden.size === 0) continue;
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/<row r="(\d+)"/g, (tag, r) => (hidden.has(Number(r)) ? `${tag} hidden="1"` : tag)));
  }
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/**
 * Adds parts a workbook carries that xlsx-populate does not model: an inserted add-in's web extension and task
 * pane binding, and a drawing with a chart. The command must keep them.
 */
export async function addForeignParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts: Record<string, string> = {
    "xl/webextensions/webextension1.xml":
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A1F2C77-0000-4000-8000-000000000001}"><we:reference id="wa000000000" version="1.0.0.0" store="en-US" storeType="OMEX"/></we:webextension>',
    "xl/webextensions/taskpanes.xml":
      '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"/></wetp:taskpanes>',
    "xl/charts/chart1.xml": '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    "xl/drawings/drawing1.xml": '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
  };
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return Object.keys(parts);
}

export async function partList(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
}

/** A sheet's used values, blanks as "". */
export async function sheetValues(file: string, sheetName: string): Promise<unknown[][]> {
  const workbook = await XlsxPopulate.fromDataAsync(await fs.readFile(file));
  const sheet = workbook.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const used = sheet.usedRange();
  const rows = used ? used.value().map((row) => row.map((v) => (v === undefined || v === null ? "" : v))) : [];
  // Rows emptied by a shorter rewrite stay in the used range; they hold nothing.
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === "")) rows.pop();
  return rows;
}

export async function sheetNames(file: string): Promise<string[]> {
  const workbook = await XlsxPopulate.fromDataAsync(await fs.readFile(file));
  return workbook.sheets().map((s) => s.name());
}

/** Turns a range of sheet N (1-based) into an Excel table, as Excel writes one (header row, optional totals row). */
export async function addTable(file: string, sheetIndex: number, name: string, ref: string, headers: readonly string[], totalsRowCount = 0): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const tableNo = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).length + 1;
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("");
  const dataRef = totalsRowCount ? ref.replace(/(\d+)$/, (n) => String(Number(n) - totalsRowCount)) : ref;
  zip.file(
    `xl/tables/table${tableNo}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableNo}" name="${name}" displayName="${name}" ref="${ref}"${totalsRowCount ? ` totalsRowCount="${totalsRowCount}"` : ""}><autoFilter ref="${dataRef}"/><tableColumns count="${headers.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
  );
  const relsPath = `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`;
  const rels = (await zip.file(relsPath)?.async("string")) ?? '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="rIdTable${tableNo}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table${tableNo}.xml"/></Relationships>`));
  const sheetPath = `xl/worksheets/sheet${sheetIndex}.xml`;
  let sheetXml = await zip.file(sheetPath)!.async("string");
  if (!sheetXml.includes("xmlns:r=")) sheetXml = sheetXml.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  zip.file(sheetPath, sheetXml.replace("</worksheet>", `<tableParts count="1"><tablePart r:id="rIdTable${tableNo}"/></tableParts></worksheet>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}
