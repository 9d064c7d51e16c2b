/** The type of a column that is not a recognised field, read from its non-blank values. */
import { isErrorValue, normaliseText, parseBooleanWord, parseIsoDate, parseNumberText } from "./cells";
import type { ColumnType } from "./column";

/**
 * boolean: every value is TRUE/FALSE or a Yes/No word. date: every value is a yyyy-mm-dd text, or, in a date
 * formatted column, a serial or such a text. number: every value is a number or a plain number stored as text.
 * Anything else, or nothing at all, is text. Error values count as blank. Stops at the first value that rules
 * everything out, so a text column costs a few cells.
 */
export function inferColumnType(
  values: readonly (readonly unknown[])[],
  valueRows: Int32Array,
  index: number,
  dateFormatted: boolean,
): ColumnType {
  let seen = false;
  let maybeBoolean = true;
  let maybeNumber = true;
  let maybeDate = true;
  for (let r = 0; r < valueRows.length; r++) {
    const value = values[valueRows[r]][index];
    switch (typeof value) {
      case "number":
        seen = true;
        maybeBoolean = false;
        maybeDate &&= dateFormatted;
        break;
      case "boolean":
        seen = true;
        maybeNumber = false;
        maybeDate = false;
        break;
      case "string": {
        if (value === "" || isErrorValue(value)) continue;
        const text = normaliseText(value);
        if (text === "") continue;
        seen = true;
        maybeBoolean &&= parseBooleanWord(text) !== undefined;
        maybeNumber &&= !Number.isNaN(parseNumberText(text));
        maybeDate &&= !Number.isNaN(parseIsoDate(text));
        break;
      }
      case "undefined":
        continue;
      default:
        if (value === null) continue;
        return "text";
    }
    if (!maybeBoolean && !maybeNumber && !maybeDate) return "text";
  }
  if (!seen) return "text";
  if (maybeBoolean) return "boolean";
  // A date column's serials are numbers too; the date format decides.
  if (maybeDate) return "date";
  return "number";
}
