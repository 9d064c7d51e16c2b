import type XlsxPopulate from "xlsx-populate";
import { duplicateRowsError } from "../../app/store/applySheetChange";
import { DomainError } from "../../domain/errors";
import { defaultColumnMap, keyOf, mapColumns, recordToRow, rowToRecord, type Cell, type ColumnMap, type StoredRow } from "../rowCodec";
import type { CellKind, SheetSpec } from "../../app/store/sheetSpecs";
import { plainCell } from "./cells";
import { parseRef, type PackageInfo } from "./packageParts";

/** A dedicated sheet as read: where it is, how its columns sit, and its rows in sheet order. */
export interface SheetContent {
  readonly sheet: XlsxPopulate.Sheet;
  readonly headerRow: number;
  readonly map: ColumnMap;
  /** The header row's texts, as a table's column names must repeat them exactly. */
  readonly headers: readonly string[];
  readonly rows: StoredRow<object>[];
  /** The last sheet row that held anything, so a shorter rewrite clears what is left. */
  readonly lastRow: number;
}

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  // Text-formatted cells keep user text such as "=1+1" as text when someone edits them later in Excel.
  text: "@",
  date: "yyyy-mm-dd",
  number: undefined,
  integer: "0",
  boolean: undefined,
};

/** Dedicated sheets are found by their Excel table name first and sheet name second, so a renamed sheet is found. */
export function findSheet(workbook: XlsxPopulate.Workbook, info: PackageInfo, spec: SheetSpec): { sheet: XlsxPopulate.Sheet; headerRow: number } | undefined {
  const table = info.tables.find((t) => t.name.toLowerCase() === spec.tableName.toLowerCase());
  if (table) {
    const sheet = workbook.sheet(table.sheetName);
    if (sheet) return { sheet, headerRow: parseRef(table.ref).startRow };
  }
  const sheet = workbook.sheets().find((s) => s.name().toLowerCase() === spec.sheetName.toLowerCase());
  return sheet ? { sheet, headerRow: 1 } : undefined;
}

export function readSheet(found: { sheet: XlsxPopulate.Sheet; headerRow: number }, spec: SheetSpec): SheetContent {
  const { sheet, headerRow } = found;
  const used = sheet.usedRange();
  if (!used) throw new DomainError(`Sheet "${sheet.name()}" is empty: its header row is missing.`, "sheet-layout");
  const lastRow = used.endCell().rowNumber();
  const lastColumn = used.endCell().columnNumber();
  const values = sheet.range(headerRow, 1, Math.max(lastRow, headerRow), lastColumn).value().map((row) => row.map(plainCell));
  const map = mapColumns(spec, values[0]);
  const rows: StoredRow<object>[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    if (cells.every((cell) => cell === null || cell === "")) continue;
    const row = rowToRecord<object>(spec, map, cells, headerRow + i);
    const key = keyOf(spec, row.record);
    const first = seen.get(key);
    if (first !== undefined) throw duplicateRowsError(spec, first, headerRow + i, key);
    seen.set(key, headerRow + i);
    rows.push(row);
  }
  const headers = values[0].map((cell) => (cell === null ? "" : String(cell)));
  return { sheet, headerRow, map, headers, rows, lastRow };
}

/**
 * One shared cell format per number format (and one for headers): xlsx-populate gives every styled cell a format
 * of its own, and a big segment would run into Excel's limit of about 64,000 formats.
 */
const sharedStyles = new WeakMap<XlsxPopulate.Workbook, Map<string, XlsxPopulate.Style>>();

function sharedStyle(workbook: XlsxPopulate.Workbook, key: string, styles: Record<string, unknown>): XlsxPopulate.Style {
  let byKey = sharedStyles.get(workbook);
  if (!byKey) sharedStyles.set(workbook, (byKey = new Map()));
  let style = byKey.get(key);
  if (!style) {
    style = workbook.styleSheet().createStyle();
    for (const [name, value] of Object.entries(styles)) style.style(name, value);
    byKey.set(key, style);
  }
  return style;
}

export function createSheet(workbook: XlsxPopulate.Workbook, spec: SheetSpec): SheetContent {
  const sheet = workbook.addSheet(spec.sheetName);
  sheet.range(1, 1, 1, spec.columns.length).value([spec.columns.map((column) => column.header)]);
  sheet.range(1, 1, 1, spec.columns.length).style(sharedStyle(workbook, "header", { bold: true }));
  spec.columns.forEach((column, i) => {
    const format = NUMBER_FORMATS[column.kind];
    // A column style: cells created later in the column take its format, so writes never style cell by cell.
    if (format) sheet.column(i + 1).style(sharedStyle(workbook, format, { numberFormat: format }));
    sheet.column(i + 1).width(Math.max(10, Math.min(32, column.header.length + 4)));
  });
  sheet.freezePanes(0, 1);
  if (spec.hidden) sheet.hidden("very");
  return { sheet, headerRow: 1, map: defaultColumnMap(spec), headers: spec.columns.map((c) => c.header), rows: [], lastRow: 1 };
}

/** Writes the rows below the header in one block and clears whatever the old content left below them. */
export function writeRows(content: SheetContent, spec: SheetSpec, rows: readonly StoredRow<object>[]): void {
  const { sheet, headerRow, map } = content;
  const first = headerRow + 1;
  const last = headerRow + rows.length;
  if (rows.length > 0) {
    const block: Cell[][] = rows.map((row) => recordToRow(spec, map, row));
    // null (not undefined) clears a cell: xlsx-populate skips undefined entries of an array.
    sheet.range(first, 1, last, map.width).value(block);
  }
  if (content.lastRow > last) {
    const width = Math.max(map.width, ...[...map.extraColumns.keys()].map((i) => i + 1));
    sheet.range(last + 1, 1, content.lastRow, width).value(null);
  }
}
