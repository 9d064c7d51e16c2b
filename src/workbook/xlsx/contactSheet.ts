import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { growInt32 } from "../../domain/growInt32";
import type { BookParts } from "./bookParts";
import { parseRef } from "./workbookParts";
import { ROW_HINT_MAX, type CellValue, type WorksheetVisitor } from "./worksheetReader";

/** Number formats are sampled from this many rows at the top rather than read for the whole sheet. */
const FORMAT_SAMPLE_ROWS = 40;

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A named sheet or table, else the stored choice, else a table or sheet named Contacts; tables are looked up first. */
export function findContactSheet(book: BookParts, name: string | undefined, storedChoice: string) {
  const wanted = name ?? (storedChoice !== "" ? storedChoice : "Contacts");
  const table = book.tables().find((t) => sameName(t.name, wanted));
  const sheets = book.workbook().sheets;
  const sheet = table
    ? sheets.find((s) => s.name === table.sheetName)
    : sheets.find((s) => s.part !== undefined && sameName(s.name, wanted));
  if (!sheet?.part) {
    const names = sheets.map((s) => s.name).join(", ");
    const tables =
      book
        .tables()
        .map((t) => t.name)
        .join(", ") || "none";
    const hint = name ? "" : " Name the contact sheet with --contacts NAME.";
    throw new DomainError(
      `No sheet or table named "${wanted}" in this workbook (sheets: ${names}; tables: ${tables}).${hint}`,
      "no-contacts",
    );
  }
  return { sheet: { ...sheet, part: sheet.part }, table };
}

/** The contact sheet's cells (see findContactSheet), within its table when it is one. */
export function readContactSheet(
  book: BookParts,
  name: string | undefined,
  storedChoice: string,
): Omit<ContactSheetInput, "locale"> {
  const { sheet, table } = findContactSheet(book, name, storedChoice);
  const limit = table ? parseRef(table.ref) : undefined;
  book.startAhead(sheet.part);
  const { rows, hiddenRows, unresolved, formatSample, minRow, maxRow, minColumn, maxColumn } = book.scanSheet(
    sheet.part,
    () => sheetCells(book, limit),
  );
  const bounds =
    limit ??
    (maxRow === 0 ? undefined : { startRow: minRow, endRow: maxRow, startColumn: minColumn, endColumn: maxColumn });
  if (!bounds) return { sheetName: sheet.name, values: [] };
  const width = bounds.endColumn - bounds.startColumn + 1;
  const values: (string | number | boolean)[][] = [];
  for (let row = bounds.startRow; row <= bounds.endRow; row++) {
    const cells = rows.get(row);
    if (cells && bounds.startColumn === 1) {
      // The row's own array becomes the line, so 100,000 rows are not held twice while the lines are made.
      for (let i = 0; i < width; i++) if (cells[i] === undefined) cells[i] = "";
      cells.length = width;
      values.push(cells);
      continue;
    }
    const line: (string | number | boolean)[] = new Array(width);
    for (let i = 0; i < width; i++) line[i] = cells?.[bounds.startColumn - 1 + i] ?? "";
    values.push(line);
  }
  const numberFormats = Array.from({ length: width }, (_, i) => formatSample.get(bounds.startColumn + i));
  return {
    sheetName: sheet.name,
    values,
    firstRow: bounds.startRow,
    firstColumn: bounds.startColumn - 1,
    numberFormats,
    hasTotalsRow: (table?.totalsRowCount ?? 0) > 0,
    hiddenRows,
    ...(unresolved.length > 0
      ? {
          unresolvedCells: unresolved.map((cell) => ({
            row: cell.row - bounds.startRow,
            column: cell.column - bounds.startColumn,
          })),
        }
      : {}),
  };
}

/** The contact sheet's cells as read, within the table's range when it is a table. */
function sheetCells(book: BookParts, limit: ReturnType<typeof parseRef> | undefined) {
  const rows = new Map<number, CellValue[]>();
  const hiddenRows = new Set<number>();
  const unresolved: { row: number; column: number }[] = [];
  const formatSample = new Map<number, string>();
  let minRow = Infinity;
  let maxRow = 0;
  let minColumn = Infinity;
  let maxColumn = 0;
  const inside = (row: number, column: number) =>
    !limit ||
    (row >= limit.startRow && row <= limit.endRow && column >= limit.startColumn && column <= limit.endColumn);
  const grow = (row: number, column: number) => {
    if (row < minRow) minRow = row;
    if (row > maxRow) maxRow = row;
    if (column < minColumn) minColumn = column;
    if (column > maxColumn) maxColumn = column;
  };
  const styles = book.styles();
  let lastRow = -1;
  let lastCells: CellValue[] | undefined;
  /** The row's cells, made on its first cell; undefined outside the table. */
  const cellsAt = (row: number, column: number): CellValue[] | undefined => {
    if (!inside(row, column)) return undefined;
    grow(row, column);
    // A row's cells come together: its array is looked up once per row, not once per cell.
    if (row !== lastRow) {
      lastRow = row;
      lastCells = rows.get(row);
      if (!lastCells) rows.set(row, (lastCells = new Array<CellValue>(Math.min(maxColumn, ROW_HINT_MAX))));
    }
    return lastCells;
  };
  const pending = new PendingStrings();
  const visitor: WorksheetVisitor = {
    row: (row, hidden) => {
      if (hidden) hiddenRows.add(row);
    },
    // Looked up once the sheet is read, while the shared strings are read on a second thread meanwhile.
    sharedString: (row, column, index) => {
      const cells = cellsAt(row, column);
      if (cells) pending.add(cells, column - 1, index);
    },
    cell: (row, column, value, style) => {
      const cells = cellsAt(row, column);
      if (!cells) return;
      cells[column - 1] = value;
      if (
        typeof value === "number" &&
        row <= (limit?.startRow ?? minRow) + FORMAT_SAMPLE_ROWS &&
        !formatSample.has(column)
      ) {
        const format = styles.formats[style];
        if (format && format !== "General") formatSample.set(column, format);
      }
    },
    unresolved: (row, column) => {
      if (!inside(row, column)) return;
      grow(row, column);
      unresolved.push({ row, column });
    },
  };
  return {
    visitor,
    result: () => {
      pending.resolve(book.strings());
      return { rows, hiddenRows, unresolved, formatSample, minRow, maxRow, minColumn, maxColumn };
    },
  };
}

/** Stands in a row's cells for a shared string not looked up yet. */
const PENDING = Symbol("pending shared string") as unknown as CellValue;

/**
 * Shared string cells to look up once the strings are read: each one's row (by its place in the rows met), column and
 * string index. A row's cells come together, so the rows are listed once each, not once per cell (a reference per
 * cell was an array of 1.1 million entries at 100,000 contacts, regrown as it filled; docs/decisions.md §D123).
 */
class PendingStrings {
  private rows: CellValue[][] = [];
  private lastCells: CellValue[] | undefined;
  private places = new Int32Array(3 << 16);
  private count = 0;

  add(cells: CellValue[], column: number, index: number): void {
    cells[column] = PENDING;
    if (cells !== this.lastCells) {
      this.lastCells = cells;
      this.rows.push(cells);
    }
    this.places = growInt32(this.places, this.count * 3 + 3);
    this.places[this.count * 3] = this.rows.length - 1;
    this.places[this.count * 3 + 1] = column;
    this.places[this.count * 3 + 2] = index;
    this.count++;
  }

  /**
   * Last first, each only while its cell still waits: of two cells written at one place the later one stays, as
   * when every cell is read in turn.
   */
  resolve(strings: readonly string[]): void {
    for (let i = this.count - 1; i >= 0; i--) {
      const cells = this.rows[this.places[i * 3]];
      const column = this.places[i * 3 + 1];
      if (cells[column] === PENDING) cells[column] = strings[this.places[i * 3 + 2]] ?? "";
    }
    this.rows = [];
    this.lastCells = undefined;
    this.count = 0;
  }
}
