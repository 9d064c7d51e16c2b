/**
 * Records to and from the dedicated tables, by the sheet specs: what a cell is on a sheet (records.ts) is a typed
 * column here. Values leave as query parameters; they come back as PostgreSQL's text, parsed by column kind.
 */
import type { CellKind, SheetSpec } from "../app/store/sheetSpecs";

export type DbValue = string | number | boolean | null;

/** A record's value as the column's parameter: the blanks a sheet writes ("" text, 0, FALSE, no date) likewise. */
export function toDbValue(kind: CellKind, value: unknown): DbValue {
  switch (kind) {
    case "text":
      return value === undefined || value === null ? "" : String(value);
    case "number":
    case "integer":
      return typeof value === "number" && Number.isFinite(value) ? value : 0;
    case "date":
      return typeof value === "string" && value !== "" ? value : null;
    case "boolean":
      return value === true;
  }
}

/** PostgreSQL's text of a column (NULL as null) back into the record's value. */
export function fromDbText(kind: CellKind, text: string | null): unknown {
  switch (kind) {
    case "text":
      return text ?? "";
    case "number":
    case "integer":
      return text === null ? 0 : Number(text);
    case "date":
      return text ?? "";
    case "boolean":
      return text === "t";
  }
}

export function recordValues(spec: SheetSpec, record: object): DbValue[] {
  const values = record as Record<string, unknown>;
  return spec.columns.map((column) => toDbValue(column.kind, values[column.prop]));
}

/** By spec, a record of blanks with every property, in column order: what each record read is copied from. */
const blanks = new WeakMap<SheetSpec, Readonly<Record<string, unknown>>>();

/**
 * The record of a row. It starts as a copy of the spec's blank record, so every record of a table has all its
 * properties from the start, held in the object itself: a record given its properties one by one by name turned
 * into a hash table in V8, some 1.6 KB for a Segment Lines row instead of some 0.2 KB (docs/decisions.md §D67).
 */
export function recordFromRow<R>(spec: SheetSpec, row: readonly (string | null)[]): R {
  let blank = blanks.get(spec);
  if (!blank) {
    blank = Object.fromEntries(spec.columns.map((column) => [column.prop, fromDbText(column.kind, null)]));
    blanks.set(spec, blank);
  }
  const record: Record<string, unknown> = { ...blank };
  spec.columns.forEach((column, i) => {
    record[column.prop] = fromDbText(column.kind, row[i]);
  });
  return record as R;
}
