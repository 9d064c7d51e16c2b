/**
 * The filter language as a parameterised SQL condition, once for every SQL dialect: this file spells out the
 * semantics (blank rules, whole days, multi-valued "one of the values", ranges, wildcards); a dialect only says
 * how its database writes each primitive (a placeholder, case folding, the text order, a day, a number's text).
 * Values always travel as parameters; the SQL text holds only what this file and the dialect write.
 */
import type { ColumnType } from "../contacts/column";
import type { FilterNode, Literal, TermNode } from "./ast";
import { asksForBlank } from "./blankValues";
import type { FilterEnv } from "./contract";
import { checkOperator, OP_TEXT, typedValue } from "./literals";

export type SqlParam = string | number;

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** Collects parameter values in the order their placeholders appear in the SQL text. */
export interface SqlParams {
  /** The placeholder for a new parameter holding `value`. */
  add(value: SqlParam): string;
  readonly values: SqlParam[];
}

/** How one database writes the primitives; every argument is SQL already (a column, a placeholder). */
export interface SqlDialect {
  readonly alwaysTrue: string;
  readonly alwaysFalse: string;
  /** A text cell with blank ('' or NULL) as ''. */
  textCell(cell: string): string;
  /** Case folded as the domain's foldCase does. */
  fold(text: string): string;
  /** `text op literal` in the workbook language's order with case ignored (op: = <> < <= > >=). */
  textOrder(text: string, op: string, literal: string): string;
  /** A text parameter. */
  textParam(placeholder: string): string;
  numberParam(placeholder: string): string;
  /** A yyyy-mm-dd parameter as the dialect's day value, comparable with dateDay. */
  dateParam(placeholder: string): string;
  /** The whole day of a date cell (which may hold a time). */
  dateDay(cell: string): string;
  /** What wildcards on a number cell are matched against: the number as JavaScript's String() writes it. */
  numberText(cell: string): string;
  /** What wildcards on a date cell are matched against: yyyy-mm-dd. */
  dateText(cell: string): string;
  /** A Yes/No cell is true (value 1) or false (value 0). */
  booleanIs(cell: string, value: 0 | 1): string;
  /**
   * A multi-valued cell: `some(valueSql)` holds for one of its values, or the cell has no value and `blank` holds.
   * `some` must be called once, before `blank` is used, so placeholders stay in text order.
   */
  multiValued(cell: string, some: (value: string) => string, blank: () => string): string;
}

export interface SqlColumn {
  /** The cell's SQL (a quoted column, or an expression). */
  readonly cell: string;
  readonly type: ColumnType;
  readonly multiValued?: boolean;
}

/** The condition for one parsed filter (null: the empty filter, which every row meets). */
export function compileSqlCondition(
  node: FilterNode | null,
  column: SqlColumn,
  env: FilterEnv,
  dialect: SqlDialect,
  params: SqlParams,
): string {
  if (!node) return dialect.alwaysTrue;
  const compiler = new Compiler(dialect, params, env);
  if (!column.multiValued) {
    const value = column.type === "text" ? dialect.textCell(column.cell) : column.cell;
    return compiler.condition(node, value, column.type);
  }
  // One of the row's values meets the whole expression; a row without values only where the expression asks for
  // blanks with '' (asksForBlank), and then as the blank value ''.
  const blankMatters = asksForBlank(node);
  return dialect.multiValued(
    column.cell,
    (value) => compiler.condition(node, value, "text"),
    () => (blankMatters ? compiler.condition(node, `''`, "text") : dialect.alwaysFalse),
  );
}

class Compiler {
  constructor(
    private readonly d: SqlDialect,
    private readonly params: SqlParams,
    private readonly env: FilterEnv,
  ) {}

  condition(node: FilterNode, value: string, type: ColumnType): string {
    if (node.kind === "and" || node.kind === "or") {
      const parts = node.items.map((item) => this.condition(item, value, type));
      return `(${parts.join(node.kind === "and" ? " AND " : " OR ")})`;
    }
    switch (type) {
      case "text":
        return this.textTerm(node, value);
      case "number":
      case "date":
        return this.numberTerm(node, value, type);
      case "boolean":
        return this.booleanTerm(node, value);
    }
  }

  private textTerm(term: TermNode, x: string): string {
    const { d, params, env } = this;
    const text = (literal: Literal): string => {
      const value = typedValue("text", literal, env, true);
      return value.kind === "text" ? value.text : "";
    };
    if (term.kind === "range") {
      return bounds(
        term.from && (() => d.textOrder(x, ">=", d.textParam(params.add(text(term.from as Literal))))),
        term.to && (() => d.textOrder(x, "<=", d.textParam(params.add(text(term.to as Literal))))),
      );
    }
    const value = typedValue("text", term.value, env, term.op !== "eq" && term.op !== "ne");
    if (value.kind === "pattern") {
      const like = `${d.fold(x)} LIKE ${d.fold(d.textParam(params.add(likePattern(value.pattern))))} ${LIKE_ESCAPE}`;
      return term.op === "eq" ? like : `NOT (${like})`;
    }
    const literal = d.textParam(params.add(value.kind === "text" ? value.text : ""));
    if (term.op === "eq" || term.op === "ne") return `${d.fold(x)} ${OP_TEXT[term.op]} ${d.fold(literal)}`;
    return d.textOrder(x, OP_TEXT[term.op], literal);
  }

  private numberTerm(term: TermNode, x: string, type: "number" | "date"): string {
    const { d, params, env } = this;
    // Dates compare by whole day: the cell's day against the literal's day.
    const cell = type === "date" ? d.dateDay(x) : x;
    const literal = (value: string | number) =>
      type === "date" ? d.dateParam(params.add(value)) : d.numberParam(params.add(value));
    const param = (lit: Literal): string | number => {
      const value = typedValue(type, lit, env, true);
      return value.kind === "date" ? value.iso : value.kind === "number" ? value.value : "";
    };
    if (term.kind === "range") {
      return bounds(
        term.from && (() => `${cell} >= ${literal(param(term.from as Literal))}`),
        term.to && (() => `${cell} <= ${literal(param(term.to as Literal))}`),
      );
    }
    const { op } = term;
    const value = typedValue(type, term.value, env, op !== "eq" && op !== "ne");
    if (value.kind === "blank") return `${x} IS ${op === "eq" ? "" : "NOT "}NULL`;
    if (value.kind === "pattern") {
      const canonical = type === "date" ? d.dateText(x) : d.numberText(x);
      const like = `${canonical} LIKE ${d.fold(d.textParam(params.add(likePattern(value.pattern))))} ${LIKE_ESCAPE}`;
      return op === "eq" ? `(${x} IS NOT NULL AND ${like})` : `(${x} IS NULL OR NOT (${like}))`;
    }
    const p = value.kind === "date" ? value.iso : value.kind === "number" ? value.value : "";
    if (op === "ne") return `(${x} IS NULL OR ${cell} <> ${literal(p)})`;
    return `${cell} ${OP_TEXT[op]} ${literal(p)}`;
  }

  private booleanTerm(term: TermNode, x: string): string {
    if (term.kind === "range") checkOperator("boolean", "..", term.position);
    else checkOperator("boolean", OP_TEXT[term.op], term.position);
    const compare = term as Extract<TermNode, { kind: "compare" }>;
    const value = typedValue("boolean", compare.value, this.env, false);
    if (value.kind !== "boolean") return `${x} IS ${compare.op === "eq" ? "" : "NOT "}NULL`;
    const is = this.d.booleanIs(x, value.value);
    return compare.op === "eq" ? is : `(${x} IS NULL OR NOT (${is}))`;
  }
}

const LIKE_ESCAPE = `ESCAPE '\\'`;

/** Inclusive bounds, either side open; each side is built only when present, so placeholders stay in order. */
function bounds(atLeast: (() => string) | undefined, atMost: (() => string) | undefined): string {
  const parts: string[] = [];
  if (atLeast) parts.push(atLeast());
  if (atMost) parts.push(atMost());
  return `(${parts.join(" AND ")})`;
}

/** * and ? become LIKE's % and _; a literal %, _ or \ is escaped with \. */
export function likePattern(pattern: string): string {
  return pattern
    .replace(/[\\%_]/g, "\\$&")
    .replace(/\*/g, "%")
    .replace(/\?/g, "_");
}

/** Parameters written as `?` (SQLite), in order. */
export function questionMarkParams(): SqlParams {
  const values: SqlParam[] = [];
  return { values, add: (value) => (values.push(value), "?") };
}

/** Parameters written as $1, $2 … (PostgreSQL); `before` counts parameters the enclosing statement already uses. */
export function numberedParams(before = 0): SqlParams {
  const values: SqlParam[] = [];
  return { values, add: (value) => (values.push(value), `$${before + values.length}`) };
}
