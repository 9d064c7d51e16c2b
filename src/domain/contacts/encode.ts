/**
 * Turns one sheet column into one table column, a slice of contact rows at a time (a pane can yield between slices).
 * Error values, formulas without a computed result and values that do not fit a typed column read as blank; the
 * column lists those contacts as ones its filters cannot judge, and the sheet gets a problem naming the cells.
 */
import {
  cellToText,
  isErrorValue,
  parseBooleanCell,
  parseBooleanWord,
  parseIsoDate,
  parseNumberText,
  normaliseText,
} from "./cells";
import type { CellProblems } from "./cellProblems";
import { CodesForEveryRow, largestCodeAhead, largestCodeOf, newCodes, resizedCodes, type Codes } from "./codes";
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  encodedMultiColumn,
  encodedTextColumn,
  numberColumn,
  type BooleanColumn,
  type Column,
  type ColumnInfo,
  type MultiColumn,
  type NumberColumn,
  type NumberValues,
  type TextColumn,
} from "./column";
import { Dictionary } from "./dictionary";
import type { ColumnSlot } from "./layout";
import { cellAddress, quote, type ProblemLog } from "./problems";
import { foldCase } from "../text";
import { growInt32 } from "../growInt32";

/** The contact rows of the sheet, shared by every column's encoder. */
export interface ContactRows {
  readonly values: readonly (readonly unknown[])[];
  /**
   * 1-based sheet row of each contact, for messages; less firstRow, its index into values (no array of those
   * beside it: at 1,000,000 rows 4 MB of the external memory of docs/decisions.md §D81).
   */
  readonly sheetRows: Int32Array;
  /** The sheet row of values[0]. */
  readonly firstRow: number;
  readonly log: ProblemLog;
  readonly cells: CellProblems;
  /** Contacts (ascending) whose cell in the column at this index is a formula without a computed result. */
  readonly unresolvedRows: (index: number) => Int32Array | undefined;
}

function infoOf(slot: ColumnSlot): ColumnInfo {
  return slot.field
    ? { header: slot.header, sheetColumn: slot.sheetColumn, field: slot.field.id }
    : { header: slot.header, sheetColumn: slot.sheetColumn };
}

/** The contacts of one column that cannot be judged, in row order. */
class Unjudged {
  readonly rows: number[] = [];

  constructor(
    private readonly contacts: ContactRows,
    private readonly slot: ColumnSlot,
    private readonly type?: string,
  ) {}

  error(r: number, value: string): void {
    this.rows.push(r);
    this.contacts.cells.add("error-cells", this.slot, this.contacts.sheetRows[r], value);
  }

  stray(r: number, value: unknown): void {
    this.rows.push(r);
    const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : cellToText(value, false);
    this.contacts.cells.add(
      "stray-values",
      { header: this.slot.header, letter: this.slot.letter, type: this.type },
      this.contacts.sheetRows[r],
      text,
    );
  }

  /** The column with its unjudged contacts: these plus the formulas without a result, merged in row order. */
  finish<C extends Column>(column: C): C {
    const unresolved = this.contacts.unresolvedRows(this.slot.index);
    if (this.rows.length === 0 && !unresolved) return column;
    const merged = unresolved ? mergeRows(this.rows, unresolved) : Int32Array.from(this.rows);
    return { ...column, unjudgedRows: merged };
  }
}

function mergeRows(rows: readonly number[], other: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length || j < other.length) {
    const next = j >= other.length || (i < rows.length && rows[i] <= other[j]) ? rows[i++] : other[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return Int32Array.from(out);
}

/**
 * The most characters a cell holds in Excel. Longer text can only come from a file another program wrote; it is
 * cut here so every filter's work per value stays bounded (a wildcard takes at worst text × pattern steps).
 */
export const MAX_CELL_TEXT = 32767;

/** The text, cut to MAX_CELL_TEXT (never inside a surrogate pair) with a warning naming the cell when longer. */
function withinCellLimit(rows: ContactRows, slot: ColumnSlot, r: number, text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const row = rows.sheetRows[r];
  const length = text.length;
  rows.log.warn(
    {
      code: "text-too-long",
      row,
      column: slot.header,
      columnLetter: slot.letter,
      params: { sheet: rows.log.sheet, letter: slot.letter, row, column: slot.header, length, limit: MAX_CELL_TEXT },
      message: `${cellAddress(rows.log.sheet, slot.letter, row, slot.header)}: ${length} characters, more than the ${MAX_CELL_TEXT} a cell holds; only the first ${MAX_CELL_TEXT} are used`,
    },
    "cells cut to the characters a cell holds",
  );
  const last = text.charCodeAt(MAX_CELL_TEXT - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
}

/**
 * Name and Company Name keep their dictionary (docs/decisions.md §D36): they are what wildcard filters run on, and
 * a sheet repeats them more than their first rows show, so a filter tests each distinct name once.
 */
function mayGoPlain(slot: ColumnSlot): boolean {
  const field = slot.field?.id;
  return field !== "name" && field !== "companyName";
}

/** One column being encoded: contacts from..to (exclusive) per call, in order, then the column. */
export interface ColumnEncoder {
  encode(from: number, to: number): void;
  finish(): Column;
}

/**
 * How many rows' codes a text column makes before it makes them for every row: by then the first rows have shown
 * how wide its codes must be (docs/decisions.md §D102), so the full array is made once, in that width.
 */
const FIRST_CODES = 4096;

export class TextEncoder implements ColumnEncoder {
  private readonly dictionary: Dictionary;
  // Made wider as the dictionary grows past what they hold (docs/decisions.md §D81).
  private codes: Codes;
  private largestCode: number;
  private readonly unjudged: Unjudged;
  // Sorted and grouped sheets repeat a value on the next row (a company's persons follow it): reuse its code.
  private previous: unknown = "";
  private previousCode = 0;
  private readonly everyRow: CodesForEveryRow;

  constructor(
    private readonly rows: ContactRows,
    private readonly slot: ColumnSlot,
    private readonly dateFormatted: boolean,
  ) {
    this.dictionary = new Dictionary(mayGoPlain(slot), rows.sheetRows.length);
    this.everyRow = new CodesForEveryRow(rows.sheetRows.length, FIRST_CODES, 0x10000);
    this.codes = this.everyRow.first();
    this.largestCode = largestCodeOf(this.codes);
    this.unjudged = new Unjudged(rows, slot);
  }

  encode(from: number, to: number): void {
    const { rows, slot, dictionary, dateFormatted } = this;
    const { values, sheetRows, firstRow } = rows;
    const index = slot.index;
    let { codes, largestCode } = this;
    codes = this.everyRow.forSlice(codes, from, to, dictionary.size);
    largestCode = largestCodeOf(codes);
    let previous = this.previous;
    let previousCode = this.previousCode;
    for (let r = from; r < to; r++) {
      const value = values[sheetRows[r] - firstRow][index];
      if (value === "" || value === undefined) continue; // code 0 is blank
      if (value === previous) {
        codes[r] = previousCode;
        continue;
      }
      if (isErrorValue(value)) {
        this.unjudged.error(r, value);
        continue;
      }
      let code = typeof value === "string" ? dictionary.known(value) : -1;
      if (code < 0) {
        code = dictionary.code(withinCellLimit(rows, slot, r, cellToText(value, dateFormatted)));
        if (code > largestCode) {
          codes = resizedCodes(codes, codes.length, largestCodeAhead(code, r + 1, sheetRows.length));
          largestCode = largestCodeOf(codes);
        }
      }
      codes[r] = code;
      // A text cut to a cell's limit is warned about at every cell, so it is looked at every time.
      if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) {
        previous = value;
        previousCode = code;
      }
    }
    this.codes = codes;
    this.largestCode = largestCode;
    this.previous = previous;
    this.previousCode = previousCode;
  }

  finish(): TextColumn {
    const length = this.rows.sheetRows.length;
    const codes = this.codes.length < length ? resizedCodes(this.codes, length, 0) : this.codes;
    return this.unjudged.finish(encodedTextColumn(infoOf(this.slot), this.dictionary.entries, codes));
  }
}

/**
 * The four plural fields: values split on ; or , and trimmed; blanks and repeats (ignoring case) within a cell dropped.
 * A sheet repeats the same few lists ("NEWS; XMAS") on many rows, so each distinct cell is split once and its rows
 * hold its number (docs/decisions.md §D107): profiled, splitting and folding every cell was a third of building the
 * table, and an offset per row and its values were most of the build's typed arrays.
 */
export class MultiEncoder implements ColumnEncoder {
  private readonly dictionary = new Dictionary();
  // Whole cells as normalised text; cell 0 is the blank one, without values.
  private readonly cellTexts = new Dictionary(true);
  // Per row its cell, made wider as cells come past what they hold (docs/decisions.md §D81).
  private cells: Codes;
  private largestCell: number;
  private readonly everyRow: CodesForEveryRow;
  // Per cell where its values start in `codes`, and one more entry for where the next would start.
  private cellStarts = new Int32Array(64);
  private codes: Codes = newCodes(64, 0);
  private largestCode: number;
  private count = 0;
  private readonly folded: string[] = [];
  private readonly unjudged: Unjudged;

  constructor(
    private readonly rows: ContactRows,
    private readonly slot: ColumnSlot,
    private readonly dateFormatted: boolean,
  ) {
    this.everyRow = new CodesForEveryRow(rows.sheetRows.length, FIRST_CODES, 0xffff);
    this.cells = this.everyRow.first();
    this.largestCell = largestCodeOf(this.cells);
    this.largestCode = largestCodeOf(this.codes);
    this.unjudged = new Unjudged(rows, slot);
  }

  encode(from: number, to: number): void {
    const { rows, slot, cellTexts, dateFormatted } = this;
    const { values, sheetRows, firstRow } = rows;
    const index = slot.index;
    let { cells, largestCell } = this;
    cells = this.everyRow.forSlice(cells, from, to, cellTexts.size);
    largestCell = largestCodeOf(cells);
    for (let r = from; r < to; r++) {
      const value = values[sheetRows[r] - firstRow][index];
      if (value === "" || value === undefined) continue; // cell 0 is blank
      if (isErrorValue(value)) {
        this.unjudged.error(r, value);
        continue;
      }
      // A cell seen before as it is needs no normalising (Dictionary.known).
      const raw = typeof value === "string" ? value : undefined;
      const seen = raw !== undefined ? cellTexts.known(raw) : -1;
      let cell = seen;
      if (cell < 0) {
        const text = withinCellLimit(rows, slot, r, cellToText(value, dateFormatted));
        if (text === "") continue;
        const known = cellTexts.size;
        cell = cellTexts.code(text);
        if (cell >= known) this.split(cell, text);
        if (cell > largestCell) {
          cells = resizedCodes(cells, cells.length, largestCodeAhead(cell, r + 1, sheetRows.length));
          largestCell = largestCodeOf(cells);
        }
      }
      cells[r] = cell;
    }
    this.cells = cells;
    this.largestCell = largestCell;
  }

  /** The values of a new cell, after the cells before it. */
  private split(cell: number, text: string): void {
    if (!/[;,]/.test(text)) this.addValue(text);
    else {
      const folded = this.folded;
      folded.length = 0;
      for (const part of text.split(/[;,]/)) {
        const item = part.trim();
        if (item === "") continue;
        const key = foldCase(item);
        if (folded.includes(key)) continue;
        folded.push(key);
        this.addValue(item);
      }
    }
    // A plain dictionary of cells (mostly distinct ones) gives every cell a new number, one more than the last.
    this.cellStarts = growInt32(this.cellStarts, cell + 2);
    this.cellStarts[cell + 1] = this.count;
  }

  /** The next value of the cell being split. */
  private addValue(item: string): void {
    const count = this.count;
    let codes = this.codes;
    if (count >= codes.length) codes = longer(codes, count + 1);
    const code = this.dictionary.code(item);
    if (code > this.largestCode) {
      codes = resizedCodes(codes, codes.length, code);
      this.largestCode = largestCodeOf(codes);
    }
    codes[count] = code;
    this.codes = codes;
    this.count = count + 1;
  }

  finish(): MultiColumn {
    const length = this.rows.sheetRows.length;
    const cells = this.cells.length < length ? resizedCodes(this.cells, length, 0) : this.cells;
    const cellStarts = this.cellStarts.slice(0, this.cellTexts.size + 1);
    const codes = this.codes.slice(0, this.count);
    return this.unjudged.finish(
      encodedMultiColumn(infoOf(this.slot), this.dictionary.entries, cells, cellStarts, codes),
    );
  }
}

/** A copy of the codes at least `size` long (doubling, so appending stays linear). */
function longer(codes: Codes, size: number): Codes {
  return resizedCodes(codes, Math.max(size, codes.length * 2), 0);
}

/**
 * Yes/No columns. For the Exclude from Segment field (`strict`), a value that is not Yes or No is reported and
 * read as blank, which means No. In an inferred boolean column only TRUE/FALSE and Yes/No words fit (1 and 0 made
 * it a number column); any other value is a stray its filters cannot judge.
 */
export class BooleanEncoder implements ColumnEncoder {
  private readonly out: Uint8Array;
  private readonly unjudged: Unjudged;

  constructor(
    private readonly rows: ContactRows,
    private readonly slot: ColumnSlot,
    private readonly strict: boolean,
  ) {
    // Each encode blanks its slice first, while those rows are in the cache: no pass over the whole column before.
    this.out = new Uint8Array(rows.sheetRows.length);
    this.unjudged = new Unjudged(rows, slot, "boolean");
  }

  encode(from: number, to: number): void {
    const { rows, slot, strict, out, unjudged } = this;
    const { values, sheetRows, firstRow, log } = rows;
    const index = slot.index;
    out.fill(BOOL_BLANK, from, to);
    for (let r = from; r < to; r++) {
      const value = values[sheetRows[r] - firstRow][index];
      if (value === "" || value === undefined) continue;
      if (isErrorValue(value)) {
        unjudged.error(r, value);
        continue;
      }
      if (!strict) {
        const parsed = inferredBoolean(value);
        if (parsed !== undefined) out[r] = parsed ? BOOL_TRUE : BOOL_FALSE;
        else if (cellToText(value, false) !== "") unjudged.stray(r, value);
        continue;
      }
      const parsed = parseBooleanCell(value);
      if (parsed !== undefined) {
        out[r] = parsed ? BOOL_TRUE : BOOL_FALSE;
        continue;
      }
      const text = cellToText(value, false);
      if (text === "") continue;
      const row = rows.sheetRows[r];
      log.warn(
        {
          code: "invalid-boolean",
          row,
          column: slot.header,
          columnLetter: slot.letter,
          params: { sheet: log.sheet, letter: slot.letter, row, column: slot.header, value: text },
          message: `${cellAddress(log.sheet, slot.letter, row, slot.header)}: ${quote(text)} is not Yes or No; treated as blank (No).`,
        },
        "values that are not Yes or No",
      );
    }
  }

  finish(): BooleanColumn {
    return this.unjudged.finish(booleanColumn(infoOf(this.slot), this.out));
  }
}

function inferredBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  return typeof value === "string" ? parseBooleanWord(normaliseText(value)) : undefined;
}

/**
 * Numbers, or dates as serials: real numbers kept, numbers stored as text parsed, yyyy-mm-dd text read as a date;
 * a number is a date only in a date formatted column. Any other value is a stray its filters cannot judge, never
 * compared as text.
 */
export class NumberEncoder implements ColumnEncoder {
  // Made when the first number comes, in 4-byte floats while every number is one exactly, else widened to 8-byte
  // (docs/decisions.md §D101): most number columns hold whole numbers, and half the bytes keep the build's
  // allocation outside the JavaScript heap below what makes V8 collect the whole sheet's values.
  private out: NumberValues | undefined;
  private wide = false;
  private readonly unjudged: Unjudged;

  constructor(
    private readonly rows: ContactRows,
    private readonly slot: ColumnSlot,
    private readonly type: "number" | "date",
    private readonly dateFormatted: boolean,
  ) {
    this.unjudged = new Unjudged(rows, slot, type);
  }

  encode(from: number, to: number): void {
    const { rows, slot, type, unjudged } = this;
    const { values, sheetRows, firstRow } = rows;
    const index = slot.index;
    const numbersFit = type === "number" || this.dateFormatted;
    let { out, wide } = this;
    // Each encode blanks its slice first, while those rows are in the cache: no pass over the whole column before.
    if (out) out.fill(NaN, from, to);
    for (let r = from; r < to; r++) {
      const value = values[sheetRows[r] - firstRow][index];
      let number: number;
      if (typeof value === "number") {
        if (!numbersFit) {
          unjudged.stray(r, value);
          continue;
        }
        number = value;
      } else {
        if (value === "" || value === undefined || value === null) continue;
        if (typeof value !== "string") {
          unjudged.stray(r, value);
          continue;
        }
        if (isErrorValue(value)) {
          unjudged.error(r, value);
          continue;
        }
        const text = normaliseText(value);
        if (text === "") continue;
        number = type === "date" ? parseIsoDate(text) : parseNumberText(text);
        if (Number.isNaN(number)) {
          unjudged.stray(r, text);
          continue;
        }
      }
      if (out === undefined || !(wide || Math.fround(number) === number)) {
        out = this.holding(number, to);
        wide = this.wide;
      }
      out[r] = number;
    }
  }

  /** The values array once it also holds `number` exactly: made on the first number, widened on the first inexact. */
  private holding(number: number, to: number): NumberValues {
    const length = this.rows.sheetRows.length;
    const exact = Math.fround(number) === number || Number.isNaN(number);
    let out = this.out;
    if (out === undefined) {
      out = exact ? new Float32Array(length) : new Float64Array(length);
      out.fill(NaN, 0, to);
    } else if (!exact) {
      // Rows past this slice are blanked by their own slice, so copying their zeros is harmless.
      const wider = new Float64Array(length);
      wider.set(out);
      out = wider;
    }
    this.out = out;
    this.wide = out instanceof Float64Array;
    return out;
  }

  finish(): NumberColumn {
    const values = this.out ?? new Float32Array(this.rows.sheetRows.length).fill(NaN);
    return this.unjudged.finish(numberColumn(infoOf(this.slot), this.type, values));
  }
}
