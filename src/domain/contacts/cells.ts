/** One cell's value, as Range.values gives it, turned into the table's normal form. */
import { foldCase } from "../text";
import { isoToSerial, serialToIso } from "./column";

/** Excel's error values as Range.values returns them. They are text there, so they are told apart by spelling. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#FIELD!",
  "#PYTHON!",
  "#UNKNOWN!",
]);

const HASH = 35; // "#"

export function isErrorValue(value: unknown): value is string {
  return typeof value === "string" && value.charCodeAt(0) === HASH && ERROR_VALUES.has(value);
}

// Non-breaking spaces (no-break, narrow no-break, figure) come from pasted web pages and number formats.
const NBSP_TEST = /[\u00A0\u202F\u2007]/;
const NBSP_ALL = /[\u00A0\u202F\u2007]/g;
// Only text beyond printable ASCII can have two Unicode spellings (å as one code point or a + ring);
// testing for it first skips normalize() on the plain text most cells hold.
const NOT_PLAIN_ASCII = /[^\t-~]/;

/**
 * Text as the table keeps it: non-breaking spaces made plain, then trimmed, then NFC so that å typed on
 * a Mac matches å typed on Windows.
 */
export function normaliseText(text: string): string {
  if (text === "") return text;
  if (text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32 && isSettled(text)) return text;
  const spaced = NBSP_TEST.test(text) ? text.replace(NBSP_ALL, " ") : text;
  const trimmed = spaced.trim();
  return NOT_PLAIN_ASCII.test(trimmed) ? trimmed.normalize("NFC") : trimmed;
}

/**
 * True when normalising cannot change the text (its ends being no whitespace): no non-breaking space and every
 * character below U+0300, where every character is already in NFC (Latin with å, ä, ö, é included). One loop over
 * the characters instead of three regular expressions and an NFC pass: profiled, that was a tenth of building the
 * table of a million Swedish names.
 */
function isSettled(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 || code === 0xa0 || code < 9) return false;
  }
  return true;
}

/** True for "", whitespace, null and undefined: cells that hold nothing. Error values are not blank here. */
export function isBlankCell(value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const first = value.charCodeAt(0);
  // Fast path: a printable ASCII first character means there is content.
  if (first > 32 && first < 127) return false;
  return value.trim() === "";
}

/**
 * A non-error cell as text: text normalised, numbers written canonically (String(n)), or as yyyy-mm-dd when the
 * column is date formatted (a date in a text column should read as a date), booleans as Excel shows them.
 */
export function cellToText(value: unknown, dateFormatted: boolean): string {
  switch (typeof value) {
    case "string":
      return normaliseText(value);
    case "number":
      if (!Number.isFinite(value)) return "";
      return dateFormatted ? serialToIso(value) : String(value);
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "undefined":
      return "";
    default:
      return value === null ? "" : normaliseText(String(value));
  }
}

/** Words read as Yes/No, English and Swedish (SANT/FALSKT is how Swedish Excel shows TRUE/FALSE). */
const BOOLEAN_WORDS = new Map<string, boolean>([
  ["true", true],
  ["yes", true],
  ["ja", true],
  ["sant", true],
  ["false", false],
  ["no", false],
  ["nej", false],
  ["falskt", false],
]);

/** A boolean word, or undefined. Used to infer boolean columns, where 1/0 stay numbers. */
export function parseBooleanWord(text: string): boolean | undefined {
  return BOOLEAN_WORDS.get(foldCase(text));
}

/** A boolean field's cell: booleans, the words above, and 1/0 as number or text. undefined when it is none of them. */
export function parseBooleanCell(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = normaliseText(value);
  if (text === "1") return true;
  if (text === "0") return false;
  return parseBooleanWord(text);
}

/**
 * Plain decimal numbers stored as text: "42", "-3.5", "1e3" after trimming. Refused, so the column stays text:
 * leading zeros ("007" is a code whose zeros matter), thousands separators and decimal commas ("1 234,5" reads
 * differently per locale, and a wrong guess would silently change the value), percentages and currency.
 */
const PLAIN_NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The number a normalised text holds, or NaN. */
export function parseNumberText(text: string): number {
  return PLAIN_NUMBER.test(text) ? Number(text) : NaN;
}

/** The Excel serial of a normalised yyyy-mm-dd text, or NaN when it is not a real date in that form. */
export function parseIsoDate(text: string): number {
  return text.length === 10 ? isoToSerial(text) : NaN;
}
