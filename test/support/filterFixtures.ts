/** Small columns and the BC base contacts (docs/business-rules.md §11.0) for the filter tests, built with the column encoders. */
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  type Column,
  isoToSerial,
  multiColumn,
  numberColumn,
  textColumn,
} from "../../src/domain/contacts/column";
import { compileCondition, type FilterEnv } from "../../src/domain/filter";

export const ENV: FilterEnv = { today: "2025-03-31", workdate: "2025-03-01", locale: "en" };

const info = (header: string) => ({ header, sheetColumn: 0 });

export const texts = (values: readonly string[], header = "Text") => textColumn(info(header), values);
export const lists = (values: readonly (readonly string[])[], header = "Groups") => multiColumn(info(header), values);
export const numbers = (values: readonly number[], header = "Amount") =>
  numberColumn(info(header), "number", Float64Array.from(values));
/** ISO dates, "" for blank, optionally with a time fraction after a space: "2025-03-01 0.75". */
export const dates = (values: readonly string[], header = "Date") =>
  numberColumn(
    info(header),
    "date",
    Float64Array.from(values, (v) => {
      if (v === "") return NaN;
      const [iso, fraction] = v.split(" ");
      return isoToSerial(iso) + Number(fraction ?? 0);
    }),
  );
/** true, false or null (blank). */
export const booleans = (values: readonly (boolean | null)[], header = "Flag") =>
  booleanColumn(
    info(header),
    Uint8Array.from(values, (v) => (v === null ? BOOL_BLANK : v ? BOOL_TRUE : BOOL_FALSE)),
  );

/** Row indexes the expression selects. */
export function matchIndexes(expression: string, column: Column, env: FilterEnv = ENV): number[] {
  return compileCondition(expression, column, env).matchRows().toArray();
}

/** The values of the rows the expression selects, for readable expectations. */
export function matchValues<T>(expression: string, column: Column, values: readonly T[], env: FilterEnv = ENV): T[] {
  return matchIndexes(expression, column, env).map((r) => values[r]);
}

/** docs/business-rules.md §11.0: the columns Ex 16 filters on, and the contacts' own mailing groups. */
export const BASE_CONTACTS = {
  no: ["CT01", "CT02", "CT03", "CT04", "CT05", "CT06", "CT07", "CT08", "CT09", "CT10", "CT11"],
  type: [
    "Company",
    "Person",
    "Person",
    "Company",
    "Person",
    "Person",
    "Company",
    "Person",
    "Person",
    "Person",
    "Company",
  ],
  name: [
    "Alpine Ltd",
    "Anna Berg",
    "Carl Dahl",
    "Blue Corp",
    "Dora Ek",
    "Erik Fors",
    "Cedar Inc",
    "Fay Gold",
    "Gus Hill",
    "Hanna Ivy",
    "Delta AB",
  ],
  salesperson: ["JO", "JO", "PS", "PS", "PS", "", "JO", "JO", "PS", "", "PS"],
  mailingGroups: [[], ["NEWS"], [], ["XMAS"], [], ["NEWS"], [], ["NEWS"], ["NEWS"], [], []] as string[][],
};
