/**
 * The wildcard matcher's worst case: a pattern the glob must retry at every position of every value. 1,000,000
 * distinct 100-character values of nearly all `a`, against `*` + 15 `a` + `?` + 15 `a` + `b*`: each start position
 * matches about 31 characters before the missing `b` sends the glob back to its star. A backtracking RegExp could take
 * hours on patterns of this kind; the glob's steps are bounded by text × pattern.
 */
import { textColumn } from "../src/domain/contacts/column";
import { compileCondition } from "../src/domain/filter";
import { ENV } from "./ours";
import { median, nowMs } from "./stats";

export interface WildcardBenchResult {
  readonly wildcard_1m_ms: number;
  readonly values: number;
  readonly valueLength: number;
  readonly pattern: string;
  readonly matched: number;
}

export const WORST_PATTERN = `*${"a".repeat(15)}?${"a".repeat(15)}b*`;

export function benchWildcard(
  options: { values?: number; runs?: number; progress?: (message: string) => void } = {},
): WildcardBenchResult {
  const count = options.values ?? 1_000_000;
  const runs = options.runs ?? 3;
  const progress = options.progress ?? (() => undefined);
  const valueLength = 100;
  progress(`wildcard worst case: ${count.toLocaleString("en")} values of ${valueLength} characters, ${runs} runs`);
  const values = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const tag = String(i);
    values[i] = "a".repeat(valueLength - tag.length - 1) + "c" + tag;
  }
  const column = textColumn({ header: "Name", sheetColumn: 0 }, values);
  const samples: number[] = [];
  let matched = 0;
  for (let run = 0; run < runs; run++) {
    const start = nowMs();
    matched = compileCondition(WORST_PATTERN, column, ENV).matchRows().count();
    samples.push(nowMs() - start);
  }
  return { wildcard_1m_ms: median(samples), values: count, valueLength, pattern: WORST_PATTERN, matched };
}

export function formatWildcard(result: WildcardBenchResult): string {
  return (
    `wildcard worst case: ${result.pattern} on ${result.values.toLocaleString("en")} distinct ${result.valueLength}-character values: ` +
    `median ${result.wildcard_1m_ms.toFixed(1)} ms, ${result.matched} matched`
  );
}
