import { isoToSerial, serialToIso } from "../domain/contacts/column";
import { headerKey } from "../domain/contacts/fields";
import { DomainError } from "../domain/errors";
import type { ColumnSpec, SheetSpec } from "../app/store/sheetSpecs";
import { NO_EXTRA_CELLS, type Cell, type CellProblem, type StoredRow } from "../app/store/rows";

// The storage model lives with the port; gateways that import it from here keep working.
export type { Cell, StoredRow } from "../app/store/rows";
export { keyOf } from "../app/store/rows";

/** Where each spec column sits on the sheet, found by header text so renamed or moved columns are still found. */
export interface ColumnMap {
  readonly indexes: readonly number[];
  /** Columns the user added, by index, with their header. */
  readonly extraColumns: ReadonlyMap<number, string>;
  readonly width: number;
}

export function mapColumns(spec: SheetSpec, headerCells: readonly Cell[]): ColumnMap {
  const byKey = new Map<string, number>();
  headerCells.forEach((cell, index) => {
    const key = headerKey(cellToText(cell));
    if (key !== "" && !byKey.has(key)) byKey.set(key, index);
  });
  const indexes = spec.columns.map((column) => {
    const index = byKey.get(headerKey(column.header));
    if (index === undefined) {
      throw new DomainError(
        `Sheet "${spec.sheetName}" has no column "${column.header}". Restore the column header (row 1) or undo the change.`,
        "sheet-layout",
      );
    }
    return index;
  });
  const owned = new Set(indexes);
  const extraColumns = new Map<number, string>();
  headerCells.forEach((cell, index) => {
    if (!owned.has(index) && cellToText(cell) !== "") extraColumns.set(index, cellToText(cell));
  });
  return { indexes, extraColumns, width: Math.max(headerCells.length, ...indexes.map((i) => i + 1)) };
}

function cellToText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

/** A cell that does not hold what its column needs; `detail` says what, without the place. */
class CellValueError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function where(spec: SheetSpec, sheetRow: number, column: ColumnSpec): string {
  return `${spec.sheetName} row ${sheetRow}, column ${column.header}`;
}

/** The last date read: a sheet's date column mostly repeats one date, whose check then runs once. */
let lastDate: string | undefined;

function readCell(column: ColumnSpec, cell: Cell | undefined): unknown {
  const blank = cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
  switch (column.kind) {
    case "text":
      return cellToText(cell);
    case "number":
    case "integer": {
      if (blank) return 0;
      const value = typeof cell === "number" ? cell : Number(String(cell).trim().replace(",", "."));
      if (!Number.isFinite(value) || (column.kind === "integer" && !Number.isInteger(value))) {
        const expected = column.kind === "integer" ? "a whole number" : "a number";
        throw new CellValueError(`"${cellToText(cell)}" is not ${expected}`);
      }
      return value;
    }
    case "date": {
      if (blank) return "";
      // A serial past year 9999 reads as its number, which is no date either.
      const text = typeof cell === "number" ? serialToIso(cell) : cellToText(cell);
      if (text === lastDate || !Number.isNaN(isoToSerial(text))) return (lastDate = text);
      throw new CellValueError(`"${text}" is not a date (use yyyy-mm-dd)`);
    }
    case "boolean": {
      if (blank) return false;
      if (typeof cell === "boolean") return cell;
      const text = cellToText(cell).toLowerCase();
      if (["true", "yes", "ja", "1"].includes(text)) return true;
      if (["false", "no", "nej", "0"].includes(text)) return false;
      throw new CellValueError(`"${cellToText(cell)}" is not TRUE or FALSE`);
    }
  }
}

/** A sheet row back into a record; `sheetRow` (1-based) is for messages. A cell it cannot read becomes the row's `problem`. */
export function rowToRecord<R>(
  spec: SheetSpec,
  map: ColumnMap,
  cells: readonly Cell[],
  sheetRow: number,
): StoredRow<R> {
  const record: Record<string, unknown> = {};
  // Made at its first cell: most rows have none, and share NO_EXTRA_CELLS.
  let extra: Map<number, Cell> | undefined;
  let problem: CellProblem | undefined;
  const columns = spec.columns;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const index = map.indexes[i];
    try {
      record[column.prop] = readCell(column, cells[index]);
    } catch (error) {
      if (!(error instanceof CellValueError)) throw error;
      const message = `${where(spec, sheetRow, column)}: ${error.detail}.`;
      problem ??= { column: column.header, detail: error.detail, error: new DomainError(message, "cell-value") };
      record[column.prop] = readCell(column, null);
      (extra ??= new Map()).set(index, cells[index] ?? null);
    }
  }
  for (const index of map.extraColumns.keys()) {
    const cell = cells[index];
    if (cell !== null && cell !== undefined && cell !== "") (extra ??= new Map()).set(index, cell);
  }
  const extraCells = extra ?? NO_EXTRA_CELLS;
  return problem
    ? { record: record as R, extra: extraCells, sheetRow, problem }
    : { record: record as R, extra: extraCells, sheetRow };
}

function writeCell(column: ColumnSpec, value: unknown): Cell {
  switch (column.kind) {
    case "text":
      return value === undefined || value === null ? "" : String(value);
    case "number":
    case "integer":
      return typeof value === "number" ? value : 0;
    case "date": {
      if (typeof value !== "string" || value === "") return null;
      const serial = isoToSerial(value);
      return Number.isNaN(serial) ? value : serial;
    }
    case "boolean":
      return value === true;
  }
}

/** A record as a sheet row laid out by `map`, with the row's extra cells in their columns. */
export function recordToRow<R>(spec: SheetSpec, map: ColumnMap, row: StoredRow<R>): Cell[] {
  const cells: Cell[] = new Array(map.width).fill(null);
  const record = row.record as Record<string, unknown>;
  const columns = spec.columns;
  for (let i = 0; i < columns.length; i++) cells[map.indexes[i]] = writeCell(columns[i], record[columns[i].prop]);
  for (const [index, cell] of row.extra) cells[index] = cell;
  return cells;
}

export function defaultColumnMap(spec: SheetSpec): ColumnMap {
  return { indexes: spec.columns.map((_, i) => i), extraColumns: new Map(), width: spec.columns.length };
}
