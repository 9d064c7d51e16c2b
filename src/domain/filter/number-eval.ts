/**
 * Number and date conditions, one tight loop over the values per leaf writing 32 rows per word; and/or then work on
 * the words. Every comparison becomes a closed interval [lo, hi] (a strict bound is the next double inward), so
 * one loop serves = < <= > >= and ranges; dates compare whole days, so day d is [d, just below d + 1].
 * A blank cell (NaN) fails every interval test, so it matches only '' and the negated <>.
 */
import { isoToSerial, serialToIso, type NumberValues } from "../contacts/column";
import { foldCase } from "../text";
import type { Literal, TermNode } from "./ast";
import type { FilterEnv } from "./contract";
import { typedValue } from "./literals";
import { evaluatePlan, type Plan } from "./plan";
import { matchesText, type TextMatcher, wildcardMatcher } from "./wildcard";

export type NumberLeaf =
  | { readonly kind: "interval"; readonly lo: number; readonly hi: number; readonly negate: boolean }
  | { readonly kind: "blank"; readonly negate: boolean }
  /** Wildcards on the canonical text: String(value) for numbers, yyyy-mm-dd for dates. */
  | { readonly kind: "match"; readonly matcher: TextMatcher; readonly negate: boolean };

export function numberLeaf(term: TermNode, type: "number" | "date", env: FilterEnv): NumberLeaf {
  // A value's span: a number is itself; a date is its whole day.
  const span = (literal: Literal, ordered: boolean) => {
    const value = typedValue(type, literal, env, ordered);
    if (value.kind === "number") return { value, lo: value.value, hi: value.value };
    if (value.kind === "date") {
      const day = isoToSerial(value.iso);
      return { value, lo: day, hi: nextDown(day + 1) };
    }
    return { value, lo: NaN, hi: NaN };
  };
  if (term.kind === "range") {
    const lo = term.from ? span(term.from, true).lo : -Infinity;
    const hi = term.to ? span(term.to, true).hi : Infinity;
    return { kind: "interval", lo, hi, negate: false };
  }
  const { op } = term;
  const { value, lo, hi } = span(term.value, op !== "eq" && op !== "ne");
  switch (op) {
    case "eq":
    case "ne":
      if (value.kind === "blank") return { kind: "blank", negate: op === "ne" };
      if (value.kind === "pattern")
        return { kind: "match", matcher: wildcardMatcher(foldCase(value.pattern)), negate: op === "ne" };
      return { kind: "interval", lo, hi, negate: op === "ne" };
    case "lt":
      return { kind: "interval", lo: -Infinity, hi: nextDown(lo), negate: false };
    case "le":
      return { kind: "interval", lo: -Infinity, hi, negate: false };
    case "gt":
      return { kind: "interval", lo: nextUp(hi), hi: Infinity, negate: false };
    case "ge":
      return { kind: "interval", lo, hi: Infinity, negate: false };
  }
}

/** Bit words (32 rows each) of the rows that meet the whole plan. */
/** With `within`, interval leaves skip the words where it has no row (the caller ANDs the result with it). */
export function numberWords(
  plan: Plan<NumberLeaf>,
  values: NumberValues,
  type: "number" | "date",
  within?: Uint32Array,
): Uint32Array {
  return evaluatePlan(plan, (leaf) => leafWords(leaf, values, type, within));
}

function leafWords(
  leaf: NumberLeaf,
  values: NumberValues,
  type: "number" | "date",
  within: Uint32Array | undefined,
): Uint32Array {
  const n = values.length;
  const words = new Uint32Array((n + 31) >>> 5);
  if (leaf.kind === "interval") intervalInto(words, values, leaf.lo, leaf.hi, within);
  else if (leaf.kind === "blank") blankInto(words, values);
  else matchInto(words, values, leaf.matcher, type);
  if (leaf.negate) {
    for (let w = 0; w < words.length; w++) words[w] = ~words[w];
    const extra = words.length * 32 - n;
    if (extra > 0) words[words.length - 1] &= 0xffffffff >>> extra;
  }
  return words;
}

function intervalInto(
  words: Uint32Array,
  values: NumberValues,
  lo: number,
  hi: number,
  within: Uint32Array | undefined,
): void {
  const n = values.length;
  for (let base = 0, w = 0; base < n; base += 32, w++) {
    if (within && within[w] === 0) continue;
    const end = base + 32 < n ? base + 32 : n;
    let word = 0;
    for (let r = base; r < end; r++) {
      const v = values[r];
      if (v >= lo && v <= hi) word |= 1 << (r - base);
    }
    words[w] = word;
  }
}

function blankInto(words: Uint32Array, values: NumberValues): void {
  const n = values.length;
  for (let r = 0; r < n; r++) if (values[r] !== values[r]) words[r >>> 5] |= 1 << (r & 31);
}

function matchInto(words: Uint32Array, values: NumberValues, matcher: TextMatcher, type: "number" | "date"): void {
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (v !== v) continue;
    if (matchesText(matcher, type === "date" ? serialToIso(v) : String(v))) words[r >>> 5] |= 1 << (r & 31);
  }
}

const scratch = new Float64Array(1);
const scratchBits = new BigInt64Array(scratch.buffer);

/** The largest double below x (x finite). */
export function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  scratch[0] = x;
  scratchBits[0] += x > 0 ? -1n : 1n;
  return scratch[0];
}

/** The smallest double above x (x finite). */
export function nextUp(x: number): number {
  return -nextDown(-x);
}
