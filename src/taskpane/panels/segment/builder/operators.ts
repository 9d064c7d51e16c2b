/**
 * The operator menu. A condition keeps its operator and its value apart and derives the BC filter expression from
 * them (expressionFor), so typing never changes the operator; the "expression" mode takes a BC filter as typed.
 */
import type { ColumnType } from "../../../../domain/contacts/column";

export const OPERATORS = [
  "equals",
  "notEquals",
  "startsWith",
  "contains",
  "oneOf",
  "between",
  "greater",
  "less",
  "blank",
  "notBlank",
] as const;
export type OperatorId = (typeof OPERATORS)[number];
/** An operator, or a BC filter expression typed by hand. */
export type ConditionMode = OperatorId | "expression";
/** Operators that take no value. */
export const VALUELESS: ReadonlySet<ConditionMode> = new Set(["blank", "notBlank"]);

/**
 * The operators whose expression the filter language accepts on a column of this kind. Yes/No columns know only
 * = and <> (literals.ts checkOperator; a Yes/No value is never blank in BC). Dates and numbers take every
 * operator: wildcards match their yyyy-mm-dd or plain text, and ranges, comparisons and '' are theirs anyway.
 */
export function operatorsFor(kind: ColumnType): readonly OperatorId[] {
  return kind === "boolean" ? ["equals", "notEquals"] : OPERATORS;
}

/** The value inside an expression written by this menu (or typed like it): operators, wildcards and ranges removed. */
export function bareValue(expression: string): string {
  const text = expression.trim();
  if (text === "''" || text === "<>''") return "";
  let value = text.replace(/^(<>|>=|<=|>|<|=)/, "").replace(/^@/, "");
  if (value.includes("..")) value = value.split("..")[0];
  return value.replace(/^\*+/, "").replace(/\*+$/, "").trim();
}

/** The expression for an operator around the value already in the box. */
export function applyOperator(operator: OperatorId, expression: string): string {
  const value = bareValue(expression);
  switch (operator) {
    case "equals":
      return value;
    case "notEquals":
      return `<>${value}`;
    case "startsWith":
      return `${value}*`;
    case "contains":
      return `*${value}*`;
    case "oneOf":
      // An open alternative invites the next value; a list already there stays as it is.
      return value.includes("|") ? value : `${value}|`;
    case "between":
      return `${value}..`;
    case "greater":
      return `>${value}`;
    case "less":
      return `<${value}`;
    case "blank":
      return "''";
    case "notBlank":
      return "<>''";
  }
}

/** The operator an expression reads as, for the menu button's caption; plain values read as "is". */
export function operatorOf(expression: string): OperatorId {
  const text = expression.trim();
  if (text === "''") return "blank";
  if (text === "<>''") return "notBlank";
  if (text.startsWith("<>")) return "notEquals";
  if (text.startsWith(">")) return "greater";
  if (text.startsWith("<")) return "less";
  if (text.includes("..")) return "between";
  if (text.includes("|")) return "oneOf";
  if (text.length > 1 && text.startsWith("*") && text.endsWith("*")) return "contains";
  if (text.endsWith("*")) return "startsWith";
  return "equals";
}

/** Characters that end an unquoted value or change what it means in a BC filter. */
const SYNTAX = /[|&()=<>@*?]|\.\.|^'|^\s|\s$/;

/** A value meant literally: quoted when it holds filter syntax ('' for an embedded quote), as it is otherwise. */
function literal(value: string, kind: ColumnType): string {
  // Numbers, dates and Yes/No have no syntax characters of their own; quoting would only hide a typo's message.
  if (kind !== "text" || !SYNTAX.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A value inside * wildcards, which cannot be quoted (quotes turn wildcards into plain characters): each syntax
 * character becomes the one-character wildcard ?, so "a|b" still finds "a|b" (and, rarely, "a-b").
 */
function inWildcards(value: string): string {
  return value
    .replace(/\.\./g, "??")
    .replace(/[|&()=<>@]/g, "?")
    .replace(/^'/, "?");
}

/** The BC filter expression of an operator and its value; "" (no filter) while a value it needs is missing. */
export function expressionFor(mode: ConditionMode, value: string, kind: ColumnType = "text"): string {
  if (mode === "blank") return "''";
  if (mode === "notBlank") return "<>''";
  if (mode === "expression") return value;
  const text = value.trim();
  if (text === "") return "";
  switch (mode) {
    case "equals":
      return literal(text, kind);
    case "notEquals":
      return `<>${literal(text, kind)}`;
    case "startsWith":
      return `${inWildcards(text)}*`;
    case "contains":
      return `*${inWildcards(text)}*`;
    // "Is one of" and "is between" take their separators (| and ..) from the value as typed.
    case "oneOf":
    case "between":
      return text;
    case "greater":
      return `>${literal(text, kind)}`;
    case "less":
      return `<${literal(text, kind)}`;
  }
}
