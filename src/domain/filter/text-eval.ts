/**
 * Text conditions, evaluated once per distinct dictionary entry into a 0/1 mask (rows.ts maps it to rows).
 * Equality and wildcards compare case-folded text; < > and ranges use the workbook language's collation.
 * A blank cell is the empty text, so it sorts first and `<>JO` matches it.
 */
import { foldCase, textCollator } from "../text";
import type { Literal, TermNode } from "./ast";
import type { FilterEnv } from "./contract";
import { typedValue } from "./literals";
import { evaluatePlan, type Plan } from "./plan";
import { globMatches, type TextMatcher, wildcardMatcher } from "./wildcard";

interface Bound {
  readonly text: string;
  readonly inclusive: boolean;
}

export type TextLeaf =
  | { readonly kind: "equals"; readonly folded: string; readonly negate: boolean }
  | { readonly kind: "match"; readonly matcher: TextMatcher; readonly negate: boolean }
  | { readonly kind: "order"; readonly lower?: Bound; readonly upper?: Bound };

export function textLeaf(term: TermNode, env: FilterEnv): TextLeaf {
  const textOf = (literal: Literal): string => {
    const value = typedValue("text", literal, env, true);
    return value.kind === "text" ? value.text : "";
  };
  if (term.kind === "range") {
    return {
      kind: "order",
      lower: term.from && { text: textOf(term.from), inclusive: true },
      upper: term.to && { text: textOf(term.to), inclusive: true },
    };
  }
  const { op } = term;
  if (op === "eq" || op === "ne") {
    const value = typedValue("text", term.value, env, false);
    const negate = op === "ne";
    if (value.kind === "pattern") return { kind: "match", matcher: wildcardMatcher(foldCase(value.pattern)), negate };
    return { kind: "equals", folded: foldCase(value.kind === "text" ? value.text : ""), negate };
  }
  const bound = { text: textOf(term.value), inclusive: op === "le" || op === "ge" };
  return op === "lt" || op === "le" ? { kind: "order", upper: bound } : { kind: "order", lower: bound };
}

/** 1 for each dictionary entry that meets the whole plan. */
export function textMask(
  plan: Plan<TextLeaf>,
  dictionary: readonly string[],
  folded: readonly string[],
  locale: string,
): Uint8Array {
  return evaluatePlan(plan, (leaf) => leafMask(leaf, dictionary, folded, locale));
}

function leafMask(
  leaf: TextLeaf,
  dictionary: readonly string[],
  folded: readonly string[],
  locale: string,
): Uint8Array {
  const n = dictionary.length;
  const out = new Uint8Array(n);
  switch (leaf.kind) {
    case "equals": {
      const target = leaf.folded;
      for (let i = 0; i < n; i++) out[i] = folded[i] === target ? 1 : 0;
      break;
    }
    case "match":
      matchInto(out, leaf.matcher, folded);
      break;
    case "order":
      orderInto(out, leaf, dictionary, locale);
      break;
  }
  if (leaf.kind !== "order" && leaf.negate) for (let i = 0; i < n; i++) out[i] ^= 1;
  return out;
}

function matchInto(out: Uint8Array, matcher: TextMatcher, folded: readonly string[]): void {
  const n = folded.length;
  switch (matcher.kind) {
    case "all":
      out.fill(1);
      return;
    case "includes": {
      const part = matcher.part;
      for (let i = 0; i < n; i++) out[i] = folded[i].includes(part) ? 1 : 0;
      return;
    }
    case "startsWith": {
      const part = matcher.part;
      for (let i = 0; i < n; i++) out[i] = folded[i].startsWith(part) ? 1 : 0;
      return;
    }
    case "endsWith": {
      const part = matcher.part;
      for (let i = 0; i < n; i++) out[i] = folded[i].endsWith(part) ? 1 : 0;
      return;
    }
    case "glob": {
      const pattern = matcher.pattern;
      for (let i = 0; i < n; i++) out[i] = globMatches(pattern, folded[i]) ? 1 : 0;
      return;
    }
  }
}

function orderInto(
  out: Uint8Array,
  leaf: Extract<TextLeaf, { kind: "order" }>,
  dictionary: readonly string[],
  locale: string,
): void {
  const compare = textCollator(locale).compare;
  const { lower, upper } = leaf;
  const n = dictionary.length;
  for (let i = 0; i < n; i++) {
    const text = dictionary[i];
    let ok = true;
    if (lower) {
      const c = compare(text, lower.text);
      ok = lower.inclusive ? c >= 0 : c > 0;
    }
    if (ok && upper) {
      const c = compare(text, upper.text);
      ok = upper.inclusive ? c <= 0 : c < 0;
    }
    out[i] = ok ? 1 : 0;
  }
}
