/**
 * What the rest of the domain relies on from the filter language. Implementation lives beside this file.
 *
 *   compileCondition(expression, column, env) -> CompiledCondition     (throws FilterError)
 *   condition.matchRows() -> BitSet of rows whose cell meets the whole expression
 *
 * An empty (or all-blank) expression is no filter: compileCondition returns a condition whose matchRows()
 * is every row, with isEmpty = true.
 */
import type { BitSet } from "../bitset";

export interface FilterEnv {
  /** Today's date, ISO yyyy-mm-dd (the machine's local date, passed in). */
  readonly today: string;
  /** The work date, ISO yyyy-mm-dd; today unless the user set another. */
  readonly workdate: string;
  /** BCP 47 language of the workbook, for text order (ranges, < and >). */
  readonly locale: string;
}

export interface CompiledCondition {
  readonly expression: string;
  readonly isEmpty: boolean;
  /** With `within`, only those rows are tested and the result is a subset of it (a group's later conditions). */
  matchRows(within?: BitSet): BitSet;
}
