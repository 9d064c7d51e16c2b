/**
 * A workbook's contact table as the rows `segments copy --contacts` loads into PostgreSQL (docs/decisions.md §D64):
 * one column per contact column, named by its header, typed by the column's type as the add-in reads it, and each
 * contact's value as the add-in reads it. A text cell keeps its text as written (spaces too); a cell whose form is
 * not its column's (a number written as text, Yes for TRUE) takes the column's type. A cell the add-in cannot read
 * is refused, naming it, so the copy never loses it.
 */
import {
  BOOL_BLANK,
  BOOL_TRUE,
  cellText,
  columnLetter,
  listOf,
  type Column,
  type ContactTable,
} from "../domain/contacts";
import type { ContactSheetInput } from "../domain/contacts";
import { DomainError } from "../domain/errors";

/** What a contact column becomes: a multi-valued column stays one text, as written (`;`-separated). */
export type CopiedKind = "text" | "multi" | "number" | "date" | "timestamp" | "boolean";

/** PostgreSQL's type for each kind, when the copy creates the table. */
export const CREATED_TYPE: Record<CopiedKind, string> = {
  text: "text",
  multi: "text",
  number: "double precision",
  date: "date",
  timestamp: "timestamp",
  boolean: "boolean",
};

export interface CopiedColumn {
  readonly header: string;
  readonly kind: CopiedKind;
  /** The column's letter on the sheet, for messages. */
  readonly letter: string;
}

export type CopiedValue = string | number | boolean | null;

export interface ContactCopy {
  readonly sheetName: string;
  readonly columns: readonly CopiedColumn[];
  readonly rowCount: number;
  /** The headers of the No. and Company No. columns, which a created table gets the lookup indexes on. */
  readonly noHeader: string;
  readonly companyNoHeader?: string;
  /** The sheet row a contact came from, for messages. */
  sheetRow(row: number): number;
  /** A contact's value in a column: text, a number, an Excel serial (date, timestamp), a boolean; null when blank. */
  value(row: number, column: number): CopiedValue;
  /** A multi-valued cell's values, split as the add-in splits them (for a text[] column). */
  values(row: number, column: number): readonly string[];
}

/** PostgreSQL's limit on a name's length, in bytes (NAMEDATALEN - 1). */
const MAX_NAME_BYTES = 63;

/** The contacts of a sheet the add-in read, or a refusal naming the first cell or header that cannot be copied. */
export function contactCopyOf(input: ContactSheetInput, table: ContactTable): ContactCopy {
  const where = (column: Column) =>
    `${table.sheetName} column ${columnLetter(column.sheetColumn)} ("${column.header}")`;
  const seen = new Map<string, Column>();
  for (const column of table.columns) {
    if (new TextEncoder().encode(column.header).length > MAX_NAME_BYTES)
      throw new DomainError(
        `${where(column)}: the header is longer than the ${MAX_NAME_BYTES} bytes PostgreSQL allows a column name. Nothing was copied; shorten the header.`,
        "validation",
      );
    const twin = seen.get(column.header);
    if (twin)
      throw new DomainError(
        `${where(column)}: column ${columnLetter(twin.sheetColumn)} has the same header, and a table's columns need distinct names. Nothing was copied; rename one of them.`,
        "validation",
      );
    seen.set(column.header, column);
    const unjudged = column.unjudgedRows?.[0];
    if (unjudged !== undefined) {
      const cell = rawCell(input, table, unjudged, column);
      const shown =
        cell === "" || cell === undefined || cell === null ? "blank (a formula without a result)" : `"${String(cell)}"`;
      throw new DomainError(
        `${table.sheetName} row ${table.sheetRows[unjudged]}, column ${columnLetter(column.sheetColumn)} ("${column.header}"): ${shown} cannot be read as the column's ${column.type}, so it cannot be copied. Nothing was copied; correct the cell first.`,
        "validation",
      );
    }
  }
  const columns = table.columns.map((column) => ({
    header: column.header,
    kind: kindOf(column),
    letter: columnLetter(column.sheetColumn),
  }));
  return {
    sheetName: table.sheetName,
    columns,
    rowCount: table.rowCount,
    noHeader: table.columns[table.fieldColumns.no ?? 0].header,
    companyNoHeader:
      table.fieldColumns.companyNo === undefined ? undefined : table.columns[table.fieldColumns.companyNo].header,
    sheetRow: (row) => table.sheetRows[row],
    value: (row, index) => valueOf(input, table, row, table.columns[index]),
    values: (row, index) => {
      const column = table.columns[index];
      if (column.type !== "text" || !column.multiValued) return [];
      return listOf(column, row);
    },
  };
}

function kindOf(column: Column): CopiedKind {
  switch (column.type) {
    case "text":
      return column.multiValued ? "multi" : "text";
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "date":
      return column.values.some((serial) => !Number.isNaN(serial) && serial !== Math.floor(serial))
        ? "timestamp"
        : "date";
  }
}

function rawCell(input: ContactSheetInput, table: ContactTable, row: number, column: Column): unknown {
  return input.values[table.sheetRows[row] - (input.firstRow ?? 1)]?.[column.sheetColumn - (input.firstColumn ?? 0)];
}

function valueOf(input: ContactSheetInput, table: ContactTable, row: number, column: Column): CopiedValue {
  switch (column.type) {
    case "text": {
      // Text as written; a number or date in a text column as the add-in reads it.
      const raw = rawCell(input, table, row, column);
      const text = typeof raw === "string" ? raw : cellText(column, row);
      return text.trim() === "" ? null : text;
    }
    case "boolean":
      return column.values[row] === BOOL_BLANK ? null : column.values[row] === BOOL_TRUE;
    case "number":
    case "date":
      return Number.isNaN(column.values[row]) ? null : column.values[row];
  }
}
