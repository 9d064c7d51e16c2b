/**
 * Turns one sheet column into one table column, in a single pass over the contact rows.
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
} from "../../../src/domain/contacts/cells";
import type { CellProblems } from "../../../src/domain/contacts/cellProblems";
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  multiColumn,
  encodedTextColumn,
  numberColumn,
  type BooleanColumn,
  type Column,
  type ColumnInfo,
  type MultiColumn,
  type NumberColumn,
  type TextColumn,
} from "../../../src/domain/contacts/column";
import { Dictionary } from "../../../src/domain/contacts/dictionary";
import type { ColumnSlot } from "../../../src/domain/contacts/layout";
import { cellAddress, quote, type ProblemLog } from "../../../src/domain/contacts/problems";
import { foldCase } from "../../../src/domain/text";

/** The contact rows of the sheet, shared by every column's encoder. */
export interface ContactRows {
  readonly values: readonly (readonly unknown[])[];
  /** Index into values of each contact. */
  readonly valueRows: Int32Array;
  /** 1-based sheet row of each contact, for messages. */
  readonly sheetRows: Int32Array;
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

export function encodeText(rows: ContactRows, slot: ColumnSlot, dateFormatted: boolean): TextColumn {
  const { values, valueRows } = rows;
  const index = slot.index;
  const dictionary = new Dictionary(mayGoPlain(slot), valueRows.length);
  const codes = new Int32Array(valueRows.length);
  const unjudged = new Unjudged(rows, slot);
  // Sorted and grouped sheets repeat a value on the next row (a company's persons follow it): reuse its code.
  let previous: unknown = "";
  let previousCode = 0;
  for (let r = 0; r < valueRows.length; r++) {
    const value = values[valueRows[r]][index];
    if (value === "" || value === undefined) continue; // code 0 is blank
    if (value === previous) {
      codes[r] = previousCode;
      continue;
    }
    if (isErrorValue(value)) {
      unjudged.error(r, value);
      continue;
    }
    const code = dictionary.code(withinCellLimit(rows, slot, r, cellToText(value, dateFormatted)));
    codes[r] = code;
    // A text cut to a cell's limit is warned about at every cell, so it is looked at every time.
    if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) {
      previous = value;
      previousCode = code;
    }
  }
  return unjudged.finish(encodedTextColumn(infoOf(slot), dictionary.entries, codes));
}

/**
 * The four plural fields: values split on ; or , and trimmed; blanks and repeats (ignoring case) within a cell dropped.
 * Each cell is split on its own; how the builder stores the lists (docs/decisions.md §D107) is left to
 * `multiColumn`, and the tests compare the rows' values, not the layout (./comparable.ts).
 */
export function encodeMulti(rows: ContactRows, slot: ColumnSlot, dateFormatted: boolean): MultiColumn {
  const { values, valueRows } = rows;
  const index = slot.index;
  const lists: string[][] = [];
  const unjudged = new Unjudged(rows, slot);
  for (let r = 0; r < valueRows.length; r++) {
    const list: string[] = [];
    lists.push(list);
    const value = values[valueRows[r]][index];
    if (value === "" || value === undefined) continue;
    if (isErrorValue(value)) {
      unjudged.error(r, value);
      continue;
    }
    const text = withinCellLimit(rows, slot, r, cellToText(value, dateFormatted));
    const folded: string[] = [];
    for (const part of text.split(/[;,]/)) {
      const item = part.trim();
      if (item === "") continue;
      const key = foldCase(item);
      if (folded.includes(key)) continue;
      folded.push(key);
      list.push(item);
    }
  }
  return unjudged.finish(multiColumn(infoOf(slot), lists));
}

/**
 * Yes/No columns. For the Exclude from Segment field (`strict`), a value that is not Yes or No is reported and
 * read as blank, which means No. In an inferred boolean column only TRUE/FALSE and Yes/No words fit (1 and 0 made
 * it a number column); any other value is a stray its filters cannot judge.
 */
export function encodeBoolean(rows: ContactRows, slot: ColumnSlot, strict: boolean): BooleanColumn {
  const { values, valueRows, log } = rows;
  const index = slot.index;
  const out = new Uint8Array(valueRows.length).fill(BOOL_BLANK);
  const unjudged = new Unjudged(rows, slot, "boolean");
  for (let r = 0; r < valueRows.length; r++) {
    const value = values[valueRows[r]][index];
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
  return unjudged.finish(booleanColumn(infoOf(slot), out));
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
export function encodeNumber(
  rows: ContactRows,
  slot: ColumnSlot,
  type: "number" | "date",
  dateFormatted: boolean,
): NumberColumn {
  const { values, valueRows } = rows;
  const index = slot.index;
  const out = new Float64Array(valueRows.length).fill(NaN);
  const unjudged = new Unjudged(rows, slot, type);
  const numbersFit = type === "number" || dateFormatted;
  for (let r = 0; r < valueRows.length; r++) {
    const value = values[valueRows[r]][index];
    if (typeof value === "number") {
      if (numbersFit) out[r] = value;
      else unjudged.stray(r, value);
      continue;
    }
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
    const parsed = type === "date" ? parseIsoDate(text) : parseNumberText(text);
    if (Number.isNaN(parsed)) unjudged.stray(r, text);
    else out[r] = parsed;
  }
  // 4-byte floats when they hold every value as it is (docs/decisions.md §D101).
  const narrow = Float32Array.from(out);
  const fits = out.every((value, r) => Number.isNaN(value) || Object.is(narrow[r], value));
  return unjudged.finish(numberColumn(infoOf(slot), type, fits ? narrow : out));
}
