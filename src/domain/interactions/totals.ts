/**
 * Totals per interaction template and per interaction group (docs/business-rules.md §6 FlowFields): count, cost and
 * duration over the entries that are not canceled (postponed entries do not exist in a workbook).
 */
import { foldCase } from "../text";
import type { InteractionLogEntry } from "./logEntry";

export interface InteractionTotal {
  /** The template or group code as first written ("" for entries without one). */
  readonly code: string;
  readonly count: number;
  readonly cost: number;
  readonly duration: number;
}

export interface InteractionTotals {
  readonly byTemplate: readonly InteractionTotal[];
  readonly byGroup: readonly InteractionTotal[];
  readonly all: InteractionTotal;
}

/** Sums of decimal amounts: binary floating point would show 0.30000000000000004 for three 0.10 e-mails. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

function totalBy(
  entries: readonly InteractionLogEntry[],
  codeOf: (e: InteractionLogEntry) => string,
): InteractionTotal[] {
  const totals = new Map<string, { code: string; count: number; cost: number; duration: number }>();
  for (const entry of entries) {
    const code = codeOf(entry).trim();
    const key = foldCase(code);
    const total = totals.get(key) ?? { code, count: 0, cost: 0, duration: 0 };
    total.count++;
    total.cost += entry.cost;
    total.duration += entry.duration;
    totals.set(key, total);
  }
  return [...totals.values()]
    .map((t) => ({ ...t, cost: tidy(t.cost), duration: tidy(t.duration) }))
    .sort((a, b) => (foldCase(a.code) < foldCase(b.code) ? -1 : foldCase(a.code) > foldCase(b.code) ? 1 : 0));
}

export function interactionTotals(entries: readonly InteractionLogEntry[]): InteractionTotals {
  const counted = entries.filter((e) => !e.canceled);
  const [all] = totalBy(counted, () => "");
  return {
    byTemplate: totalBy(counted, (e) => e.interactionTemplateCode),
    byGroup: totalBy(counted, (e) => e.interactionGroupCode),
    all: all ?? { code: "", count: 0, cost: 0, duration: 0 },
  };
}
