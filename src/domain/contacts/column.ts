import { narrowestCodes, type Codes } from "./codes";
import type { FieldId } from "./fields";
import { foldCase } from "../text";

export type ColumnType = "text" | "number" | "date" | "boolean";

interface ColumnBase {
  /** Header text as the sheet has it. */
  readonly header: string;
  /** 0-based column index on the sheet (or in the table). */
  readonly sheetColumn: number;
  readonly field?: FieldId;
  /**
   * Contacts (ascending rows) whose cell here cannot be read as the column's type: an error value, a formula
   * without a computed result, a stray value in a typed column. They read as blank, and no filter on the column
   * selects them: it cannot judge them. Absent when there are none.
   */
  readonly unjudgedRows?: Int32Array;
}

/**
 * Text, dictionary-encoded: filters are evaluated once per distinct value, then mapped to rows.
 * Entry 0 of the dictionary is always the blank value "".
 */
export interface TextColumn extends ColumnBase {
  readonly type: "text";
  readonly multiValued: false;
  readonly dictionary: readonly string[];
  /** foldCase of each dictionary entry, computed once when the table is built. */
  readonly folded: readonly string[];
  /** Per row, the index of its value in the dictionary (the narrowest array that holds them: ./codes). */
  readonly codes: Codes;
}

/**
 * A multi-valued text column (values separated by ; or ,), kept per distinct cell (docs/decisions.md §D107): row r
 * holds cell cells[r], and cell c's values are codes[cellStarts[c] .. cellStarts[c + 1]). Cell 0 has no values. A
 * sheet repeats the same few lists on most rows, so a row costs one narrow code instead of an offset and its values.
 */
export interface MultiColumn extends ColumnBase {
  readonly type: "text";
  readonly multiValued: true;
  readonly dictionary: readonly string[];
  readonly folded: readonly string[];
  /** Per row, its cell (the narrowest array that holds them: ./codes). */
  readonly cells: Codes;
  /** Per cell, where its values start in codes; one more than there are cells. */
  readonly cellStarts: Int32Array;
  /** Each cell's values as dictionary codes, cell after cell. */
  readonly codes: Codes;
}

/**
 * A number column's values: 4-byte floats when every value is one exactly, else 8-byte (docs/decisions.md §D101).
 * Either reads back the very numbers the sheet holds.
 */
export type NumberValues = Float32Array | Float64Array;

/** Numbers, or dates as Excel serials (1900 date system, whole days plus time fraction). NaN is blank. */
export interface NumberColumn extends ColumnBase {
  readonly type: "number" | "date";
  readonly multiValued: false;
  readonly values: NumberValues;
}

export const BOOL_FALSE = 0;
export const BOOL_TRUE = 1;
export const BOOL_BLANK = 2;

export interface BooleanColumn extends ColumnBase {
  readonly type: "boolean";
  readonly multiValued: false;
  /** BOOL_FALSE, BOOL_TRUE or BOOL_BLANK per row. */
  readonly values: Uint8Array;
}

export type Column = TextColumn | MultiColumn | NumberColumn | BooleanColumn;

export interface ColumnInfo {
  readonly header: string;
  readonly sheetColumn: number;
  readonly field?: FieldId;
}

/** Builds a dictionary-encoded text column from already normalised values ("" for blank). */
export function textColumn(info: ColumnInfo, values: readonly string[]): TextColumn {
  const dictionary: string[] = [""];
  const index = new Map<string, number>([["", 0]]);
  const codes = new Int32Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
    }
    codes[r] = code;
  }
  return {
    ...info,
    type: "text",
    multiValued: false,
    dictionary,
    folded: dictionary.map(foldCase),
    codes: narrowestCodes(codes, dictionary.length),
  };
}

/**
 * Builds a multi-valued column from already split and normalised values (an empty list for blank): rows with the
 * same codes share a cell.
 */
export function multiColumn(info: ColumnInfo, values: readonly (readonly string[])[]): MultiColumn {
  const dictionary: string[] = [""];
  const index = new Map<string, number>([["", 0]]);
  const cellOf = new Map<string, number>([["", 0]]);
  const cells = new Int32Array(values.length);
  const cellStarts: number[] = [0, 0];
  const codes: number[] = [];
  for (let r = 0; r < values.length; r++) {
    const list: number[] = [];
    for (const value of values[r]) {
      if (value === "") continue;
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(value);
        index.set(value, code);
      }
      list.push(code);
    }
    const key = list.join(",");
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cellStarts.length - 1;
      cellOf.set(key, cell);
      codes.push(...list);
      cellStarts.push(codes.length);
    }
    cells[r] = cell;
  }
  return {
    ...info,
    type: "text",
    multiValued: true,
    dictionary,
    folded: dictionary.map(foldCase),
    cells: narrowestCodes(cells, cellStarts.length - 1),
    cellStarts: Int32Array.from(cellStarts),
    codes: narrowestCodes(Int32Array.from(codes), dictionary.length),
  };
}

export function numberColumn(info: ColumnInfo, type: "number" | "date", values: NumberValues): NumberColumn {
  return { ...info, type, multiValued: false, values };
}

export function booleanColumn(info: ColumnInfo, values: Uint8Array): BooleanColumn {
  return { ...info, type: "boolean", multiValued: false, values };
}

export function rowCountOf(column: Column): number {
  if (column.type === "text") return column.multiValued ? column.cells.length : column.codes.length;
  return column.values.length;
}

/** A row's values as text, for display and messages. Multi-valued cells join with "; ". */
export function cellText(column: Column, row: number): string {
  switch (column.type) {
    case "text":
      if (!column.multiValued) return column.dictionary[column.codes[row]];
      return listOf(column, row).join("; ");
    case "boolean":
      return column.values[row] === BOOL_BLANK ? "" : column.values[row] === BOOL_TRUE ? "Yes" : "No";
    case "number":
      return Number.isNaN(column.values[row]) ? "" : String(column.values[row]);
    case "date":
      return Number.isNaN(column.values[row]) ? "" : serialToIso(column.values[row]);
  }
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial (1900 system) of an ISO date. Serials before 1 March 1900 carry Lotus's leap-year bug; we never produce them. */
export function isoToSerial(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return Math.round((ms - SERIAL_EPOCH_MS) / DAY_MS);
}

/**
 * The ISO date of an Excel serial; a serial whose date falls outside years 0000-9999 (which neither Excel nor ISO's
 * four-digit form can show: 1e300 in a date-formatted cell) reads as the number itself, as a number cell's text does.
 */
export function serialToIso(serial: number): string {
  const date = new Date(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return String(serial);
  return date.toISOString().slice(0, 10);
}

/**
 * A text column from a dictionary (entry 0 is "") and codes already assigned, as a streaming encoder produces them:
 * saves building an array of values first.
 */
export function encodedTextColumn(info: ColumnInfo, dictionary: readonly string[], codes: Codes): TextColumn {
  return withLazyFolded({
    ...info,
    type: "text",
    multiValued: false,
    dictionary,
    codes: narrowestCodes(codes, dictionary.length),
  });
}

/** A row's values in a multi-valued column, in cell order. */
export function listOf(column: MultiColumn, row: number): string[] {
  const cell = column.cells[row];
  return Array.from(
    column.codes.subarray(column.cellStarts[cell], column.cellStarts[cell + 1]),
    (code) => column.dictionary[code],
  );
}

/**
 * A multi-valued column from a dictionary (entry 0 is ""), each row's cell, and each cell's values already assigned
 * (cell 0 none).
 */
export function encodedMultiColumn(
  info: ColumnInfo,
  dictionary: readonly string[],
  cells: Codes,
  cellStarts: Int32Array,
  codes: Codes,
): MultiColumn {
  return withLazyFolded({
    ...info,
    type: "text",
    multiValued: true,
    dictionary,
    cells: narrowestCodes(cells, cellStarts.length - 1),
    cellStarts,
    codes: narrowestCodes(codes, dictionary.length),
  });
}

/**
 * Gives a column its folded dictionary when a filter or a lookup first reads it, then keeps it. Most columns are
 * never filtered, and folding a column of a million names makes a million strings: profiled, building a 1,000,000
 * row table spent about a third of its time collecting such garbage.
 */
function withLazyFolded<C extends TextColumn | MultiColumn>(column: Omit<C, "folded">): C {
  let folded: readonly string[] | undefined;
  return Object.defineProperty(column, "folded", {
    get: () => (folded ??= column.dictionary.map(foldCase)),
    enumerable: true,
  }) as C;
}
