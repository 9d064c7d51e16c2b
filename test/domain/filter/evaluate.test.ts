/** What compileCondition selects, per column type, starting with the docs/business-rules.md §10 syntax table. */
import { BitSet } from "../../../src/domain/bitset";
import { compileCondition } from "../../../src/domain/filter";
import { booleans, dates, ENV, lists, matchIndexes, matchValues, numbers, texts } from "../../support/filterFixtures";

describe("the docs/business-rules.md §10 syntax table on a text column", () => {
  const NAMES = [
    "Alpine Ltd",
    "Anna Berg",
    "anna berg",
    "",
    "Coop",
    "Bosco",
    "Co & Partners",
    "Hansen",
    "Hanson",
    "Hanssen",
    "a|b",
    "Mandy",
    "manuel",
    "51",
    "75",
    "100",
  ];
  const column = texts(NAMES);
  const sel = (expression: string) => matchValues(expression, column, NAMES);

  it.each<[string, string[]]>([
    ["Anna Berg", ["Anna Berg", "anna berg"]],
    ["=anna berg", ["Anna Berg", "anna berg"]],
    ["Hansen..Hanssen", ["Hansen", "Hanson", "Hanssen"]],
    ["..Anna Berg", ["Alpine Ltd", "Anna Berg", "anna berg", "", "a|b", "51", "75", "100"]],
    ["Mandy..", ["Mandy", "manuel"]],
    ["<>Anna Berg", NAMES.filter((n) => n.toLowerCase() !== "anna berg")],
    [">Hanson", ["Hanssen", "Mandy", "manuel"]],
    [">=Hanson", ["Hanson", "Hanssen", "Mandy", "manuel"]],
    ["<a|b", ["", "51", "75", "100"]],
    ["<=Alpine Ltd", ["Alpine Ltd", "", "a|b", "51", "75", "100"]],
    ["Coop|Bosco", ["Coop", "Bosco"]],
    [">50&<8", ["51", "75"]],
    ["Co*", ["Coop", "Co & Partners"]],
    ["*co", ["Bosco"]],
    ["*Co*", ["Coop", "Bosco", "Co & Partners"]],
    ["Hans?n", ["Hansen", "Hanson"]],
    ["@man*", ["Mandy", "manuel"]],
    ["'a|b'", ["a|b"]],
    ["'Co & Partners'", ["Co & Partners"]],
    ["''", [""]],
    ["<>''", NAMES.filter((n) => n !== "")],
    ["(Hansen|Hanson)&<>Hanson", ["Hansen"]],
    ["Hansen|Hanson&<>Hanson", ["Hansen"]],
  ])("%s", (expression, expected) => {
    expect(sel(expression)).toEqual(expected);
  });

  it("an empty filter is no filter", () => {
    for (const expression of ["", "   "]) {
      const condition = compileCondition(expression, column, ENV);
      expect(condition.isEmpty).toBe(true);
      expect(condition.matchRows().count()).toBe(NAMES.length);
    }
    expect(compileCondition("x", column, ENV).isEmpty).toBe(false);
    expect(compileCondition("  x ", column, ENV).expression).toBe("  x ");
  });
});

describe("text", () => {
  it("ranges are lexicographic: 10000..10042 also matches 100000", () => {
    const NOS = ["9", "1", "10000", "100000", "10042", "10043", "10041x"];
    expect(matchValues("10000..10042", texts(NOS), NOS)).toEqual(["10000", "100000", "10042", "10041x"]);
  });

  it("wildcards are literal inside quotes and regex characters are plain", () => {
    const VALUES = ["x*y", "xay", "a.b", "axb", "(a)", "a+", "aa", "a\\b"];
    const column = texts(VALUES);
    expect(matchValues("'x*y'", column, VALUES)).toEqual(["x*y"]);
    expect(matchValues("x*y", column, VALUES)).toEqual(["x*y", "xay"]);
    expect(matchValues("a.?", column, VALUES)).toEqual(["a.b"]);
    expect(matchValues("'(a)'|a+*", column, VALUES)).toEqual(["(a)", "a+"]);
    expect(matchValues("a\\?", column, VALUES)).toEqual(["a\\b"]);
  });

  it("* matches blank cells too, ? needs one character (a code point)", () => {
    const VALUES = ["", "a", "ab", "😀", "Å"];
    const column = texts(VALUES);
    expect(matchValues("*", column, VALUES)).toEqual(VALUES);
    expect(matchValues("?", column, VALUES)).toEqual(["a", "😀", "Å"]);
    expect(matchValues("<>*", column, VALUES)).toEqual([]);
    expect(matchValues("*?*", column, VALUES)).toEqual(["a", "ab", "😀", "Å"]);
  });

  it("equality and wildcards ignore case, non-ASCII included", () => {
    const VALUES = ["Åsa", "ÅSA", "åsa", "Ölund", "ÖLUND"];
    const column = texts(VALUES);
    expect(matchValues("åsa", column, VALUES)).toEqual(["Åsa", "ÅSA", "åsa"]);
    expect(matchValues("*LUND", column, VALUES)).toEqual(["Ölund", "ÖLUND"]);
    expect(matchValues("ö*", column, VALUES)).toEqual(["Ölund", "ÖLUND"]);
  });

  it("keeps the mask between calls and returns a fresh set each time", () => {
    const condition = compileCondition("a*", texts(["ab", "b"]), ENV);
    const first = condition.matchRows();
    first.add(1);
    expect(condition.matchRows().toArray()).toEqual([0]);
  });
});

describe("Swedish collation", () => {
  const NAMES = ["Anders", "Oskar", "Zeta", "Åsa", "Ängel", "Ärla", "Ölund", "Ö", "zzz"];
  const column = texts(NAMES);
  const sv = { ...ENV, locale: "sv" };

  it("sorts å, ä, ö after z in Swedish", () => {
    expect(matchValues(">zzz", column, NAMES, sv)).toEqual(["Åsa", "Ängel", "Ärla", "Ölund", "Ö"]);
    expect(matchValues("Å..Ö", column, NAMES, sv)).toEqual(["Åsa", "Ängel", "Ärla", "Ö"]);
    expect(matchValues("..Z", column, NAMES, sv)).toEqual(["Anders", "Oskar"]);
  });

  it("treats them as accented a and o in English", () => {
    expect(matchValues(">zzz", column, NAMES)).toEqual([]);
    expect(matchValues("Å..Ö", column, NAMES)).toEqual(["Anders", "Åsa", "Ängel", "Ärla", "Ö"]);
  });

  it("ignores case in ranges", () => {
    expect(matchValues("åsa..ÄNGEL", column, NAMES, sv)).toEqual(["Åsa", "Ängel"]);
  });
});

describe("numbers", () => {
  const VALUES = [1, 10, 12.5, 21, NaN, -3.5, 3.5, 1000, 50, 100];
  const column = numbers(VALUES);
  const sel = (expression: string) => matchValues(expression, column, VALUES);

  it.each<[string, number[]]>([
    ["10", [10]],
    ["3,5", [3.5]],
    ["-3.5|1e3", [-3.5, 1000]],
    ["10..50", [10, 12.5, 21, 50]],
    ["..3.5", [1, -3.5, 3.5]],
    ["50..", [1000, 50, 100]],
    [">50&<1000", [100]],
    ["<1|>=100", [-3.5, 1000, 100]],
    ["''", [NaN]],
    ["<>''", VALUES.filter((v) => !Number.isNaN(v))],
    ["<>10", VALUES.filter((v) => v !== 10)],
    ["1*", [1, 10, 12.5, 1000, 100]],
    ["*.5", [12.5, -3.5, 3.5]],
    ["<>1*", [21, NaN, -3.5, 3.5, 50]],
    ["*", VALUES.filter((v) => !Number.isNaN(v))],
    ["'12.5'", [12.5]],
  ])("%s", (expression, expected) => {
    expect(sel(expression)).toEqual(expected);
  });

  it("compares exactly at the bounds", () => {
    const edges = [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 0.1 + 0.2, 0.3];
    const c = numbers(edges);
    expect(matchIndexes("<0", c)).toEqual([3]);
    expect(matchIndexes(">0", c)).toEqual([2, 4, 5]);
    expect(matchIndexes("0", c)).toEqual([0, 1]);
    expect(matchIndexes(">0.3", c)).toEqual([4]);
    expect(matchIndexes("<=0.3&>0", c)).toEqual([2, 5]);
  });
});

describe("dates", () => {
  // today 2025-03-31, work date 2025-03-01
  const VALUES = [
    "2025-03-01 0.75",
    "2025-03-31",
    "2025-03-31 0.999",
    "2025-02-28",
    "2025-03-30 0.5",
    "",
    "2025-04-01",
    "2024-03-31",
    "2025-01-31",
  ];
  const column = dates(VALUES);
  const sel = (expression: string, env = ENV) => matchValues(expression, column, VALUES, env);

  it.each<[string, string[]]>([
    ["2025-03-01", ["2025-03-01 0.75"]],
    ["t", ["2025-03-31", "2025-03-31 0.999"]],
    ["TODAY|W", ["2025-03-01 0.75", "2025-03-31", "2025-03-31 0.999"]],
    ["workdate", ["2025-03-01 0.75"]],
    ["<t", ["2025-03-01 0.75", "2025-02-28", "2025-03-30 0.5", "2024-03-31", "2025-01-31"]],
    [">t", ["2025-04-01"]],
    ["<=2025-03-30", ["2025-03-01 0.75", "2025-02-28", "2025-03-30 0.5", "2024-03-31", "2025-01-31"]],
    [">=T", ["2025-03-31", "2025-03-31 0.999", "2025-04-01"]],
    ["-30D..T", ["2025-03-01 0.75", "2025-03-31", "2025-03-31 0.999", "2025-03-30 0.5"]],
    ["-1M", ["2025-02-28"]],
    ["-1Y", ["2024-03-31"]],
    ["-2M|+1D", ["2025-01-31", "2025-04-01"]],
    ["w-1M..w-1D", ["2025-02-28"]],
    ["''", [""]],
    ["<>t", ["2025-03-01 0.75", "2025-02-28", "2025-03-30 0.5", "", "2025-04-01", "2024-03-31", "2025-01-31"]],
    ["2025-03-*", ["2025-03-01 0.75", "2025-03-31", "2025-03-31 0.999", "2025-03-30 0.5"]],
    ["*-31", ["2025-03-31", "2025-03-31 0.999", "2024-03-31", "2025-01-31"]],
  ])("%s", (expression, expected) => {
    expect(sel(expression).sort()).toEqual(expected.sort());
  });

  it("resolves relative dates when compiled, with the env passed in (docs/decisions.md §D8)", () => {
    expect(sel("t", { ...ENV, today: "2025-04-01" })).toEqual(["2025-04-01"]);
    expect(sel("-1M", { ...ENV, today: "2024-03-31" })).toEqual([]);
    expect(sel("w", { ...ENV, workdate: "2025-02-28" })).toEqual(["2025-02-28"]);
  });
});

describe("Yes/No", () => {
  const VALUES = [true, false, null, true];
  const column = booleans(VALUES);
  it.each<[string, (boolean | null)[]]>([
    ["Yes", [true, true]],
    ["no", [false]],
    ["TRUE|false", [true, false, true]],
    ["Ja", [true, true]],
    ["nej", [false]],
    ["1", [true, true]],
    ["0", [false]],
    ["''", [null]],
    ["<>''", [true, false, true]],
    ["<>Yes", [false, null]],
    ["=No|''", [false, null]],
    ["Yes&No", []],
  ])("%s", (expression, expected) => {
    expect(matchValues(expression, column, VALUES)).toEqual(expected);
  });
});

describe("multi-valued columns", () => {
  const VALUES = [["NEWS"], ["NEWS", "XMAS"], [], ["XMAS"], ["RETAIL", "MANUF"], ["news"]];
  const column = lists(VALUES);
  const sel = (expression: string) => matchIndexes(expression, column);

  it("one value must meet the whole expression", () => {
    expect(sel("NEWS&XMAS")).toEqual([]);
    expect(sel("NEWS|XMAS")).toEqual([0, 1, 3, 5]);
    expect(sel("<>NEWS")).toEqual([1, 3, 4]);
    expect(sel("<>NEWS&<>XMAS")).toEqual([4]);
    expect(sel("*a*&<>xmas")).toEqual([4]);
    expect(sel("N*")).toEqual([0, 1, 5]);
  });

  it("a contact without values has no value that meets <>NEWS, a range or *: it matches only a condition asking for blanks ('')", () => {
    expect(sel("<>NEWS")).not.toContain(2);
    expect(sel("''")).toEqual([2]);
    expect(sel("''|XMAS")).toEqual([1, 2, 3]);
    expect(sel("<>''")).toEqual([0, 1, 3, 4, 5]);
    expect(sel("..M")).toEqual([]);
    expect(sel("..MANUF")).toEqual([4]);
    expect(sel("*")).toEqual([0, 1, 3, 4, 5]);
  });

  it("two conditions AND-ed at the row level find contacts in both groups", () => {
    const both = compileCondition("NEWS", column, ENV)
      .matchRows()
      .and(compileCondition("XMAS", column, ENV).matchRows());
    expect(both.toArray()).toEqual([1]);
  });
});

describe("bit set edges", () => {
  it("handles sizes around word boundaries and leaves the tail clear", () => {
    for (const size of [0, 1, 31, 32, 33, 64, 65, 100]) {
      const values = Array.from({ length: size }, (_, i) => (i % 3 === 0 ? "x" : "y"));
      const expected = values.flatMap((v, i) => (v === "x" ? [i] : []));
      const byText = compileCondition("x", texts(values), ENV).matchRows();
      expect(byText.toArray()).toEqual(expected);
      const byNumber = compileCondition("<>0", numbers(values.map((v) => (v === "x" ? 1 : 0))), ENV).matchRows();
      expect(byNumber.toArray()).toEqual(expected);
      const all = compileCondition("<>5", numbers(values.map(() => 1)), ENV).matchRows();
      expect(all.words).toEqual(BitSet.full(size).words);
      const multi = compileCondition("x", lists(values.map((v) => [v])), ENV).matchRows();
      expect(multi.toArray()).toEqual(expected);
    }
  });
});
