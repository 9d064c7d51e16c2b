/**
 * The operator menu: each entry rewrites the expression box into a BC filter expression around the value already
 * typed, so a user who does not know BC's syntax still writes it (and sees it, and learns it).
 */
import type { ColumnType } from "../../../../domain/contacts/column";

export const OPERATORS = ["equals", "notEquals", "startsWith", "contains", "oneOf", "between", "greater", "less", "blank", "notBlank"] as const;
export type OperatorId = (typeof OPERATORS)[number];

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
