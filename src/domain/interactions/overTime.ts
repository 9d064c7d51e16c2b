/**
 * Interactions over time for the Interactions tab's chart: entries not canceled, counted per calendar month
 * ("2026-11") or ISO week ("2026-W48", weeks from Monday, week 1 holding the year's first Thursday), and per
 * template within each period. Dates are the entries' ISO yyyy-mm-dd days; nothing here reads a clock.
 */
import type { InteractionLogEntry } from "./logEntry";

export type PeriodUnit = "month" | "week";

export interface PeriodCount {
  readonly period: string;
  readonly count: number;
  /** Largest first, then by code. */
  readonly byTemplate: readonly { readonly code: string; readonly count: number }[];
}

/** ISO 8601 week of a yyyy-mm-dd day, as "yyyy-Www". */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const periodOf = (day: string, unit: PeriodUnit) => (unit === "month" ? day.slice(0, 7) : isoWeek(day));

export function interactionsOverTime(
  entries: readonly Pick<InteractionLogEntry, "date" | "canceled" | "interactionTemplateCode">[],
  unit: PeriodUnit,
): PeriodCount[] {
  const periods = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    if (entry.canceled || !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) continue;
    const period = periodOf(entry.date, unit);
    const templates = periods.get(period) ?? new Map<string, number>();
    templates.set(entry.interactionTemplateCode, (templates.get(entry.interactionTemplateCode) ?? 0) + 1);
    periods.set(period, templates);
  }
  return [...periods]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([period, templates]) => {
      const byTemplate = [...templates]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
      return { period, count: byTemplate.reduce((total, t) => total + t.count, 0), byTemplate };
    });
}
