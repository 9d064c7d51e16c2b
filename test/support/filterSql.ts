/**
 * The same filter language as a parameterised SQLite WHERE fragment: the independent oracle the evaluator is
 * tested against, and a way to push a filter into a database. The SQL spells out the semantics itself (blank
 * rules, whole days, multi-valued EXISTS, ranges); only the primitives it cannot express are registered
 * functions (sqlFunctions), each a one-liner over the domain's own foldCase / textCollator.
 *
 * Storage it expects: text as TEXT ('' or NULL blank); numbers and dates (Excel serials) as REAL, NULL blank;
 * Yes/No as 0/1, NULL blank; a multi-valued column as a side table of (row, value), one row per value.
 */
import type { ColumnType } from "../../src/domain/contacts/column";
import { foldCase, textCollator } from "../../src/domain/text";
import type { FilterNode, Literal, TermNode } from "../../src/domain/filter/ast";
import { asksForBlank } from "../../src/domain/filter/blankValues";
import type { FilterEnv } from "../../src/domain/filter/contract";
import { checkOperator, OP_TEXT, typedValue } from "../../src/domain/filter/literals";
import { parseFilter } from "../../src/domain/filter/parser";

export type SqlParam = string | number;

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

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
const LIKE_ESCAPE = `ESCAPE '\\'`;

/** A WHERE fragment for the expression; "1" when it is empty. Throws the same FilterErrors as compileCondition. */
export function compileSql(expression: string, target: SqlTarget, env: FilterEnv): SqlFragment {
  const node = parseFilter(expression);
  if (!node) return { sql: "1", params: [] };
  if (!target.multi) {
    const value = target.type === "text" ? `ifnull(${quoteName(target.column)}, '')` : quoteName(target.column);
    return condition(node, value, target.type, env);
  }
  // One of the row's values meets the whole expression; a row without values only where the expression asks for
  // blanks with '' (asksForBlank), and then as the blank value ''.
  const { table, rowColumn, valueColumn, outerRow } = target.multi;
  const sameRow = `FROM ${quoteName(table)} AS _v WHERE _v.${quoteName(rowColumn)} = ${outerRow}`;
  const some = condition(node, `_v.${quoteName(valueColumn)}`, "text", env);
  const blank = asksForBlank(node) ? condition(node, `''`, "text", env) : { sql: "0", params: [] };
  return {
    sql: `(EXISTS (SELECT 1 ${sameRow} AND (${some.sql})) OR (NOT EXISTS (SELECT 1 ${sameRow}) AND (${blank.sql})))`,
    params: [...some.params, ...blank.params],
  };
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

function condition(node: FilterNode, value: string, type: ColumnType, env: FilterEnv): SqlFragment {
  if (node.kind === "and" || node.kind === "or") {
    const parts = node.items.map((item) => condition(item, value, type, env));
    return { sql: `(${parts.map((part) => part.sql).join(node.kind === "and" ? " AND " : " OR ")})`, params: parts.flatMap((part) => part.params) };
  }
  switch (type) {
    case "text":
      return textTerm(node, value, env);
    case "number":
    case "date":
      return numberTerm(node, value, type, env);
    case "boolean":
      return booleanTerm(node, value, env);
  }
}

function textTerm(term: TermNode, x: string, env: FilterEnv): SqlFragment {
  const text = (literal: Literal): string => {
    const value = typedValue("text", literal, env, true);
    return value.kind === "text" ? value.text : "";
  };
  if (term.kind === "range") return bounds(`coll(${x}, ?) >= 0`, `coll(${x}, ?) <= 0`, term.from && text(term.from), term.to && text(term.to));
  const value = typedValue("text", term.value, env, term.op !== "eq" && term.op !== "ne");
  if (value.kind === "pattern") {
    const like = `fold(${x}) LIKE fold(?) ${LIKE_ESCAPE}`;
    return { sql: term.op === "eq" ? like : `NOT (${like})`, params: [likePattern(value.pattern)] };
  }
  const literal = value.kind === "text" ? value.text : "";
  if (term.op === "eq" || term.op === "ne") return { sql: `fold(${x}) ${term.op === "eq" ? "=" : "<>"} fold(?)`, params: [literal] };
  return { sql: `coll(${x}, ?) ${OP_TEXT[term.op]} 0`, params: [literal] };
}

function numberTerm(term: TermNode, x: string, type: "number" | "date", env: FilterEnv): SqlFragment {
  // Dates compare by whole day: the cell's day against the literal's serial, both computed here in SQL.
  const cell = type === "date" ? `day(${x})` : x;
  const literal = type === "date" ? `(julianday(?) - ${EPOCH})` : "?";
  const param = (lit: Literal): SqlParam => {
    const value = typedValue(type, lit, env, true);
    return value.kind === "date" ? value.iso : value.kind === "number" ? value.value : "";
  };
  if (term.kind === "range") return bounds(`${cell} >= ${literal}`, `${cell} <= ${literal}`, term.from && param(term.from), term.to && param(term.to));
  const { op } = term;
  const value = typedValue(type, term.value, env, op !== "eq" && op !== "ne");
  if (value.kind === "blank") return { sql: `${x} IS ${op === "eq" ? "" : "NOT "}NULL`, params: [] };
  if (value.kind === "pattern") {
    const canonical = type === "date" ? `date(${x} + ${EPOCH})` : `numtext(${x})`;
    const like = `${canonical} LIKE fold(?) ${LIKE_ESCAPE}`;
    return { sql: op === "eq" ? `(${x} IS NOT NULL AND ${like})` : `(${x} IS NULL OR NOT (${like}))`, params: [likePattern(value.pattern)] };
  }
  const p = value.kind === "date" ? value.iso : value.kind === "number" ? value.value : "";
  if (op === "ne") return { sql: `(${x} IS NULL OR ${cell} <> ${literal})`, params: [p] };
  return { sql: `${cell} ${OP_TEXT[op]} ${literal}`, params: [p] };
}

function booleanTerm(term: TermNode, x: string, env: FilterEnv): SqlFragment {
  if (term.kind === "range") checkOperator("boolean", "..", term.position);
  else checkOperator("boolean", OP_TEXT[term.op], term.position);
  const compare = term as Extract<TermNode, { kind: "compare" }>;
  const value = typedValue("boolean", compare.value, env, false);
  if (value.kind !== "boolean") return { sql: `${x} IS ${compare.op === "eq" ? "" : "NOT "}NULL`, params: [] };
  return { sql: compare.op === "eq" ? `${x} = ${value.value}` : `(${x} IS NULL OR ${x} <> ${value.value})`, params: [] };
}

/** Inclusive bounds, either side open: `atLeast` and `atMost` are conditions with one "?" each. */
function bounds(atLeast: string, atMost: string, from: SqlParam | undefined, to: SqlParam | undefined): SqlFragment {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  if (from !== undefined) {
    parts.push(atLeast);
    params.push(from);
  }
  if (to !== undefined) {
    parts.push(atMost);
    params.push(to);
  }
  return { sql: `(${parts.join(" AND ")})`, params };
}

/** * and ? become LIKE's % and _; a literal %, _ or \ is escaped with \. */
function likePattern(pattern: string): string {
  return pattern.replace(/[\\%_]/g, "\\$&").replace(/\*/g, "%").replace(/\?/g, "_");
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
