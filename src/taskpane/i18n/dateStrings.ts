import type { DatePart, DateProblem, LocalDates } from "../dates/localDates";

/** What the date input says: the form it takes and, for text that is not a date, what is wrong. */
export interface DateStrings {
  readonly parts: Readonly<Record<DatePart, string>>;
  /** "month/day/year, e.g. 12/2/2026". */
  readonly form: (pattern: string, example: string) => string;
  readonly problem: (problem: DateProblem, dates: LocalDates, form: string) => string;
  /** The keys the date box takes: the Up and Down arrows move the date a day. */
  readonly keys: string;
  /** An ISO week: "Week 48, 2026". */
  readonly week: (week: number, year: number) => string;
}

/** A period of the interactions chart, "2026-11" or "2026-W48", as the user reads it. */
export function periodText(texts: DateStrings, dates: LocalDates, period: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  return week ? texts.week(Number(week[2]), Number(week[1])) : dates.formatMonth(period);
}

/** The form of the language's dates in words, with an example: "month/day/year, e.g. 12/2/2026". */
export function dateForm(texts: DateStrings, dates: LocalDates): string {
  return texts.form(dates.order.map((part) => texts.parts[part]).join(dates.separator), dates.format("2026-12-02"));
}
