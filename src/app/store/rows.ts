/** The storage model's rows: a dedicated sheet's record with the cells that travel with it, and its key. */
import type { DomainError } from "../../domain/errors";
import type { SheetSpec } from "./sheetSpecs";

/** A cell as both gateways exchange it: dates are Excel serials, blanks are null. */
export type Cell = string | number | boolean | null;

/** A dedicated sheet's row: the record, plus the user's own extra columns that travel with it. */
export interface StoredRow<R> {
  readonly record: R;
  /** Cells of columns the add-in does not own, by 0-based column index. */
  readonly extra: ReadonlyMap<number, Cell>;
  /** The 1-based sheet row it was read from, for messages that name the row (absent on rows not read from a sheet). */
  readonly sheetRow?: number;
  /**
   * A cell that could not be read (a Date cell typed as "2026-02-30"). The record holds that column's blank value
   * and `extra` the cell as it was, so writing the row back keeps it unchanged; a use case that needs the row
   * refuses with `problem.error`, and every other row stays usable.
   */
  readonly problem?: CellProblem;
}

export interface CellProblem {
  /** The column's header. */
  readonly column: string;
  /** What is wrong, without the place: `"2026-02-30" is not a date (use yyyy-mm-dd)`. */
  readonly detail: string;
  /** The whole message, naming sheet, row and column. */
  readonly error: DomainError;
}

/**
 * The extra cells of a row that has none: one empty map shared by every such row, so 100,000 lines do not each hold a
 * map of their own (docs/decisions.md §D83). Never written to: `extra` is read-only everywhere.
 */
export const NO_EXTRA_CELLS: ReadonlyMap<number, Cell> = new Map<number, Cell>();

export function keyOf(spec: SheetSpec, record: object): string {
  const values = record as Record<string, unknown>;
  // One join, not `+=`: the key is a flat string, where added parts make a rope that a set or a split flattens again.
  return spec.keyProps.map((prop) => String(values[prop]).toLowerCase()).join("\u0000");
}
