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

export function recordFromRow<R>(spec: SheetSpec, row: readonly (string | null)[]): R {
  const record: Record<string, unknown> = {};
  spec.columns.forEach((column, i) => {
    record[column.prop] = fromDbText(column.kind, row[i]);
  });
  return record as R;
}
