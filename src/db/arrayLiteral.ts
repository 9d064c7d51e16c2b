/**
 * A column's values as one PostgreSQL array literal (`{"a","b",NULL}`), for an INSERT of many rows through unnest.
 * The driver builds the same text by adding to a string element by element: for 5,000 rows of 22 columns that is a
 * rope of some 300,000 pieces that outlives young-generation collections, and an Add or Log of 100,000 lines left
 * hundreds of megabytes of it to the old generation (docs/decisions.md §D83). Here the text is one join.
 */
import type { DbValue } from "./records";

/** A quoted element: inside double quotes, a backslash escapes the next character (PostgreSQL's array syntax). */
function quoted(text: string): string {
  // replaceAll of plain strings: a regular expression's replace took twice the time on a Go Back history's JSON.
  const escaped = text.replaceAll("\\", "\\\\").replaceAll('"', '\\"');
  return `"${escaped}"`;
}

/** The literal of `values`; null is NULL, text is quoted, numbers and booleans as JavaScript writes them. */
export function arrayLiteral(values: readonly DbValue[]): string {
  if (values.length === 0) return "{}";
  let plainText = true;
  for (const value of values) {
    if (typeof value !== "string" || value.includes("\\") || value.includes('"')) {
      plainText = false;
      break;
    }
  }
  // The common case, text without quotes or backslashes: quoted all at once by the separators.
  if (plainText) return `{"${values.join('","')}"}`;
  return `{${values.map((value) => (value === null ? "NULL" : typeof value === "string" ? quoted(value) : String(value))).join(",")}}`;
}
