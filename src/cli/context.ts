import { isoToSerial } from "../domain/contacts/column";
import * as os from "os";
import type { RunContext } from "../app/store/ports";
import { UsageError } from "./usage";

export interface CommonOptions {
  readonly contacts?: string;
  readonly locale?: string;
  readonly user?: string;
  readonly workdate?: string;
  readonly out?: string;
  /** With --out: replace FILE when it exists. */
  readonly force?: boolean;
  readonly json: boolean;
}

/** The machine's local date as yyyy-mm-dd (docs/architecture.md §6: today is the local date). */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? "";
  }
}

/** The machine's local time as HH:MM:SS. */
export function localTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

export function runContext(options: CommonOptions, now: Date): RunContext {
  const today = localToday(now);
  if (options.workdate !== undefined && Number.isNaN(isoToSerial(options.workdate))) {
    throw new UsageError(`--workdate "${options.workdate}" is not a date: use YYYY-MM-DD.`);
  }
  const locale = options.locale ?? "en";
  try {
    new Intl.Collator(locale);
  } catch {
    throw new UsageError(`--locale "${locale}" is not a language tag (try en or sv).`);
  }
  return { today, workdate: options.workdate ?? today, locale, userId: options.user ?? osUser(), time: localTime(now) };
}
