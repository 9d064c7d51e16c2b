/** The wildcard matcher: `*` any run, `?` one code point, in time bounded by text × pattern, never a RegExp. */
import fc from "fast-check";
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { compileCondition } from "../../../src/domain/filter";
import { FilterSyntaxError } from "../../../src/domain/filter/errors";
import { matchesText, MAX_PATTERN_LENGTH, wildcardMatcher } from "../../../src/domain/filter/wildcard";
import { ENV, matchValues, texts } from "../../support/filterFixtures";
import { regexWildcardMatches } from "../../support/regexWildcard";

const matches = (pattern: string, text: string) => matchesText(wildcardMatcher(pattern), text);

describe("wildcards match in time bounded by text × pattern", () => {
  it("a pattern with many stars against a long run of one letter answers at once (a backtracking RegExp takes hours)", () => {
    const pattern = `${"*l".repeat(24)}*x`;
    expect(matches(pattern, "l".repeat(40))).toBe(false);
    expect(matches(pattern, `${"l".repeat(40)}x`)).toBe(true);
    expect(matches("*l*l*x", "l".repeat(32_000))).toBe(false);
  });

  it("the matcher holds no RegExp", () => {
    for (const pattern of ["a?c", "*a*b*", "?", "a*b", "*a?", "x"]) {
      expect(Object.values(wildcardMatcher(pattern)).some((v: unknown) => v instanceof RegExp)).toBe(false);
    }
  });

  it("no RegExp is built at run time in src (user text must never become one)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && /\bRegExp\s*\(/.test(readFileSync(path, "utf8"))) offenders.push(path);
      }
    };
    walk(join(__dirname, "../../../src"));
    // The xlsx gateway's attribute helpers build a RegExp from attribute names the code itself passes, never from
    // a cell or a filter.
    expect(offenders.filter((path) => !path.includes(join("workbook", "xlsx")))).toEqual([]);
  });

  it("? is one code point, * any run, line breaks included", () => {
    expect(matches("?", "😀")).toBe(true);
    expect(matches("??", "😀")).toBe(false);
    expect(matches("a?c", "a😀c")).toBe(true);
    expect(matches("*😀", "xx😀")).toBe(true);
    expect(matches("a*c", "a\nb\nc")).toBe(true);
    expect(matches("a?c", "a\nc")).toBe(true);
    expect(matches("", "")).toBe(true);
    expect(matches("*", "")).toBe(true);
    expect(matches("?", "")).toBe(false);
  });

  it("agrees with the old RegExp matcher on random patterns and texts", () => {
    const char = fc.constantFrom("a", "b", "l", "x", ".", "(", "\\", "\n", "😀", "é");
    const patternArb = fc
      .array(fc.oneof(char, fc.constantFrom("*", "?", "**")), { maxLength: 10 })
      .map((parts) => parts.join(""))
      // The parser hands over only values holding a wildcard.
      .filter((pattern) => /[*?]/.test(pattern));
    const textArb = fc.array(char, { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(patternArb, textArb, (pattern, text) => {
        expect(matches(pattern, text)).toBe(regexWildcardMatches(pattern, text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a wildcard pattern's length is limited", () => {
  it(`a pattern of ${MAX_PATTERN_LENGTH} characters works; one longer is refused naming its position`, () => {
    const values = ["x".repeat(MAX_PATTERN_LENGTH), "y"];
    expect(matchValues("?".repeat(MAX_PATTERN_LENGTH), texts(values), values)).toEqual([values[0]]);
    const tooLong = `Anna|${"?".repeat(20_000)}`;
    const error = (() => {
      try {
        compileCondition(tooLong, texts(values), ENV);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect((error as Error).message).toBe(
      `the wildcard pattern at character 6 has 20000 characters, more than the ${MAX_PATTERN_LENGTH} a pattern may hold`,
    );
  });
});
