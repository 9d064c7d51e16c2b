/**
 * Splits a filter expression into tokens. Unquoted values run until an operator character (| & ( ) = < >) or
 * `..`, keep their inner spaces ("Anna Berg") and lose their outer ones. A quote opens a literal only where a
 * value starts, so an apostrophe inside a value is plain text (O'Brien); `@` where a value starts is a token the
 * parser skips (text always ignores case).
 */
import type { ComparisonOp } from "./ast";
import { FilterSyntaxError } from "./errors";

export type Token =
  | {
      readonly type: "or" | "and" | "open" | "close" | "range" | "at";
      readonly text: string;
      readonly position: number;
    }
  | { readonly type: "op"; readonly op: ComparisonOp; readonly text: string; readonly position: number }
  | { readonly type: "value"; readonly text: string; readonly quoted: boolean; readonly position: number }
  | { readonly type: "end"; readonly text: ""; readonly position: number };

const SINGLE: Readonly<Record<string, "or" | "and" | "open" | "close" | "at">> = {
  "|": "or",
  "&": "and",
  "(": "open",
  ")": "close",
  "@": "at",
};
const ENDS_VALUE = new Set(["|", "&", "(", ")", "=", "<", ">"]);
const SPACE = /\s/;

export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const length = expression.length;
  let i = 0;
  while (i < length) {
    const ch = expression[i];
    const position = i + 1;
    if (SPACE.test(ch)) {
      i++;
    } else if (SINGLE[ch]) {
      tokens.push({ type: SINGLE[ch], text: ch, position });
      i++;
    } else if (ch === "=" || ch === "<" || ch === ">") {
      const two = expression.slice(i, i + 2);
      const op: ComparisonOp =
        two === "<>" ? "ne" : two === "<=" ? "le" : two === ">=" ? "ge" : ch === "=" ? "eq" : ch === "<" ? "lt" : "gt";
      const text = op === "ne" || op === "le" || op === "ge" ? two : ch;
      tokens.push({ type: "op", op, text, position });
      i += text.length;
    } else if (ch === "." && expression[i + 1] === ".") {
      tokens.push({ type: "range", text: "..", position });
      i += 2;
    } else if (ch === "'") {
      i = readQuoted(expression, i, tokens);
    } else {
      i = readUnquoted(expression, i, tokens);
    }
  }
  tokens.push({ type: "end", text: "", position: length + 1 });
  return tokens;
}

/** 'text' with '' for an embedded quote. Returns the index after the closing quote. */
function readQuoted(expression: string, start: number, tokens: Token[]): number {
  let text = "";
  let i = start + 1;
  for (;;) {
    const close = expression.indexOf("'", i);
    if (close < 0) {
      throw new FilterSyntaxError(
        `unterminated quote at character ${start + 1}, expected a closing "'"`,
        start + 1,
        `a closing "'"`,
        expression.slice(start),
        "unterminated-quote",
        { position: start + 1 },
      );
    }
    text += expression.slice(i, close);
    if (expression[close + 1] === "'") {
      text += "'";
      i = close + 2;
    } else {
      tokens.push({ type: "value", text, quoted: true, position: start + 1 });
      return close + 1;
    }
  }
}

/** Up to the next operator character or `..`; outer spaces trimmed (the caller already skipped leading ones). */
function readUnquoted(expression: string, start: number, tokens: Token[]): number {
  let i = start;
  while (i < expression.length) {
    const ch = expression[i];
    if (ENDS_VALUE.has(ch) || (ch === "." && expression[i + 1] === ".")) break;
    i++;
  }
  tokens.push({ type: "value", text: expression.slice(start, i).trimEnd(), quoted: false, position: start + 1 });
  return i;
}
