/**
 * The parsed form of a filter expression (docs/business-rules.md §10). The tree keeps what was written, not what it means
 * for a column: literals are still text, so `t` and `-30D` stay relative until compiled (docs/decisions.md §D8).
 */

/** `=` (or no operator), `<>`, `<`, `<=`, `>`, `>=`. */
export type ComparisonOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

/** One value as written. Positions are 1-based characters in the expression, for messages. */
export interface Literal {
  /** The value: outer spaces trimmed, quotes removed, '' inside quotes turned into one '. */
  readonly text: string;
  /** Written in quotes: wildcards are plain characters. `''` is the blank value. */
  readonly quoted: boolean;
  /** Unquoted and holds `*` or `?`. */
  readonly wildcard: boolean;
  readonly position: number;
}

/** `abc`, `=abc`, `<>abc`, `<abc` … A blank literal (`''`) asks for blank cells. */
export interface CompareNode {
  readonly kind: "compare";
  readonly op: ComparisonOp;
  readonly value: Literal;
  /** Where the term starts (its operator, or its value when there is none). */
  readonly position: number;
}

/** `a..b`, `..b`, `a..`: inclusive bounds; at least one is present. */
export interface RangeNode {
  readonly kind: "range";
  readonly from?: Literal;
  readonly to?: Literal;
  /** Where the `..` is. */
  readonly position: number;
}

/** `a|b|c`. Parentheses leave no node of their own; they only shape the tree. */
export interface OrNode {
  readonly kind: "or";
  readonly items: readonly FilterNode[];
}

/** `a&b&c`; binds tighter than `|`. */
export interface AndNode {
  readonly kind: "and";
  readonly items: readonly FilterNode[];
}

export type LogicalNode = OrNode | AndNode;

export type TermNode = CompareNode | RangeNode;
export type FilterNode = LogicalNode | TermNode;
