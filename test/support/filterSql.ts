/**
 * The filter language as a parameterised SQLite WHERE fragment (the SQLite dialect of sqlCompile.ts): the
 * independent oracle the evaluator is tested against. The SQL spells out the semantics itself (blank rules, whole
 * days, multi-valued EXISTS, ranges); only the primitives it cannot express are registered functions
 * (sqlFunctions), each a one-liner over the domain's own foldCase / textCollator.
 *
 * Storage it expects: text as TEXT ('' or NULL blank); numbers and dates (Excel serials) as REAL, NULL blank;
 * Yes/No as 0/1, NULL blank; a multi-valued column as a side table of (row, value), one row per value.
 */
import type { ColumnType } from "../../src/domain/contacts/column";
import { foldCase, textCollator } from "../../src/domain/text";
import type { FilterEnv } from "../../src/domain/filter/contract";
import { parseFilter } from "../../src/domain/filter/parser";
import {
  compileSqlCondition,
  questionMarkParams,
  type SqlDialect,
  type SqlFragment,
} from "../../src/domain/filter/sqlCompile";

export type { SqlFragment, SqlParam } from "../../src/domain/filter/sqlCompile";

export interface SqlTarget {
  /** The column in the row table; for a multi-valued column, ignored (its values live in `multi.table`). */
  readonly column: string;
  readonly type: ColumnType;
  readonly multi?: {
    readonly table: string;
    readonly rowColumn: string;
    readonly valueColumn: string;
    /** SQL expression (already quoted) for the outer row's key, e.g. `"contacts"."row"`. */
    readonly outerRow: string;
  };
}

/** Excel serial 0 is 1899-12-30; SQLite computes Julian days itself, independently of isoToSerial. */
const EPOCH = `julianday('1899-12-30')`;

function sqliteDialect(target: SqlTarget): SqlDialect {
  return {
    alwaysTrue: "1",
    alwaysFalse: "0",
    textCell: (cell) => `ifnull(${cell}, '')`,
    fold: (text) => `fold(${text})`,
    textOrder: (text, op, literal) => `coll(${text}, ${literal}) ${op} 0`,
    textParam: (placeholder) => placeholder,
    numberParam: (placeholder) => placeholder,
    dateParam: (placeholder) => `(julianday(${placeholder}) - ${EPOCH})`,
    dateDay: (cell) => `day(${cell})`,
    numberText: (cell) => `numtext(${cell})`,
    dateText: (cell) => `date(${cell} + ${EPOCH})`,
    booleanIs: (cell, value) => `${cell} = ${value}`,
    multiValued: (_cell, some, blank) => {
      const multi = target.multi as NonNullable<SqlTarget["multi"]>;
      const sameRow = `FROM ${quoteName(multi.table)} AS _v WHERE _v.${quoteName(multi.rowColumn)} = ${multi.outerRow}`;
      const someSql = some(`_v.${quoteName(multi.valueColumn)}`);
      return `(EXISTS (SELECT 1 ${sameRow} AND (${someSql})) OR (NOT EXISTS (SELECT 1 ${sameRow}) AND (${blank()})))`;
    },
  };
}

/** A WHERE fragment for the expression; "1" when it is empty. Throws the same FilterErrors as compileCondition. */
export function compileSql(expression: string, target: SqlTarget, env: FilterEnv): SqlFragment {
  const params = questionMarkParams();
  const column = { cell: quoteName(target.column), type: target.type, multiValued: target.multi !== undefined };
  const sql = compileSqlCondition(parseFilter(expression), column, env, sqliteDialect(target), params);
  return { sql, params: params.values };
}

export interface SqlFunctions {
  fold(text: string | null): string | null;
  coll(a: string, b: string): number;
  numtext(value: number | null): string | null;
  day(serial: number | null): number | null;
}

/**
 * The functions the fragments call, to register with the database (sql.js: db.create_function(name, fn)).
 * NULL in, NULL out, as SQLite's own functions do.
 */
export function sqlFunctions(locale: string): SqlFunctions {
  const collator = textCollator(locale);
  return {
    /** Case folding for equality and wildcards (SQLite's NOCASE folds only ASCII). */
    fold: (text: string | null) => (text === null ? null : foldCase(String(text))),
    /** Sign of the workbook language's text order. */
    coll: (a: string, b: string) => Math.sign(collator.compare(String(a), String(b))),
    /** Canonical text of a number, what wildcards on a number column see. */
    numtext: (value: number | null) => (value === null ? null : String(value)),
    /** The whole day of an Excel serial that may carry a time fraction. */
    day: (serial: number | null) => (serial === null ? null : Math.floor(serial)),
  };
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
