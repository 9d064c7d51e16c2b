/**
 * fast-check generators for the filter oracle: random columns of every kind (encoded with the column encoders)
 * and random expressions drawn from the grammar, rendered as the text a user would type.
 */
import fc from "fast-check";
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  type Column,
  isoToSerial,
  multiColumn,
  numberColumn,
  serialToIso,
  textColumn,
} from "../../src/domain/contacts/column";
import type { FilterEnv } from "../../src/domain/filter";

type Arb<T> = fc.Arbitrary<T>;
const info = { header: "C", sheetColumn: 0 };

// ---- cells -------------------------------------------------------------------------------------------------

const TEXT_CELLS = [
  "",
  "Åsa",
  "åsa",
  "ÅSA",
  "Ölund",
  "ölund",
  "Ängel",
  "Anna Berg",
  "anna berg",
  "Berg",
  "Bergström",
  "Zeta",
  "zeta",
  "10000",
  "100000",
  "10042",
  "9",
  "a b",
  "ab",
  "a.b",
  "O'Brien",
  "Émile",
  "emile",
  "Straße",
  "STRASSE",
  "x*y",
  "a?b",
  "100%",
  "a_b",
  "a\\b",
  "JO",
  "jo",
  "PS",
  "Ærø",
  "İzmir",
  "a|b",
  "(x)",
  " padded ",
  "😀",
  "news",
];
const CELL_CHARS = [
  "a",
  "A",
  "b",
  "B",
  "å",
  "Å",
  "ö",
  "Ö",
  "é",
  "1",
  "0",
  " ",
  ".",
  "%",
  "_",
  "\\",
  "'",
  "*",
  "?",
  "|",
  "ß",
  "İ",
];

export const textCell: Arb<string> = fc.oneof(
  fc.constantFrom(...TEXT_CELLS),
  fc.string({ unit: fc.constantFrom(...CELL_CHARS), maxLength: 5 }),
);

const GROUPS = ["NEWS", "news", "XMAS", "Xmas", "RETAIL", "MANUF", "Åsa", "ölund", "a b", "100%", "Zeta"];

// 1e15, 1.5e20, 0.00001 and 2.5e-7 sit where JavaScript's and other languages' number text differ (exponent or not).
const NUMBER_CELLS = [
  0,
  -0,
  1,
  -1,
  3.5,
  -3.5,
  10,
  12.25,
  50,
  100,
  1000,
  7,
  0.5,
  0.1 + 0.2,
  0.3,
  1e21,
  123456.789,
  1e15,
  1.5e20,
  0.00001,
  2.5e-7,
];
export const numberCell: Arb<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(NaN) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_CELLS) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 100 }) },
  { weight: 1, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }) },
);

const FIRST_DAY = isoToSerial("2024-01-01");
const DAYS = 520;
// Up to 0.99999 of a day: SQLite's date() rounds to the millisecond, Excel keeps no finer time either.
const FRACTIONS = [0, 0.25, 0.5, 0.75, 0.999, 0.99999];
export const dateCell: Arb<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(NaN) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: DAYS }), fc.constantFrom(...FRACTIONS))
      .map(([d, f]) => FIRST_DAY + d + f),
  },
);

export const ENV_DATES = ["2025-03-31", "2024-02-29", "2025-01-31", "2025-03-01", "2024-12-31", "2024-06-15"];
export const envArb: Arb<FilterEnv> = fc.record({
  today: fc.constantFrom(...ENV_DATES),
  workdate: fc.constantFrom(...ENV_DATES),
  locale: fc.constantFrom("en", "sv", "de"),
});

export const textColumnArb: Arb<Column> = fc.array(textCell, { maxLength: 40 }).map((v) => textColumn(info, v));
export const multiColumnArb: Arb<Column> = fc
  .array(fc.array(fc.oneof(fc.constantFrom(...GROUPS), textCell), { maxLength: 3 }), { maxLength: 40 })
  .map((v) => multiColumn(info, v));
export const numberColumnArb: Arb<Column> = fc
  .array(numberCell, { maxLength: 40 })
  .map((v) => numberColumn(info, "number", Float64Array.from(v)));
export const dateColumnArb: Arb<Column> = fc
  .array(dateCell, { maxLength: 40 })
  .map((v) => numberColumn(info, "date", Float64Array.from(v)));
export const booleanColumnArb: Arb<Column> = fc
  .array(fc.constantFrom(BOOL_FALSE, BOOL_TRUE, BOOL_BLANK), { maxLength: 40 })
  .map((v) => booleanColumn(info, Uint8Array.from(v)));

// ---- expressions -----------------------------------------------------------------------------------------

export interface LiteralArbs {
  /** How often comparisons and ranges come up against = and <> (20); low where they are errors (Yes/No). */
  readonly orderedWeight?: number;
  /** Unquoted values without wildcards or operator characters. */
  readonly plain: Arb<string>;
  /** Unquoted values with * or ?. */
  readonly wild: Arb<string>;
  /** Text to put in quotes (any characters). */
  readonly quotable: Arb<string>;
}

const SPACE = fc.constantFrom("", "", "", " ", "  ");
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** An unquoted value must not start a quote or an @, nor hold `..` (which would make it a range). */
const unquotedSafe = (text: string) =>
  text.trim() !== "" && !/^\s*['@.]/.test(text) && !text.includes("..") && !/\.\s*$/.test(text);

export const TEXT_LITERALS: LiteralArbs = {
  plain: fc
    .oneof(
      fc.constantFrom(
        "Åsa",
        "åsa",
        "ölund",
        "Ängel",
        "anna berg",
        "Berg",
        "10000",
        "10042",
        "z",
        "a",
        "JO",
        "news",
        "Zeta",
        "O'Brien",
        "straße",
        "STRASSE",
        "émile",
        "100%",
        "a_b",
        "a\\b",
        "İzmir",
        "Ö",
        "Å",
      ),
      fc.string({
        unit: fc.constantFrom("a", "A", "b", "å", "Ö", "ä", "é", "1", "0", " ", ".", "%", "_", "\\", "'", "ß"),
        minLength: 1,
        maxLength: 5,
      }),
    )
    .filter(unquotedSafe),
  wild: fc
    .array(
      fc.constantFrom("*", "?", "a", "berg", "å", "Ö", "1", "0", "%", "_", "\\", ".", " ", "sa", "n", "news", "'"),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.join(""))
    .filter((text) => /[*?]/.test(text) && unquotedSafe(text)),
  quotable: fc.oneof(fc.constantFrom("a|b", "x*y", "it's", "(x)", "a&b", "=", "100%"), textCell),
};

export const NUMBER_LITERALS: LiteralArbs = {
  plain: fc.oneof(
    fc.constantFrom(
      "0",
      "1",
      "-1",
      "3,5",
      "3.5",
      "1e3",
      "10",
      "50",
      "-3.5",
      "12.25",
      "100",
      "2",
      "+7",
      ",5",
      "1E2",
      "0.30000000000000004",
      "-0",
      "abc",
    ),
    fc.integer({ min: -100, max: 100 }).map(String),
    numberCell.filter((v) => !Number.isNaN(v)).map(String),
  ),
  wild: fc.constantFrom("1*", "*5", "?", "*.*", "*", "-*", "1?", "*e*", "?.5", "*0", "1*0"),
  quotable: fc.constantFrom("12.25", "1", "x"),
};

const offset = fc
  .tuple(
    fc.constantFrom("", "", "t", "T", "w", "today"),
    fc.constantFrom("-", "+"),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom("d", "D", "w", "W", "m", "M", "y", "Y"),
  )
  .map(([base, sign, n, unit]) => `${base}${sign}${n}${unit}`);

export const DATE_LITERALS: LiteralArbs = {
  plain: fc.oneof(
    fc.integer({ min: -5, max: DAYS + 5 }).map((d) => serialToIso(FIRST_DAY + d)),
    fc.constantFrom(...ENV_DATES),
    fc.constantFrom("t", "T", "today", "TODAY", "w", "W", "workdate", "Workdate", "2025-02-29"),
    offset,
  ),
  wild: fc.constantFrom("2025-03-*", "*-01", "2025-0?-1?", "*", "202?-*", "*-3?", "2024*", "*-02-29"),
  quotable: fc.constantFrom("2025-03-01", "t"),
};

export const BOOLEAN_LITERALS: LiteralArbs = {
  orderedWeight: 1,
  plain: fc.constantFrom("Yes", "no", "TRUE", "false", "Ja", "nej", "1", "0", "Sant", "FALSKT", "Yes", "No", "maybe"),
  wild: fc.constantFrom("Y*", "Yes", "No", "''"),
  quotable: fc.constantFrom("Yes", "No"),
};

/** A term: =, <>, comparisons, ranges; values plain, quoted, blank or (with = and <>) wildcards; @ now and then. */
export function termArb(literals: LiteralArbs): Arb<string> {
  const value = fc.oneof(
    { weight: 5, arbitrary: literals.plain },
    { weight: 2, arbitrary: literals.quotable.map(quote) },
    { weight: 1, arbitrary: fc.constant("''") },
  );
  const at = fc.constantFrom("", "", "", "@");
  const spaced = (text: Arb<string>) => fc.tuple(SPACE, text, SPACE).map(([a, t, b]) => a + t + b);
  const equality = fc
    .tuple(fc.constantFrom("", "", "=", "<>"), at, fc.oneof(value, literals.wild))
    .map(([op, a, v]) => `${op}${a}${v}`);
  const comparison = fc.tuple(fc.constantFrom("<", "<=", ">", ">="), at, value).map(([op, a, v]) => `${op}${a}${v}`);
  const range = fc.oneof(
    fc.tuple(value, SPACE, value).map(([a, s, b]) => `${a}${s}..${s}${b}`),
    value.map((b) => `..${b}`),
    value.map((a) => `${a}..`),
  );
  const ordered = literals.orderedWeight ?? 10;
  return spaced(
    fc.oneof(
      { weight: 20, arbitrary: equality },
      { weight: ordered, arbitrary: comparison },
      { weight: ordered, arbitrary: range },
    ),
  );
}

/** Terms joined with | and &, grouped with parentheses, as a string. */
export function expressionArb(literals: LiteralArbs): Arb<string> {
  const term = termArb(literals);
  const { expr } = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", maxDepth: 4 },
      { weight: 3, arbitrary: term },
      { weight: 1, arbitrary: tie("expr").map((e) => `(${e})`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(tie("expr"), fc.constantFrom("|", "&", " | ", " & "), tie("expr"))
          .map(([a, op, b]) => a + op + b),
      },
    ),
  }));
  return fc.oneof({ weight: 20, arbitrary: expr }, { weight: 1, arbitrary: fc.constantFrom("", "  ") });
}
