import { duplicateRowsError } from "../../app/store/applySheetChange";
import { DomainError } from "../../domain/errors";
import {
  defaultColumnMap,
  keyOf,
  mapColumns,
  recordToRow,
  rowToRecord,
  type Cell,
  type ColumnMap,
  type StoredRow,
} from "../rowCodec";
import type { CellKind, SheetSpec } from "../../app/store/sheetSpecs";
import type { BookParts, SheetGrid } from "./bookParts";
import { newWorksheetXml, replaceRows, rowsXml, writeRowsXml, type ColumnFormat } from "./sheetWriter";
import { parseRef, type SheetEntry } from "./workbookParts";
import { addWorksheet, ensureOwnStyles, type OwnStyles } from "./workbookEdits";

/** A dedicated sheet as read: where it is, how its columns sit, and its rows in sheet order. */
export interface SheetContent {
  readonly sheetName: string;
  readonly part: string;
  readonly headerRow: number;
  readonly map: ColumnMap;
  /** The header row's texts, as a table's column names must repeat them exactly. */
  readonly headers: readonly string[];
  readonly rows: StoredRow<object>[];
  /** The cell style of each column's cells (1-based column), as the sheet's first rows have them. */
  readonly columnStyles: ReadonlyMap<number, number>;
}

export interface FoundSheet {
  readonly sheet: SheetEntry & { readonly part: string };
  readonly headerRow: number;
}

/** Dedicated sheets are found by their Excel table name first and sheet name second, so a renamed sheet is found. */
export function findSheet(book: BookParts, spec: SheetSpec): FoundSheet | undefined {
  const sheets = book.workbook().sheets;
  const table = book.tables().find((t) => t.name.toLowerCase() === spec.tableName.toLowerCase());
  if (table) {
    const sheet = sheets.find((s) => s.name === table.sheetName);
    if (sheet?.part) return { sheet: { ...sheet, part: sheet.part }, headerRow: parseRef(table.ref).startRow };
  }
  const sheet = sheets.find((s) => s.name.toLowerCase() === spec.sheetName.toLowerCase());
  return sheet?.part ? { sheet: { ...sheet, part: sheet.part }, headerRow: 1 } : undefined;
}

/**
 * Contents made from a grid, by spec and sheet name. A command reads its segment's lines, then commits a change to
 * them, which reads the sheet again: the records are made once. A grid is dropped when its part changes
 * (BookParts.grid), and its contents with it.
 */
const contentsOfGrid = new WeakMap<SheetGrid, Map<SheetSpec, Map<string, SheetContent>>>();

/** The sheet's rows as records; callers get the rows array to themselves (the content's is shared, see above). */
export function readSheet(book: BookParts, found: FoundSheet, spec: SheetSpec): SheetContent {
  const grid = book.grid(found.sheet.part, found.sheet.name, found.headerRow);
  const bySpec = contentsOfGrid.get(grid) ?? new Map<SheetSpec, Map<string, SheetContent>>();
  contentsOfGrid.set(grid, bySpec);
  const byName = bySpec.get(spec) ?? new Map<string, SheetContent>();
  bySpec.set(spec, byName);
  let content = byName.get(found.sheet.name);
  if (!content) byName.set(found.sheet.name, (content = contentOf(grid, found, spec)));
  return { ...content, rows: [...content.rows] };
}

function contentOf(grid: SheetGrid, found: FoundSheet, spec: SheetSpec): SheetContent {
  const { sheet, headerRow } = found;
  if (grid.lastColumn === 0)
    throw new DomainError(`Sheet "${sheet.name}" is empty: its header row is missing.`, "sheet-layout");
  const width = grid.lastColumn;
  const cellsOf = (row: number): Cell[] => {
    const cells = grid.rows.get(row);
    const line = new Array<Cell>(width);
    for (let i = 0; i < width; i++) line[i] = cells?.[i] ?? null;
    return line;
  };
  const headerCells = cellsOf(headerRow);
  const map = mapColumns(spec, headerCells);
  const rows: StoredRow<object>[] = [];
  const seen = new Map<string, number>();
  const dataRows = [...grid.rows.keys()].filter((row) => row > headerRow).sort((a, b) => a - b);
  for (const sheetRow of dataRows) {
    const cells = cellsOf(sheetRow);
    if (cells.every((cell) => cell === null || cell === "")) continue;
    const row = rowToRecord<object>(spec, map, cells, sheetRow);
    const key = keyOf(spec, row.record);
    const first = seen.get(key);
    if (first !== undefined) throw duplicateRowsError(spec, first, sheetRow, key);
    seen.set(key, sheetRow);
    rows.push(row);
  }
  const headers = headerCells.map((cell) => (cell === null ? "" : String(cell)));
  return { sheetName: sheet.name, part: sheet.part, headerRow, map, headers, rows, columnStyles: grid.columnStyles };
}

function kindStyle(styles: OwnStyles, kind: CellKind): number | undefined {
  // Text-formatted cells keep user text such as "=1+1" as text when someone edits them later in Excel.
  if (kind === "text") return styles.text;
  if (kind === "date") return styles.date;
  if (kind === "integer") return styles.integer;
  return undefined;
}

export function createSheet(book: BookParts, spec: SheetSpec): SheetContent {
  const styles = ensureOwnStyles(book);
  const columnStyles = new Map<number, number>();
  spec.columns.forEach((column, i) => {
    const style = kindStyle(styles, column.kind);
    if (style !== undefined) columnStyles.set(i + 1, style);
  });
  const header = rowsXml(
    "",
    spec.sheetName,
    1,
    [spec.columns.map((c) => c.header)],
    spec.columns.map(() => ({ style: styles.header })),
  );
  const columns = spec.columns.map((column, i) => ({
    width: Math.max(10, Math.min(32, column.header.length + 4)),
    style: columnStyles.get(i + 1),
  }));
  const part = addWorksheet(
    book,
    spec.sheetName,
    newWorksheetXml(columns, header, { freezeHeader: true }),
    spec.hidden ? "veryHidden" : undefined,
  );
  return {
    sheetName: spec.sheetName,
    part,
    headerRow: 1,
    map: defaultColumnMap(spec),
    headers: spec.columns.map((c) => c.header),
    rows: [],
    columnStyles,
  };
}

/**
 * Replaces the rows below the header with `rows`; what the old content had below them is gone. Each row becomes
 * cells only as it is written, straight into the deflated part.
 */
export function writeRows(
  book: BookParts,
  content: SheetContent,
  spec: SheetSpec,
  rows: readonly StoredRow<object>[],
): void {
  const { headerRow, map } = content;
  const date1904 = book.workbook().date1904;
  const kinds = new Map(spec.columns.map((column, i) => [map.indexes[i], column.kind]));
  // A row is as wide as the map (recordToRow), and its extra cells sit in columns the header names.
  const formats: ColumnFormat[] = Array.from({ length: map.width }, (_, i) => ({
    style: content.columnStyles.get(i + 1),
    shift1904: date1904 && kinds.get(i) === "date",
  }));
  const old = book.pkg.bytes(content.part) ?? new Uint8Array();
  book.pkg.write(content.part, (out) =>
    replaceRows(old, headerRow + 1, out, (prefix) =>
      writeRowsXml(
        out,
        prefix,
        content.sheetName,
        headerRow + 1,
        rows.length,
        (i) => recordToRow(spec, map, rows[i]),
        formats,
      ),
    ),
  );
}
