/** Where the contact sheet's header is and what its columns are. */
import { cellToText, isBlankCell, isErrorValue } from "./cells";
import { fieldSpec, headerKey, recogniseField, type FieldId, type FieldSpec } from "./fields";
import { columnLetter, quote, type ProblemLog } from "./problems";

/** Title rows above the header are allowed, within reason: the header must start in the first rows. */
export const HEADER_SCAN_ROWS = 30;

/** One sheet column that becomes a column of the table. */
export interface ColumnSlot {
  /** Index into each row of ContactSheetInput.values. */
  readonly index: number;
  /** 0-based sheet column. */
  readonly sheetColumn: number;
  readonly letter: string;
  readonly header: string;
  /** The field this column holds; only the first column recognised as a field gets it. */
  readonly field?: FieldSpec;
}

type Rows = readonly (readonly unknown[])[];

/** Index into values of the first row holding a No. column, or -1. */
export function findHeaderRow(values: Rows): number {
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    for (const cell of values[r] ?? []) {
      if (typeof cell === "string" && recogniseField(cell)?.id === "no") return r;
    }
  }
  return -1;
}

/** The accepted No. headers, for the message that says none was found. */
export function acceptedNoHeaders(): string {
  return fieldSpec("no").headers.join(", ");
}

export interface ColumnLayoutInput {
  readonly headerCells: readonly unknown[];
  /** 1-based sheet row of the header, for messages. */
  readonly headerRow: number;
  readonly width: number;
  readonly firstColumn: number;
  /** Whether a column holds any data on contact rows (only asked for columns without a header). */
  readonly hasData: (index: number) => boolean;
}

/**
 * The table's columns, in sheet order: every column with a header, and headerless columns that hold data
 * (named after their letter). Warns about headerless data, a field recognised twice and repeated headers.
 */
export function layoutColumns(input: ColumnLayoutInput, log: ProblemLog): ColumnSlot[] {
  const slots: ColumnSlot[] = [];
  const fieldOwner = new Map<FieldId, ColumnSlot>();
  const headerOwner = new Map<string, ColumnSlot>();
  const row = input.headerRow;

  for (let index = 0; index < input.width; index++) {
    const sheetColumn = input.firstColumn + index;
    const letter = columnLetter(sheetColumn);
    const cell = input.headerCells[index];
    let header = isErrorValue(cell) || isBlankCell(cell) ? "" : cellToText(cell, false);
    if (header === "") {
      if (!input.hasData(index)) continue;
      header = `Column ${letter}`;
      log.warn(
        {
          code: "blank-header",
          row,
          column: header,
          columnLetter: letter,
          params: { sheet: log.sheet, letter, header },
          message: `${log.sheet}: column ${letter} holds data but has no header; it is called ${quote(header)}. Give it a header to filter on it by name.`,
        },
        "headerless columns",
      );
    }

    const recognised = recogniseField(header);
    let field = recognised;
    const owner = recognised && fieldOwner.get(recognised.id);
    if (recognised && owner) {
      log.warn(
        {
          code: "duplicate-field",
          row,
          column: header,
          columnLetter: letter,
          params: {
            sheet: log.sheet,
            first: owner.header,
            firstLetter: owner.letter,
            header,
            letter,
            field: recognised.id,
          },
          message: `${log.sheet}: columns ${quote(owner.header)} (${owner.letter}) and ${quote(header)} (${letter}) both hold ${recognised.caption}; the first is used and ${quote(header)} is an ordinary column.`,
        },
        "columns recognised twice",
      );
      field = undefined;
    }
    const slot: ColumnSlot = field
      ? { index, sheetColumn, letter, header, field }
      : { index, sheetColumn, letter, header };
    if (field) fieldOwner.set(field.id, slot);

    // Headers are looked up the way fields are recognised: case, spaces and punctuation ignored.
    const key = headerKey(header) || header;
    const sameHeader = headerOwner.get(key);
    if (!sameHeader) headerOwner.set(key, slot);
    else if (!recognised) {
      // (A recognised header repeated was reported as a field recognised twice.)
      log.warn(
        {
          code: "duplicate-header",
          row,
          column: header,
          columnLetter: letter,
          params: { sheet: log.sheet, header, firstLetter: sameHeader.letter, letter },
          message: `${log.sheet}: the header ${quote(header)} appears in columns ${sameHeader.letter} and ${letter}; filters on ${quote(header)} use column ${sameHeader.letter}.`,
        },
        "repeated headers",
      );
    }
    slots.push(slot);
  }
  return slots;
}
