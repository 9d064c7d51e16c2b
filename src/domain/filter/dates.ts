/**
 * Date literals, resolved when a condition is compiled (docs/decisions.md §D8: `t`, `w` and `-30D` are stored as
 * written). Everything is whole days in ISO yyyy-mm-dd; the evaluator turns them into Excel serials.
 */
import type { FilterEnv } from "./contract";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An optional base (today or work date) and an offset: `-30D`, `+2W`, `w-1M`, `today+1Y`. */
const RELATIVE = /^(t|today|w|workdate)?([+-])(\d{1,6})([dwmy])$/;

/** The ISO date a literal stands for, or null when it is not a date. */
export function resolveDate(text: string, env: FilterEnv): string | null {
  const token = text.trim().toLowerCase();
  if (token === "t" || token === "today") return checkedIso(env.today, "today");
  if (token === "w" || token === "workdate") return checkedIso(env.workdate, "workdate");
  if (ISO.test(token)) return isValidIso(token) ? token : null;
  const relative = RELATIVE.exec(token);
  if (!relative) return null;
  const base =
    relative[1] === "w" || relative[1] === "workdate"
      ? checkedIso(env.workdate, "workdate")
      : checkedIso(env.today, "today");
  const amount = Number(relative[3]) * (relative[2] === "-" ? -1 : 1);
  const unit = relative[4];
  const date =
    unit === "d"
      ? addDays(base, amount)
      : unit === "w"
        ? addDays(base, amount * 7)
        : addMonths(base, unit === "m" ? amount : amount * 12);
  // Huge offsets leave the years a sheet can hold (formatUtc's output then fails the ISO check).
  return isValidIso(date) ? date : null;
}

export function addDays(iso: string, days: number): string {
  const [year, month, day] = parts(iso);
  return formatUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Calendar months; a day past the end of the target month clamps to its last day (31 Mar -1M = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return formatUtc(target);
}

export function isValidIso(iso: string): boolean {
  const match = ISO.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkedIso(iso: string, name: string): string {
  // The environment is ours, not the user's: a bad one is a programming error.
  if (!isValidIso(iso)) throw new Error(`FilterEnv.${name} is not an ISO date: ${iso}`);
  return iso;
}

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function formatUtc(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}
