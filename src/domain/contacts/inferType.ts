/** The type of a column that is not a recognised field, read from its non-blank values. */
import { isErrorValue, normaliseText, parseBooleanWord, parseIsoDate, parseNumberText } from "./cells";
import type { ColumnType } from "./column";

/**
 * Share of a column's values that must fit a type for the column to take it: one stray text among numbers must
 * not turn a number column into text (Employees = 1..2 would then compare as text and match 150).
 */
export const TYPED_PERCENT = 90;

/** The longest Yes/No word (FALSKT): longer text is no boolean, without folding its case. */
const LONGEST_BOOLEAN_WORD = 6;

/**
 * A value fits boolean when it is TRUE/FALSE or a Yes/No word; date when it is yyyy-mm-dd text or, in a date
 * formatted column, a serial; number when it is a number or a plain number stored as text.
 *
 * The rule: blanks and error values do not count. A column is boolean, else date, else number when at least
 * TYPED_PERCENT (90%) of its other values fit that type, and at least one does; else it is text. The values that do
 * not fit become problems naming their cells, and filters on the column cannot judge those contacts.
 * Stops as soon as no type can reach the share, so a text column costs about a tenth of its cells.
 */
export function inferColumnType(
  values: readonly (readonly unknown[])[],
  sheetRows: Int32Array,
  firstRow: number,
  index: number,
  dateFormatted: boolean,
): ColumnType {
  const inference = new TypeInference(values, sheetRows, firstRow, index, dateFormatted);
  inference.scan(0, sheetRows.length);
  return inference.type();
}

/** inferColumnType a slice of rows at a time (the build reads every column's slice before the next). */
export class TypeInference {
  private seen = 0;
  private booleans = 0;
  private numbers = 0;
  private dates = 0;
  private text = false;

  constructor(
    private readonly values: readonly (readonly unknown[])[],
    /** The contacts' sheet rows; less firstRow, their indexes into values. */
    private readonly sheetRows: Int32Array,
    private readonly firstRow: number,
    private readonly index: number,
    private readonly dateFormatted: boolean,
  ) {}

  /** Reads contacts from..to (exclusive), after those before; true once the column is known to be text. */
  scan(from: number, to: number): boolean {
    if (this.text) return true;
    const { values, sheetRows, firstRow, index, dateFormatted } = this;
    let { seen, booleans, numbers, dates } = this;
    const count = sheetRows.length;
    for (let r = from; r < to; r++) {
      const value = values[sheetRows[r] - firstRow][index];
      switch (typeof value) {
        case "number":
          seen++;
          numbers++;
          if (dateFormatted) dates++;
          continue;
        case "boolean":
          seen++;
          booleans++;
          break;
        case "string": {
          if (value === "" || isErrorValue(value)) continue;
          const text = normaliseText(value);
          if (text === "") continue;
          seen++;
          if (text.length <= LONGEST_BOOLEAN_WORD && parseBooleanWord(text) !== undefined) booleans++;
          else if (!Number.isNaN(parseNumberText(text))) numbers++;
          else if (!Number.isNaN(parseIsoDate(text))) dates++;
          break;
        }
        case "undefined":
          continue;
        default:
          if (value === null) continue;
          seen++;
      }
      // Every remaining cell fitting would still leave each type short of the share: it is text.
      const rest = count - r - 1;
      const best = Math.max(booleans, numbers, dates) + rest;
      if (100 * best < TYPED_PERCENT * (seen + rest)) {
        this.text = true;
        return true;
      }
    }
    this.seen = seen;
    this.booleans = booleans;
    this.numbers = numbers;
    this.dates = dates;
    return false;
  }

  /** The column's type, once every contact is scanned (or it is known to be text). */
  type(): ColumnType {
    if (this.text) return "text";
    const { seen, booleans, numbers, dates } = this;
    // Whole numbers: 0.9 * 30 is not 27 in floating point.
    const enough = (fit: number) => fit > 0 && 100 * fit >= TYPED_PERCENT * seen;
    if (enough(booleans)) return "boolean";
    // A date column's serials are numbers too; the date format decides.
    if (enough(dates)) return "date";
    if (enough(numbers)) return "number";
    return "text";
  }
}
