/**
 * `*` (any run of characters) and `?` (exactly one character) on case-folded text. The common shapes get
 * string methods, which are several times faster than a RegExp over a million distinct values.
 */

export type TextMatcher =
  | { readonly kind: "all" }
  | { readonly kind: "includes" | "startsWith" | "endsWith"; readonly part: string }
  | { readonly kind: "regex"; readonly regex: RegExp };

/** A matcher for a pattern that is already case-folded. */
export function wildcardMatcher(pattern: string): TextMatcher {
  const collapsed = pattern.replace(/\*+/g, "*");
  if (!collapsed.includes("?")) {
    const parts = collapsed.split("*");
    if (parts.every((part) => part === "")) return { kind: "all" };
    if (parts.length === 2 && parts[1] === "") return { kind: "startsWith", part: parts[0] };
    if (parts.length === 2 && parts[0] === "") return { kind: "endsWith", part: parts[1] };
    if (parts.length === 3 && parts[0] === "" && parts[2] === "") return { kind: "includes", part: parts[1] };
  }
  // "u": ? is one code point, as SQLite's LIKE "_" is; "s": a value may hold line breaks.
  const source = Array.from(collapsed, (ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.|+()[\]{}/]/g, "\\$&"))).join("");
  return { kind: "regex", regex: new RegExp(`^${source}$`, "su") };
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
    case "regex":
      return matcher.regex.test(text);
  }
}
