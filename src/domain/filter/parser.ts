/**
 * Recursive descent over the tokens:
 *   or    := and ("|" and)*
 *   and   := unary ("&" unary)*            (& binds tighter than |, docs/decisions.md §D1)
 *   unary := "@"* ( "(" or ")" | term )
 *   term  := op value | value [".." [value]] | ".." value
 *   value := "@"* VALUE
 */
import type { FilterNode, Literal, TermNode } from "./ast";
import { FilterSyntaxError } from "./errors";
import { type Token, tokenize } from "./lexer";
import { MAX_PATTERN_LENGTH } from "./wildcard";

const A_VALUE = "a value";

/** How many parentheses may be open at once: the parser recurses once per level, so this bounds its stack. */
export const MAX_NESTING = 100;

/** The expression's tree, or null when it is empty or all spaces (no filter). Throws FilterSyntaxError. */
export function parseFilter(expression: string): FilterNode | null {
  const tokens = tokenize(expression);
  if (tokens.length === 1) return null;
  const parser = new Parser(tokens);
  const node = parser.or();
  parser.expectEnd();
  return node;
}

class Parser {
  private index = 0;
  /** Positions of the open parentheses around the current point, innermost last. */
  private readonly opens: number[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  or(): FilterNode {
    const items = [this.and()];
    while (this.peek().type === "or") {
      this.index++;
      items.push(this.and());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.type !== "end")
      throw FilterSyntaxError.unexpected(token.text, token.position, this.afterTerm(), this.afterTermParams());
  }

  private and(): FilterNode {
    const items = [this.unary()];
    while (this.peek().type === "and") {
      this.index++;
      items.push(this.unary());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  }

  private unary(): FilterNode {
    this.skipAt();
    const token = this.peek();
    if (token.type !== "open") return this.term();
    if (this.opens.length >= MAX_NESTING) {
      throw new FilterSyntaxError(
        `"(" at character ${token.position} is nested too deep: at most ${MAX_NESTING} parentheses may be open at once`,
        token.position,
        `at most ${MAX_NESTING} open parentheses`,
        "(",
        "too-deep",
        { position: token.position, limit: MAX_NESTING },
      );
    }
    this.index++;
    this.opens.push(token.position);
    const inner = this.or();
    const close = this.peek();
    if (close.type !== "close")
      throw FilterSyntaxError.unexpected(close.text, close.position, this.afterTerm(), this.afterTermParams());
    this.opens.pop();
    this.index++;
    return inner;
  }

  private term(): TermNode {
    const token = this.peek();
    if (token.type === "op") {
      this.index++;
      const value = this.value(token.op === "eq" || token.op === "ne");
      return { kind: "compare", op: token.op, value, position: token.position };
    }
    if (token.type === "range") {
      this.index++;
      return { kind: "range", to: this.value(false), position: token.position };
    }
    const from = this.value(true);
    const range = this.peek();
    if (range.type !== "range") return { kind: "compare", op: "eq", value: from, position: from.position };
    this.index++;
    const next = this.peek().type;
    const to = next === "value" || next === "at" ? this.value(false) : undefined;
    return to
      ? { kind: "range", from, to, position: range.position }
      : { kind: "range", from, position: range.position };
  }

  /** A literal; wildcards only where they mean something (equality), elsewhere `*` and `?` need quotes. */
  private value(allowWildcards: boolean): Literal {
    this.skipAt();
    const token = this.peek();
    if (token.type !== "value")
      throw FilterSyntaxError.unexpected(token.text, token.position, A_VALUE, { expecting: "value" });
    this.index++;
    const wildcardAt = token.quoted ? -1 : token.text.search(/[*?]/);
    const range = this.peek().type === "range";
    if (wildcardAt >= 0 && (!allowWildcards || range)) {
      throw FilterSyntaxError.unexpected(
        token.text[wildcardAt],
        token.position + wildcardAt,
        "a value without * or ? in a range or comparison (quote it to mean the character itself)",
        {
          expecting: "value-no-wildcard",
        },
      );
    }
    if (wildcardAt >= 0 && token.text.length > MAX_PATTERN_LENGTH) {
      throw new FilterSyntaxError(
        `the wildcard pattern at character ${token.position} has ${token.text.length} characters, more than the ${MAX_PATTERN_LENGTH} a pattern may hold`,
        token.position,
        `a pattern of at most ${MAX_PATTERN_LENGTH} characters`,
        token.text,
        "pattern-too-long",
        { position: token.position, length: token.text.length, limit: MAX_PATTERN_LENGTH },
      );
    }
    return { text: token.text, quoted: token.quoted, wildcard: wildcardAt >= 0, position: token.position };
  }

  private skipAt(): void {
    while (this.peek().type === "at") this.index++;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  /** What may follow a complete term here. */
  private afterTermParams(): { expecting: string; open?: number } {
    const open = this.opens[this.opens.length - 1];
    return open === undefined ? { expecting: "end" } : { expecting: "close", open };
  }

  private afterTerm(): string {
    const open = this.opens[this.opens.length - 1];
    return open === undefined ? `"|", "&" or the end` : `"|", "&" or ")" to close the "(" at character ${open}`;
  }
}
