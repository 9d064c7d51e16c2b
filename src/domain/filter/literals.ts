/**
 * What a literal means for a column type. Shared by the evaluator and the SQL compiler so both reject the same
 * expressions with the same messages; what a value then matches is each one's own business.
 */
import type { ColumnType } from "../contacts/column";
import type { ComparisonOp, Literal } from "./ast";
import type { FilterEnv } from "./contract";
import { resolveDate } from "./dates";
import { FilterValueError } from "./errors";

export type TypedValue =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  /** Unquoted text with * or ?, as written (not yet folded). */
  | { readonly kind: "pattern"; readonly pattern: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "boolean"; readonly value: 0 | 1 };

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;
const TRUE_WORDS = new Set(["yes", "true", "ja", "sant", "1"]);
const FALSE_WORDS = new Set(["no", "false", "nej", "falskt", "0"]);
const DATE_HINT = ": use yyyy-mm-dd, t (today), w (work date) or an offset such as -30D";

export const OP_TEXT: Readonly<Record<ComparisonOp, string>> = {
  eq: "=",
  ne: "<>",
  lt: "<",
  le: "<=",
  gt: ">",
  ge: ">=",
};

/** `12`, `-3.5`, `1e3`, `3,5` (comma decimal); null for anything else. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** Yes/No, True/False, Ja/Nej, Sant/Falskt (Swedish Excel), 1/0, ignoring case; null for anything else. */
export function parseBoolean(text: string): 0 | 1 | null {
  const word = text.toLowerCase();
  return TRUE_WORDS.has(word) ? 1 : FALSE_WORDS.has(word) ? 0 : null;
}

/**
 * The literal for a column of this type. `ordered` is true for < <= > >= and range bounds, where a blank only
 * makes sense on text (nothing sorts below it) and the parser has already refused wildcards.
 */
export function typedValue(type: ColumnType, literal: Literal, env: FilterEnv, ordered: boolean): TypedValue {
  const { text, position } = literal;
  if (type === "text") return literal.wildcard ? { kind: "pattern", pattern: text } : { kind: "text", text };
  if (literal.quoted && text === "") {
    if (ordered)
      throw new FilterValueError(
        `blank ('') at character ${position} can only be used with = or <>`,
        position,
        "= or <>",
        "''",
        "blank-ordered",
        { position },
      );
    return { kind: "blank" };
  }
  if (literal.wildcard && type !== "boolean") return { kind: "pattern", pattern: text };
  switch (type) {
    case "number": {
      const value = parseNumber(text);
      if (value === null) throw FilterValueError.notA(text, position, "a number", "", "number");
      return { kind: "number", value };
    }
    case "date": {
      const iso = resolveDate(text, env);
      if (iso === null) throw FilterValueError.notA(text, position, "a date", DATE_HINT, "date");
      return { kind: "date", iso };
    }
    case "boolean": {
      const value = parseBoolean(text);
      if (value === null) throw FilterValueError.notA(text, position, "Yes or No", "", "yes-no");
      return { kind: "boolean", value };
    }
  }
}

/** Yes/No columns know only = and <>. */
export function checkOperator(type: ColumnType, found: string, position: number): void {
  if (type === "boolean" && found !== "=" && found !== "<>") {
    throw new FilterValueError(
      `"${found}" at character ${position} does not apply to a Yes/No column, expected = or <>`,
      position,
      "= or <>",
      found,
      "boolean-operator",
      {
        found,
        position,
      },
    );
  }
}
