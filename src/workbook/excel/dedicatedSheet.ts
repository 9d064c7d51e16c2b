/**
 * A dedicated sheet as the Excel gateway sees it: where its table sits, its body rows as cells (blank rows kept,
 * so positions stay true) and as records; and the plan for one SheetChange: rows are matched by key, updates are
 * written in place, a deletion rewrites the rows below it (shifted up) and trims the table by a whole row range,
 * a row put back before another rewrites the rows from there down (shifted down), other inserts are written right
 * below the last row (the table grows over them). Each written region keeps its old
 * cells for the journal, so a failed write can be rolled back.
 */
import { applySheetChange, duplicateRowsError } from "../../app/store/applySheetChange";
import type { SheetChange } from "../../app/store/ports";
import { keyOf, mapColumns, recordToRow, rowToRecord, type Cell, type ColumnMap, type StoredRow } from "../rowCodec";
import type { CellKind, SheetSpec } from "../../app/store/sheetSpecs";

export interface SheetPlace {
  readonly sheetName: string;
  /** The Excel table's name; undefined for a sheet whose table was removed (readable, not writable). */
  readonly tableName?: string;
  /** 0-based sheet row of the header and column of the first table column. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
}

export interface DedicatedSheet extends SheetPlace {
  readonly spec: SheetSpec;
  readonly map: ColumnMap;
  /** Body rows as on the sheet ("" for empty cells), `width` cells each; an empty table has one blank row. */
  readonly body: Cell[][];
  readonly rows: StoredRow<object>[];
}

export const isBlankRow = (cells: readonly unknown[]): boolean =>
  cells.every((c) => c === "" || c === null || c === undefined);

const plain = (value: unknown): Cell => (value === null || value === undefined ? "" : (value as Cell));

/** Records from the cells Excel returned; `dateOffset` turns a 1904-system serial into a 1900 one. */
export function parseDedicated(
  spec: SheetSpec,
  place: SheetPlace,
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  dateOffset: number,
): DedicatedSheet {
  const map = mapColumns(spec, header.map(plain));
  const dateColumns = spec.columns.flatMap((column, i) => (column.kind === "date" ? [map.indexes[i]] : []));
  const cells = body.map((row) => Array.from({ length: place.width }, (_, c) => plain(row[c])));
  const rows: StoredRow<object>[] = [];
  const seen = new Map<string, number>();
  cells.forEach((row, p) => {
    if (isBlankRow(row)) return;
    const sheetRow = place.top + 2 + p;
    const shifted =
      dateOffset === 0
        ? row
        : row.map((cell, c) => (typeof cell === "number" && dateColumns.includes(c) ? cell + dateOffset : cell));
    const stored = rowToRecord<object>(spec, map, shifted, sheetRow);
    const key = keyOf(spec, stored.record);
    const first = seen.get(key);
    if (first !== undefined) throw duplicateRowsError(spec, first, sheetRow, key);
    seen.set(key, sheetRow);
    rows.push(stored);
  });
  return { ...place, spec, map, body: cells, rows };
}

/** A new dedicated sheet as the gateway creates it: header on row 1, table from A1, seed rows below. */
export function newDedicated(spec: SheetSpec, seed: readonly StoredRow<object>[], dateOffset: number): DedicatedSheet {
  const place = { sheetName: spec.sheetName, tableName: spec.tableName, top: 0, left: 0, width: spec.columns.length };
  const map = mapColumns(
    spec,
    spec.columns.map((c) => c.header),
  );
  const sheet = { ...place, spec, map, body: [] as Cell[][], rows: [] };
  const body = seed.map((row) => sheetCells(sheet, row, dateOffset));
  return { ...sheet, body: body.length > 0 ? body : [blankRow(place.width)], rows: [...seed] };
}

export const blankRow = (width: number): Cell[] => new Array<Cell>(width).fill("");

/** A record as the cells of its row: blanks as "" so a rewrite clears what was there; dates in the book's system. */
export function sheetCells(
  sheet: Pick<DedicatedSheet, "spec" | "map" | "width">,
  row: StoredRow<object>,
  dateOffset: number,
): Cell[] {
  const cells = recordToRow(sheet.spec, sheet.map, row);
  sheet.spec.columns.forEach((column, i) => {
    const c = sheet.map.indexes[i];
    if (column.kind === "date" && typeof cells[c] === "number") cells[c] = (cells[c] as number) - dateOffset;
  });
  const out = blankRow(Math.max(sheet.width, cells.length));
  cells.forEach((cell, c) => (out[c] = cell === null ? "" : cell));
  return out;
}

const FORMATS: Record<CellKind, string | undefined> = {
  text: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  number: undefined,
  boolean: undefined,
};

/** Number format per table column: text columns text-formatted so Excel never takes user text for a formula. */
export function columnFormats(sheet: Pick<DedicatedSheet, "spec" | "map" | "width">): (string | undefined)[] {
  const formats = new Array<string | undefined>(sheet.width).fill(undefined);
  sheet.spec.columns.forEach((column, i) => (formats[sheet.map.indexes[i]] = FORMATS[column.kind]));
  return formats;
}

/** Cells written at a body offset. */
export interface Region {
  readonly at: number;
  readonly cells: Cell[][];
}

export interface SheetPlan {
  readonly sheet: DedicatedSheet;
  readonly writes: Region[];
  /** The old cells of every region written inside the old body. */
  readonly restore: Region[];
  /** Body rows after the change, when fewer than before: rows from here on are deleted. */
  readonly trimTo?: number;
  readonly body: Cell[][];
}

export function planSheetChange(sheet: DedicatedSheet, change: SheetChange, dateOffset: number): SheetPlan {
  const { fates, inserts } = applySheetChange(
    sheet.spec,
    sheet.rows.map((row) => row.record),
    change,
  );
  const next: Cell[][] = [];
  const updatedAt: number[] = [];
  let tailFrom = Infinity;
  let r = 0;
  const placed = new Map<number, StoredRow<object>[]>();
  const appended: StoredRow<object>[] = [];
  for (const { row, before } of inserts) {
    if (before === undefined) appended.push(row);
    else placed.set(before, [...(placed.get(before) ?? []), row]);
  }
  sheet.body.forEach((cells, p) => {
    if (isBlankRow(cells)) return void next.push(cells);
    const here = placed.get(r);
    if (here) {
      // Rows put back where they stood: everything from here down moves down, so it is rewritten.
      tailFrom = Math.min(tailFrom, p);
      for (const row of here) next.push(sheetCells(sheet, row, dateOffset));
    }
    const fate = fates[r++];
    if (fate === "delete") return void (tailFrom = Math.min(tailFrom, p));
    if (fate === "keep") return void next.push(cells);
    if (p < tailFrom) updatedAt.push(next.length);
    next.push(sheetCells(sheet, fate, dateOffset));
  });
  if (appended.length > 0) {
    // New rows go right after the last row in use (over an empty table's blank row), not after trailing blanks.
    while (next.length > 0 && isBlankRow(next[next.length - 1])) next.pop();
    tailFrom = Math.min(tailFrom, next.length);
    for (const row of appended) next.push(sheetCells(sheet, row, dateOffset));
  }
  if (next.length === 0) {
    // A table keeps one data row: an emptied table keeps a blank one.
    next.push(blankRow(sheet.width));
    tailFrom = Math.min(tailFrom, 0);
  }

  const writes: Region[] = [];
  const restore: Region[] = [];
  for (const run of runs(updatedAt.filter((p) => p < tailFrom))) {
    writes.push({ at: run.at, cells: next.slice(run.at, run.at + run.length) });
    restore.push({ at: run.at, cells: sheet.body.slice(run.at, run.at + run.length) });
  }
  if (tailFrom < next.length || tailFrom < sheet.body.length) {
    writes.push({ at: tailFrom, cells: next.slice(tailFrom) });
    if (tailFrom < sheet.body.length) restore.push({ at: tailFrom, cells: sheet.body.slice(tailFrom) });
  }
  return { sheet, writes, restore, trimTo: next.length < sheet.body.length ? next.length : undefined, body: next };
}

function runs(sorted: readonly number[]): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last.at + last.length === p) last.length++;
    else out.push({ at: p, length: 1 });
  }
  return out;
}
