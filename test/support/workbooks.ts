import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";

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

/** Writes an .xlsx with the given sheets, by exceljs (a program this project did not write). */
export async function writeWorkbook(file: string, sheets: readonly SheetFixture[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const fixture of sheets) {
    const sheet = workbook.addWorksheet(fixture.name);
    fixture.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== undefined && value !== null)
          sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
    for (const [column, format] of Object.entries(fixture.formats ?? {})) {
      for (let r = 1; r <= Math.max(1, fixture.values.length); r++) sheet.getCell(r, Number(column)).numFmt = format;
    }
    for (const row of fixture.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/**
 * Adds parts a workbook carries that no spreadsheet library models: an inserted add-in's web extension and task
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
    "xl/drawings/drawing1.xml":
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
  };
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return Object.keys(parts);
}

export async function partList(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return Object.keys(zip.files)
    .filter((name) => !zip.files[name].dir)
    .sort();
}

/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

/** A cell as Range.values would give it: exceljs's dates back to serials, rich text as text, results of formulas. */
function plainValue(value: ExcelJS.CellValue, date1904: boolean): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + EPOCH_SERIAL - (date1904 ? 1462 : 0);
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null, date1904);
  if ("text" in value) return value.text;
  return String(value);
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's used values from A1, blanks as "", read by exceljs. */
export async function sheetValues(file: string, sheetName: string): Promise<unknown[][]> {
  const workbook = await readBook(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const date1904 = workbook.properties.date1904 === true;
  const rows: unknown[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = plainValue(cell.value, date1904);
    });
    rows[r - 1] = cells;
    width = Math.max(width, cells.length);
  });
  const grid = Array.from(rows, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ""));
  // Rows emptied by a shorter rewrite hold nothing.
  while (grid.length > 0 && grid[grid.length - 1].every((v) => v === "")) grid.pop();
  return grid;
}

export async function sheetNames(file: string): Promise<string[]> {
  return (await readBook(file)).worksheets.map((s) => s.name);
}

/** Turns a range of sheet N (1-based) into an Excel table, as Excel writes one (header row, optional totals row). */
export async function addTable(
  file: string,
  sheetIndex: number,
  name: string,
  ref: string,
  headers: readonly string[],
  totalsRowCount = 0,
): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const tableNo = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).length + 1;
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("");
  const dataRef = totalsRowCount ? ref.replace(/(\d+)$/, (n) => String(Number(n) - totalsRowCount)) : ref;
  zip.file(
    `xl/tables/table${tableNo}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableNo}" name="${name}" displayName="${name}" ref="${ref}"${totalsRowCount ? ` totalsRowCount="${totalsRowCount}"` : ""}><autoFilter ref="${dataRef}"/><tableColumns count="${headers.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
  );
  const relsPath = `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`;
  const rels =
    (await zip.file(relsPath)?.async("string")) ??
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdTable${tableNo}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table${tableNo}.xml"/></Relationships>`,
    ),
  );
  const sheetPath = `xl/worksheets/sheet${sheetIndex}.xml`;
  let sheetXml = await zip.file(sheetPath)!.async("string");
  if (!sheetXml.includes("xmlns:r="))
    sheetXml = sheetXml.replace(
      "<worksheet ",
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );
  zip.file(
    sheetPath,
    sheetXml.replace(
      "</worksheet>",
      `<tableParts count="1"><tablePart r:id="rIdTable${tableNo}"/></tableParts></worksheet>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    ),
  );
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/**
 * Opens the book in exceljs, lets `edit` change it and saves it: the book as another program leaves it after a user's
 * edit.
 */
export async function editBook(file: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = await readBook(file);
  edit(workbook);
  await workbook.xlsx.writeFile(file);
}

/** Sets a cell as a user types it; "" or undefined empties it. */
export function setCell(sheet: ExcelJS.Worksheet, row: number, column: number, value: unknown): void {
  sheet.getCell(row, column).value = value === "" || value === undefined ? null : (value as ExcelJS.CellValue);
}

/** A worksheet's values from A1 to its last row and column, blanks as "". */
export function gridOf(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): unknown[][] {
  const date1904 = workbook.properties.date1904 === true;
  const grid: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) row.push(plainValue(sheet.getCell(r, c).value, date1904));
    grid.push(row);
  }
  return grid;
}

/** Sets cells, by header title, of the rows of `sheetName` (below its header row) that `match` picks. */
export async function editRows(
  file: string,
  sheetName: string,
  match: (row: unknown[]) => boolean,
  cells: Readonly<Record<string, unknown>>,
): Promise<void> {
  await editBook(file, (workbook) => {
    const sheet = workbook.getWorksheet(sheetName)!;
    const values = gridOf(workbook, sheet);
    const titles = values[0].map(String);
    values.forEach((row, i) => {
      if (i === 0 || !match(row)) return;
      for (const [title, value] of Object.entries(cells)) setCell(sheet, i + 1, titles.indexOf(title) + 1, value);
    });
  });
}
