/** Golden parser tests: expression in, tree out, for every construct of docs/business-rules.md §10. */
import {
  type ComparisonOp,
  type CompareNode,
  type FilterNode,
  type Literal,
  parseFilter,
  type RangeNode,
} from "../../../src/domain/filter";
import { FilterSyntaxError } from "../../../src/domain/filter/errors";
import { MAX_NESTING } from "../../../src/domain/filter/parser";

const lit = (text: string, position: number): Literal => ({
  text,
  quoted: false,
  wildcard: /[*?]/.test(text),
  position,
});
const quoted = (text: string, position: number): Literal => ({ text, quoted: true, wildcard: false, position });
const cmp = (op: ComparisonOp, value: Literal, position = value.position): CompareNode => ({
  kind: "compare",
  op,
  value,
  position,
});
const eq = (text: string, position: number) => cmp("eq", lit(text, position));
const range = (position: number, from?: Literal, to?: Literal): RangeNode => ({
  kind: "range",
  position,
  ...(from && { from }),
  ...(to && { to }),
});
const or = (...items: FilterNode[]): FilterNode => ({ kind: "or", items });
const and = (...items: FilterNode[]): FilterNode => ({ kind: "and", items });

describe("parseFilter: the docs/business-rules.md §10 table", () => {
  it.each<[string, FilterNode]>([
    ["abc", eq("abc", 1)],
    ["=abc", cmp("eq", lit("abc", 2), 1)],
    ["<>a", cmp("ne", lit("a", 3), 1)],
    ["<a", cmp("lt", lit("a", 2), 1)],
    ["<=a", cmp("le", lit("a", 3), 1)],
    [">a", cmp("gt", lit("a", 2), 1)],
    [">=a", cmp("ge", lit("a", 3), 1)],
    ["a..b", range(2, lit("a", 1), lit("b", 4))],
    ["..b", range(1, undefined, lit("b", 3))],
    ["a..", range(2, lit("a", 1))],
    ["10000..10042", range(6, lit("10000", 1), lit("10042", 8))],
    ["x|y", or(eq("x", 1), eq("y", 3))],
    [">50&<100", and(cmp("gt", lit("50", 2), 1), cmp("lt", lit("100", 6), 5))],
    ["Co*", eq("Co*", 1)],
    ["*Co", eq("*Co", 1)],
    ["*Co*", eq("*Co*", 1)],
    ["Hans?n", eq("Hans?n", 1)],
    ["@man*", eq("man*", 2)],
    ["'a|b'", cmp("eq", quoted("a|b", 1))],
    ["'x*y'", cmp("eq", quoted("x*y", 1))],
    ["''", cmp("eq", quoted("", 1))],
    ["<>''", cmp("ne", quoted("", 3), 1)],
    ["(A|B)&<>C", and(or(eq("A", 2), eq("B", 4)), cmp("ne", lit("C", 9), 7))],
  ])("%s", (expression, tree) => {
    expect(parseFilter(expression)).toEqual(tree);
  });
});

describe("parseFilter: precedence and grouping", () => {
  it("& binds tighter than |", () => {
    expect(parseFilter("a|b&c")).toEqual(or(eq("a", 1), and(eq("b", 3), eq("c", 5))));
    expect(parseFilter("a&b|c")).toEqual(or(and(eq("a", 1), eq("b", 3)), eq("c", 5)));
  });

  it("a run of the same operator is one node", () => {
    expect(parseFilter("a|b|c")).toEqual(or(eq("a", 1), eq("b", 3), eq("c", 5)));
    expect(parseFilter("a&b&c")).toEqual(and(eq("a", 1), eq("b", 3), eq("c", 5)));
  });

  it("parentheses override precedence and leave no node", () => {
    expect(parseFilter("(a|b)&c")).toEqual(and(or(eq("a", 2), eq("b", 4)), eq("c", 7)));
    expect(parseFilter("((a))")).toEqual(eq("a", 3));
    expect(parseFilter("(a|b)|c")).toEqual(or(or(eq("a", 2), eq("b", 4)), eq("c", 7)));
    expect(parseFilter("a&(b|(c&d))")).toEqual(and(eq("a", 1), or(eq("b", 4), and(eq("c", 7), eq("d", 9)))));
  });
});

describe("parseFilter: values", () => {
  it("keeps inner spaces and trims outer ones", () => {
    expect(parseFilter("  Anna Berg  ")).toEqual(eq("Anna Berg", 3));
    expect(parseFilter(" a .. b ")).toEqual(range(4, lit("a", 2), lit("b", 7)));
    expect(parseFilter("<> JO | PS")).toEqual(or(cmp("ne", lit("JO", 4), 1), eq("PS", 9)));
  });

  it("quoted literals keep everything, '' inside is one quote", () => {
    expect(parseFilter("'it''s'")).toEqual(cmp("eq", quoted("it's", 1)));
    expect(parseFilter("'  a&(b)=c  '")).toEqual(cmp("eq", quoted("  a&(b)=c  ", 1)));
    expect(parseFilter("''''")).toEqual(cmp("eq", quoted("'", 1)));
    expect(parseFilter("'a'..'b'")).toEqual(range(4, quoted("a", 1), quoted("b", 6)));
  });

  it("an apostrophe or @ inside an unquoted value is text", () => {
    expect(parseFilter("O'Brien")).toEqual(eq("O'Brien", 1));
    expect(parseFilter("info@alp")).toEqual(eq("info@alp", 1));
  });

  it("accepts @ before a term, after an operator and before a quote", () => {
    expect(parseFilter("<>@abc")).toEqual(cmp("ne", lit("abc", 4), 1));
    expect(parseFilter("@<>abc")).toEqual(cmp("ne", lit("abc", 4), 2));
    expect(parseFilter("@'a|b'")).toEqual(cmp("eq", quoted("a|b", 2)));
    expect(parseFilter("@a..@b")).toEqual(range(3, lit("a", 2), lit("b", 6)));
  });

  it("wildcards with <> and =", () => {
    expect(parseFilter("<>*x*")).toEqual(cmp("ne", lit("*x*", 3), 1));
    expect(parseFilter("=?")).toEqual(cmp("eq", lit("?", 2), 1));
  });

  it("keeps date tokens and offsets as written (docs/decisions.md §D8)", () => {
    expect(parseFilter("-30D..T")).toEqual(range(5, lit("-30D", 1), lit("T", 7)));
    expect(parseFilter("t|today|w|WORKDATE")).toEqual(or(eq("t", 1), eq("today", 3), eq("w", 9), eq("WORKDATE", 11)));
    expect(parseFilter(">=+2W&<-1M")).toEqual(and(cmp("ge", lit("+2W", 3), 1), cmp("lt", lit("-1M", 8), 7)));
    expect(parseFilter("2025-01-01..")).toEqual(range(11, lit("2025-01-01", 1)));
  });

  it("numbers keep their text, decimal point or comma", () => {
    expect(parseFilter("-3.5..1e3")).toEqual(range(5, lit("-3.5", 1), lit("1e3", 7)));
    expect(parseFilter("3,5")).toEqual(eq("3,5", 1));
  });

  it("an empty or all-space expression is no filter", () => {
    expect(parseFilter("")).toBeNull();
    expect(parseFilter("   \t ")).toBeNull();
  });
});

describe("nesting is limited", () => {
  const messageOf = (expression: string) => {
    try {
      parseFilter(expression);
    } catch (error) {
      return error instanceof FilterSyntaxError ? error.message : `not a FilterSyntaxError: ${String(error)}`;
    }
    return "parsed";
  };

  it(`parentheses ${MAX_NESTING} deep are read`, () => {
    expect(messageOf(`${"(".repeat(MAX_NESTING)}a${")".repeat(MAX_NESTING)}`)).toBe("parsed");
  });

  it("parentheses 5,000 deep are refused naming the first one too many, without overflowing the stack", () => {
    expect(messageOf(`${"(".repeat(5000)}a${")".repeat(5000)}`)).toBe(
      `"(" at character ${MAX_NESTING + 1} is nested too deep: at most ${MAX_NESTING} parentheses may be open at once`,
    );
    expect(messageOf(`a|${"@(".repeat(5000)}`)).toBe(
      `"(" at character ${2 + 2 * MAX_NESTING + 2} is nested too deep: at most ${MAX_NESTING} parentheses may be open at once`,
    );
  });
});
