/**
 * Dates as the user reads and types them: in the form of Office's display language (12/2/2026 in en-US,
 * 2026-12-02 in sv-SE), never the browser's. One formatter for every date the pane shows, and its parser for every
 * date the pane takes; the workbook and the use cases keep ISO yyyy-mm-dd. The sheet's dates are days, not instants,
 * so they are formatted in UTC: no time zone moves them a day (docs/decisions.md §D43).
 */

export type DatePart = "year" | "month" | "day";

/** Why typed text is not a date, for a message that names what is wrong. */
export type DateProblem =
  | { readonly kind: "blank" }
  /** A character no date has; `position` is 1-based. */
  | { readonly kind: "character"; readonly character: string; readonly position: number }
  /** Not three numbers. */
  | { readonly kind: "shape" }
  | { readonly kind: "year"; readonly year: string }
  | { readonly kind: "month"; readonly month: number }
  /** A day the month does not have (2026-02-30): `days` is how many it has. */
  | {
      readonly kind: "day";
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly days: number;
    };

export type ParsedDate = { readonly iso: string } | { readonly problem: DateProblem };

export interface LocalDates {
  /** The BCP 47 tag the dates are written in. */
  readonly locale: string;
  /** The order of the parts and what separates them ("/" in en-US, "-" in sv-SE). */
  readonly order: readonly DatePart[];
  readonly separator: string;
  /** An ISO yyyy-mm-dd date as the user reads it; anything else is shown as it is. */
  format(iso: string): string;
  /** What the user typed, in this form or as ISO yyyy-mm-dd (unambiguous in every language). */
  parse(text: string): ParsedDate;
  /** A month's name, for messages ("February"). */
  monthName(month: number): string;
  /** A calendar month "2026-11" as "Nov 2026" ("nov. 2026" in Swedish); anything else as it is. */
  formatMonth(yearMonth: string): string;
}

/** Excel's dates: from 1900 to 9999. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const two = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function localDates(locale: string): LocalDates {
  const day = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
  const months = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const monthOfYear = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const parts = day.formatToParts(new Date(Date.UTC(2026, 11, 2)));
  const order = parts.flatMap((part) =>
    part.type === "year" || part.type === "month" || part.type === "day" ? [part.type] : [],
  );
  const separator = parts.find((part) => part.type === "literal")?.value ?? "-";
  // Separators a user may type whatever the language's own: they never make a date ambiguous once the order is known.
  const separators = new Set([separator, "/", "-", "."]);

  const parse = (text: string): ParsedDate => {
    const typed = text.trim();
    if (typed === "") return { problem: { kind: "blank" } };
    for (let i = 0; i < typed.length; i++) {
      const character = typed[i];
      if (!/\d/.test(character) && !separators.has(character))
        return { problem: { kind: "character", character, position: text.indexOf(typed) + i + 1 } };
    }
    const numbers: string[] = [];
    let current = "";
    for (const character of typed) {
      if (separators.has(character)) {
        numbers.push(current);
        current = "";
      } else current += character;
    }
    numbers.push(current);
    if (numbers.length !== 3 || numbers.some((n) => n === "")) return { problem: { kind: "shape" } };
    // A four-digit first number is ISO order in every language.
    const fields: readonly DatePart[] = numbers[0].length === 4 ? ["year", "month", "day"] : order;
    const of = (part: DatePart) => numbers[fields.indexOf(part)];
    const yearText = of("year");
    const year = Number(yearText);
    if (yearText.length !== 4 || year < FIRST_YEAR || year > LAST_YEAR)
      return { problem: { kind: "year", year: yearText } };
    const month = Number(of("month"));
    if (month < 1 || month > 12) return { problem: { kind: "month", month } };
    const dayOfMonth = Number(of("day"));
    const days = daysIn(year, month);
    if (dayOfMonth < 1 || dayOfMonth > days) return { problem: { kind: "day", year, month, day: dayOfMonth, days } };
    return { iso: `${year}-${two(month)}-${two(dayOfMonth)}` };
  };

  return {
    locale,
    order,
    separator,
    format: (iso) => {
      const match = ISO.exec(iso);
      return match ? day.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
    },
    parse,
    monthName: (month) => months.format(new Date(Date.UTC(2026, month - 1, 1))),
    formatMonth: (yearMonth) => {
      const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
      return match ? monthOfYear.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : yearMonth;
    },
  };
}

/** The display language's form where it names a region this browser knows ("en-GB"), else the catalogue's own. */
export function datesFor(displayLanguage: string | undefined, fallback: string): LocalDates {
  try {
    const regional = displayLanguage?.includes("-") ? [displayLanguage] : [];
    const supported = Intl.DateTimeFormat.supportedLocalesOf(regional);
    return localDates(supported[0] ?? fallback);
  } catch {
    // An invalid tag (RangeError): the catalogue's language.
    return localDates(fallback);
  }
}
