/**
 * The task pane re-counts an Add step on every keystroke. This measures that at 100,000 contacts: a step with
 * Mailing Groups = a code list, Name = *text*, Employees = lo..hi, where only the Name literal changes between
 * runs; the matchGroups cache keeps the two unchanged conditions' rows, as the pane keeps it while the user types.
 * A run is the whole preview: match, then the counts matched / excluded / already present / added against a
 * segment that already holds lines (previewAddContacts, the counting half of planAddContacts). Every timed
 * count is checked, untimed, against planAddContacts without a cache.
 */
import { planAddContacts, previewAddContacts } from "../src/domain/segments/addContacts";
import { newSegmentHeader } from "../src/domain/segments/header";
import type { BitSet } from "../src/domain/bitset";
import { NO_OPTIONS, type Condition } from "../src/domain/segments/step";
import { MAILING_HEADER, NAME_HEADER, NUMBER_HEADER, makeSheet } from "./data";
import { buildTable, ENV } from "./ours";
import { median, nowMs, percentile } from "./stats";

export interface PreviewBenchOptions {
  readonly rows?: number;
  readonly seed?: number;
  /** Keystrokes timed; at least 20, each with a Name literal not typed before. */
  readonly runs?: number;
  readonly warmup?: number;
  readonly progress?: (message: string) => void;
}

export interface PreviewBenchResult {
  readonly preview_100k_ms: number;
  readonly preview_100k_p95_ms: number;
}

export interface PreviewBenchReport extends PreviewBenchResult {
  readonly rows: number;
  readonly runs: number;
  /** For comparison, the same previews without the cache (each condition run only on the rows still in play). */
  readonly uncachedMedianMs: number;
  /** Lines on the segment the step is previewed against. */
  readonly segmentLines: number;
  /** Per timed run: the Name literal and the counts it gave. */
  readonly perRun: readonly {
    readonly name: string;
    readonly ms: number;
    readonly matched: number;
    readonly added: number;
    readonly alreadyPresent: number;
  }[];
}

// What a user might type into Name, one literal per keystroke-run; warm-up literals come from the end.
const LITERALS = [
  "berg",
  "ström",
  "son",
  "lund",
  "gren",
  "qvist",
  "sjö",
  "ber",
  "öst",
  "an",
  "er",
  "ss",
  "ann",
  "al",
  "kar",
  "nil",
  "eri",
  "bj",
  "ås",
  "ma",
  "li",
  "to",
  "ek",
  "in",
  "hol",
  "dal",
  "st",
  "ng",
  "ar",
  "or",
  "va",
  "ol",
];

const FIXED: readonly Condition[] = [
  { table: "Contact", field: MAILING_HEADER, filter: "NEWS|xmas|Event" },
  { table: "Contact", field: NUMBER_HEADER, filter: "10..250" },
];
const nameCondition = (literal: string): Condition => ({
  table: "Contact",
  field: NAME_HEADER,
  filter: `*${literal}*`,
});

export function benchPreview(options: PreviewBenchOptions = {}): PreviewBenchReport {
  const rows = options.rows ?? 100_000;
  const runs = Math.max(20, options.runs ?? 24);
  const warmup = options.warmup ?? 5;
  const progress = options.progress ?? (() => undefined);
  if (runs + warmup > LITERALS.length) throw new Error(`At most ${LITERALS.length} runs and warm-ups together`);

  progress(`preview: generating and building ${rows.toLocaleString("en")} contacts (untimed)`);
  const { table } = buildTable(makeSheet(rows, options.seed ?? 20240601));
  const header = newSegmentHeader("SEG00001", { description: "Preview bench" }, ENV.workdate);
  // A segment that already holds contacts (salesperson JO, about a tenth), so "already present" has work to do.
  const lines = planAddContacts({
    table,
    header,
    lines: [],
    groups: [[{ table: "Contact", field: "Salesperson Code", filter: "JO" }]],
    options: NO_OPTIONS,
    env: ENV,
  }).newLines;

  const cache = new Map<string, BitSet>();
  const preview = (literal: string) =>
    previewAddContacts({
      table,
      lines,
      groups: [[FIXED[0], nameCondition(literal), FIXED[1]]],
      options: NO_OPTIONS,
      env: ENV,
      cache,
    });

  // Warm-up: fills the cache with the unchanged conditions (the first keystroke) and lets the JIT settle.
  for (const literal of LITERALS.slice(LITERALS.length - warmup)) preview(literal);

  const samples: number[] = [];
  const uncached: number[] = [];
  const perRun: { name: string; ms: number; matched: number; added: number; alreadyPresent: number }[] = [];
  for (const literal of LITERALS.slice(0, runs)) {
    const start = nowMs();
    const counts = preview(literal);
    const ms = nowMs() - start;
    samples.push(ms);
    const before = nowMs();
    previewAddContacts({
      table,
      lines,
      groups: [[FIXED[0], nameCondition(literal), FIXED[1]]],
      options: NO_OPTIONS,
      env: ENV,
    });
    uncached.push(nowMs() - before);
    const check = planAddContacts({
      table,
      header,
      lines,
      groups: [[FIXED[0], nameCondition(literal), FIXED[1]]],
      options: NO_OPTIONS,
      env: ENV,
    });
    if (
      check.matched !== counts.matched ||
      check.newLines.length !== counts.added ||
      check.alreadyPresent !== counts.alreadyPresent ||
      check.excluded !== counts.excluded
    ) {
      throw new Error(
        `Preview for Name *${literal}* counted ${JSON.stringify(counts)}, the uncached plan ${check.matched}/${check.newLines.length}`,
      );
    }
    perRun.push({
      name: `*${literal}*`,
      ms,
      matched: counts.matched,
      added: counts.added,
      alreadyPresent: counts.alreadyPresent,
    });
  }
  progress(`preview: ${runs} keystrokes timed`);
  return {
    preview_100k_ms: round(median(samples)),
    preview_100k_p95_ms: round(percentile(samples, 95)),
    uncachedMedianMs: round(median(uncached)),
    rows,
    runs,
    segmentLines: lines.length,
    perRun,
  };
}

/** The text report's line. */
export function formatPreview(report: PreviewBenchReport): string {
  const goal = report.preview_100k_ms <= 16 ? "met" : "MISSED";
  return (
    `preview of an Add step at ${report.rows.toLocaleString("en")} contacts after its Name = *text* changed ` +
    `(${report.runs} literals, cache kept, segment of ${report.segmentLines} lines): ` +
    `median ${report.preview_100k_ms} ms, p95 ${report.preview_100k_p95_ms} ms (goal ≤ 16 ms: ${goal}); ` +
    `without the cache ${report.uncachedMedianMs} ms`
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
