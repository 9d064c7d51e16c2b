/** Malformed expressions and values that do not suit the column: each error names its 1-based position. */
import {
  FilterError,
  FilterSyntaxError,
  FilterValueError,
  compileCondition,
  parseFilter,
} from "../../../src/domain/filter";
import { compileSql } from "../../support/filterSql";
import { booleans, dates, ENV, numbers, texts } from "../../support/filterFixtures";

function syntaxError(expression: string): FilterSyntaxError {
  try {
    parseFilter(expression);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${expression}`);
}

describe("malformed expressions", () => {
  it.each<[string, number, string, string]>([
    // expression, position, found, expected (contains)
    [">>5", 2, ">", "a value"],
    ["a|", 3, "", "a value"],
    ["|a", 1, "|", "a value"],
    ["a&&b", 3, "&", "a value"],
    ["a| |b", 4, "|", "a value"],
    ["..", 3, "", "a value"],
    ["=", 2, "", "a value"],
    ["<>", 3, "", "a value"],
    ["@", 2, "", "a value"],
    ["()", 2, ")", "a value"],
    ["'abc", 1, "'abc", `a closing "'"`],
    ["a|'b''c", 3, "'b''c", `a closing "'"`],
    ["(a|b", 5, "", `")" to close the "(" at character 1`],
    ["((a)", 5, "", `")" to close the "(" at character 1`],
    ["a)", 2, ")", `"|", "&" or the end`],
    ["(a))", 4, ")", `"|", "&" or the end`],
    ["a (b)", 3, "(", `"|", "&" or the end`],
    ["a..b..c", 5, "..", `"|", "&" or the end`],
    ["=a..b", 3, "..", `"|", "&" or the end`],
    ["'a'b", 4, "b", `"|", "&" or the end`],
    ["a=b", 2, "=", `"|", "&" or the end`],
    ["a*..b", 2, "*", "a value without * or ?"],
    [">a*", 3, "*", "a value without * or ?"],
    ["..b?", 4, "?", "a value without * or ?"],
  ])("%s fails at character %i", (expression, position, found, expected) => {
    const error = syntaxError(expression);
    expect(error).toBeInstanceOf(FilterError);
    expect(error.name).toBe("FilterSyntaxError");
    expect(error.position).toBe(position);
    expect(error.found).toBe(found);
    expect(error.expected).toContain(expected);
    expect(error.message).toContain(`at character ${position}`);
  });

  it("words the message as the pane shows it", () => {
    expect(syntaxError(">>5").message).toBe(`unexpected ">" at character 2, expected a value`);
    expect(syntaxError("a|").message).toBe(`unexpected end of filter at character 3, expected a value`);
    expect(syntaxError("'abc").message).toBe(`unterminated quote at character 1, expected a closing "'"`);
    expect(syntaxError("a)").message).toBe(`unexpected ")" at character 2, expected "|", "&" or the end`);
  });
});

describe("values that do not suit the column", () => {
  const cases: [string, string, ReturnType<typeof numbers | typeof dates | typeof booleans>, number, string][] = [
    ["abc on a number column", "abc", numbers([1]), 1, `"abc" at character 1 is not a number`],
    ["a later literal", "10|abc", numbers([1]), 4, `"abc" at character 4 is not a number`],
    ["a range bound", "1..x", numbers([1]), 4, `"x" at character 4 is not a number`],
    ["an overflowing number", "1e999", numbers([1]), 1, `"1e999" at character 1 is not a number`],
    ["blank in a comparison", "<''", numbers([1]), 2, `blank ('') at character 2 can only be used with = or <>`],
    ["an impossible date", "32-13-2025", dates(["2025-01-01"]), 1, `"32-13-2025" at character 1 is not a date`],
    ["29 Feb of a common year", "2025-02-29", dates(["2025-01-01"]), 1, `"2025-02-29" at character 1 is not a date`],
    ["an unknown offset unit", "-1X", dates(["2025-01-01"]), 1, `"-1X" at character 1 is not a date`],
    ["a date bound", "t..tomorrow", dates(["2025-01-01"]), 4, `"tomorrow" at character 4 is not a date`],
    ["a word on Yes/No", "maybe", booleans([true]), 1, `"maybe" at character 1 is not Yes or No`],
    ["a wildcard on Yes/No", "Y*", booleans([true]), 1, `"Y*" at character 1 is not Yes or No`],
    [
      "> on Yes/No",
      ">Yes",
      booleans([true]),
      1,
      `">" at character 1 does not apply to a Yes/No column, expected = or <>`,
    ],
    [
      "a range on Yes/No",
      "No..Yes",
      booleans([true]),
      3,
      `".." at character 3 does not apply to a Yes/No column, expected = or <>`,
    ],
  ];

  it.each(cases)("%s", (_, expression, column, position, message) => {
    const run = () => compileCondition(expression, column, ENV);
    expect(run).toThrow(FilterValueError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as FilterValueError).position).toBe(position);
    }
    // The SQL compiler refuses the same expressions with the same words.
    expect(() => compileSql(expression, { column: "c", type: column.type }, ENV)).toThrow(message);
  });

  it("text accepts anything that parses", () => {
    expect(() => compileCondition("abc|<''|1..x", texts(["a"]), ENV)).not.toThrow();
  });

  it("reports syntax before type", () => {
    expect(() => compileCondition("abc|", numbers([1]), ENV)).toThrow(FilterSyntaxError);
  });
});
