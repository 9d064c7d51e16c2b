/**
 * `*` (any run of characters, line breaks included) and `?` (exactly one code point, as SQLite's LIKE `_`) on
 * case-folded text. The common shapes get string methods, which are several times faster over a million distinct
 * values; every other pattern runs the two-pointer glob below, never a RegExp: a RegExp built from user text
 * backtracks, and `*l*l*l*…*x` would then take time exponential in the number of stars.
 */

/**
 * The longest wildcard pattern a filter may hold. The glob takes at worst text × pattern steps per value, and a
 * cell holds at most 32,767 characters, so this keeps one value's worst case near 33 million steps.
 */
export const MAX_PATTERN_LENGTH = 1000;

export type TextMatcher =
  | { readonly kind: "all" }
  | { readonly kind: "includes" | "startsWith" | "endsWith"; readonly part: string }
  | { readonly kind: "glob"; readonly pattern: string };

/** A matcher for a pattern that is already case-folded. */
export function wildcardMatcher(pattern: string): TextMatcher {
  const collapsed = collapseStars(pattern);
  if (!collapsed.includes("?")) {
    const parts = collapsed.split("*");
    if (parts.every((part) => part === "")) return { kind: "all" };
    if (parts.length === 2 && parts[1] === "") return { kind: "startsWith", part: parts[0] };
    if (parts.length === 2 && parts[0] === "") return { kind: "endsWith", part: parts[1] };
    if (parts.length === 3 && parts[0] === "" && parts[2] === "") return { kind: "includes", part: parts[1] };
  }
  return { kind: "glob", pattern: collapsed };
}

/** One text at a time (number and date cells); dictionaries use the loops in text-eval. */
export function matchesText(matcher: TextMatcher, text: string): boolean {
  switch (matcher.kind) {
    case "all":
      return true;
    case "includes":
      return text.includes(matcher.part);
    case "startsWith":
      return text.startsWith(matcher.part);
    case "endsWith":
      return text.endsWith(matcher.part);
    case "glob":
      return globMatches(matcher.pattern, text);
  }
}

/**
 * The classic glob: on a mismatch, go back only to the latest `*` and let it swallow one more code point. Earlier
 * stars never need revisiting (whatever they swallowed, the latest star can swallow instead), so each text position
 * is retried at most once per pattern position. Text positions stay on code point boundaries: `?` and a star's
 * extra swallow step over a whole surrogate pair, and literals compare pairs unit by unit.
 */
export function globMatches(pattern: string, text: string): boolean {
  const m = pattern.length;
  const n = text.length;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < n) {
    const pc = p < m ? pattern.charCodeAt(p) : -1;
    if (pc === QUESTION) {
      p++;
      t += codePointLength(text, t);
    } else if (pc === STAR) {
      starP = p++;
      starT = t;
    } else if (pc === text.charCodeAt(t)) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      starT += codePointLength(text, starT);
      t = starT;
    } else {
      return false;
    }
  }
  while (p < m && pattern.charCodeAt(p) === STAR) p++;
  return p === m;
}

const STAR = 42;
const QUESTION = 63;

function codePointLength(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function collapseStars(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== "*" || out[out.length - 1] !== "*") out += pattern[i];
  }
  return out;
}
