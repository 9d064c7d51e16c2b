/**
 * The PostgreSQL dialect of the filter SQL: the same rules as the evaluator (sqlCompile.ts spells them out), values
 * as $n parameters, and these primitives:
 * - case folding: lower() under ICU's root locale, which maps case as JavaScript's toLowerCase (the domain's
 *   foldCase) does, locale-independently; the database's own collation never decides a match;
 * - text order: a nondeterministic ICU collation at level 2 per language (accents count, case does not), as the
 *   domain's textCollator; created by `init` (en, sv) or ensureOrderCollation;
 * - a number's text for wildcards: the schema's js_number_text(), JavaScript's String(number);
 * - dates: `date` or `timestamp` columns, compared by whole day.
 * A multi-valued column is text[] or text with values separated by ; or , (trimmed, blanks dropped, as on a sheet).
 */
import type { ColumnType } from "../domain/contacts/column";
import {
  compileSqlCondition,
  type FilterEnv,
  numberedParams,
  parseFilter,
  type SqlDialect,
  type SqlFragment,
} from "../domain/filter";
import { FOLD_COLLATION, NUMBER_TEXT_FUNCTION, orderCollation } from "./schemaDdl";
import { qualified } from "./sqlNames";

export type MultiValuedStorage = "array" | "separated";

export interface PgFilterColumn {
  /** The cell's SQL: a quoted column such as `c."Mailing Groups"`. */
  readonly cell: string;
  readonly type: ColumnType;
  /** Set for a multi-valued text column: how its values are stored. */
  readonly multiValued?: MultiValuedStorage;
}

export interface PgFilterOptions {
  /** The schema `init` made: its collations and js_number_text. */
  readonly schema: string;
  /** Parameters the enclosing statement already uses ($1…$n): this fragment's start at $n+1. */
  readonly paramsBefore?: number;
}

/** A WHERE condition for the expression ("TRUE" when it is empty); throws the same FilterErrors as the evaluator. */
export function compilePgFilter(
  expression: string,
  column: PgFilterColumn,
  env: FilterEnv,
  options: PgFilterOptions,
): SqlFragment {
  const params = numberedParams(options.paramsBefore ?? 0);
  const sql = compileSqlCondition(
    parseFilter(expression),
    { cell: column.cell, type: column.type, multiValued: column.multiValued !== undefined },
    env,
    pgDialect(column, env, options.schema),
    params,
  );
  return { sql, params: params.values };
}

function pgDialect(column: PgFilterColumn, env: FilterEnv, schema: string): SqlDialect {
  const order = qualified(schema, orderCollation(env.locale).name);
  return {
    alwaysTrue: "TRUE",
    alwaysFalse: "FALSE",
    textCell: (cell) => `coalesce(${cell}::text, '')`,
    fold: (text) => `lower((${text}) COLLATE ${FOLD_COLLATION})`,
    textOrder: (text, op, literal) => `(${text}) COLLATE ${order} ${op} ${literal}`,
    textParam: (placeholder) => `${placeholder}::text`,
    numberParam: (placeholder) => `${placeholder}::float8`,
    dateParam: (placeholder) => `${placeholder}::date`,
    dateDay: (cell) => `(${cell})::date`,
    numberText: (cell) => `${qualified(schema, NUMBER_TEXT_FUNCTION)}((${cell})::float8)`,
    dateText: (cell) => `to_char(${cell}, 'YYYY-MM-DD')`,
    booleanIs: (cell, value) => `${cell} = ${value === 1 ? "TRUE" : "FALSE"}`,
    multiValued: (cell, some, blank) => {
      const values = column.multiValued === "array" ? `unnest(${cell}::text[])` : `unnest(${separatedValues(cell)})`;
      const rowValues = `FROM ${values} AS _v(value) WHERE _v.value <> ''`;
      const someSql = some("_v.value");
      return `(EXISTS (SELECT 1 ${rowValues} AND (${someSql})) OR (NOT EXISTS (SELECT 1 ${rowValues}) AND (${blank()})))`;
    },
  };
}

/** A ;- or ,-separated cell as an array of its trimmed values (NULL: none). */
function separatedValues(cell: string): string {
  return `ARRAY(SELECT btrim(_p) FROM regexp_split_to_table(${cell}::text, '[;,]') AS _p)`;
}
