/** The Segments list of the task pane: each segment with its line count, cost and the rows a delete would touch. */
import { foldCase } from "../domain/text";
import { SAVED_CRITERIA, SEGMENT_CRITERIA, SEGMENT_HISTORY, SEGMENT_LINES, SEGMENTS } from "./store/sheetSpecs";
import type { SegmentBook } from "./store/ports";

export interface SegmentSummary {
  readonly no: string;
  readonly description: string;
  readonly lines: number;
  /** Sum of the lines' Cost (LCY), as BC's Segment Cost FlowField. */
  readonly cost: number;
  /** Rows on the Segment Criteria sheet. */
  readonly criteriaLines: number;
  /** Rows of the Go Back history (hidden sheet). */
  readonly historyRows: number;
}

const key = (no: string) => foldCase(no.trim());
/** Sums of decimal amounts: three 0.10 lines must show 0.30, not 0.30000000000000004. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

function countBy<R>(rows: readonly { record: R }[], noOf: (r: R) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { record } of rows) counts.set(key(noOf(record)), (counts.get(key(noOf(record))) ?? 0) + 1);
  return counts;
}

/** Every segment in sheet order. Reads the Segments, Segment Lines, Segment Criteria and history sheets once each. */
export async function listSegments(book: SegmentBook): Promise<SegmentSummary[]> {
  const segments = await book.readRows(SEGMENTS);
  if (segments.length === 0) return [];
  const lines = await book.readRows(SEGMENT_LINES);
  const criteria = countBy(await book.readRows(SEGMENT_CRITERIA), (c) => c.segmentNo);
  const history = countBy(await book.readRows(SEGMENT_HISTORY), (h) => h.segmentNo);
  const lineCounts = countBy(lines, (l) => l.segmentNo);
  const costs = new Map<string, number>();
  for (const { record } of lines)
    costs.set(key(record.segmentNo), (costs.get(key(record.segmentNo)) ?? 0) + (Number(record.cost) || 0));
  return segments.map(({ record }) => ({
    no: record.no,
    description: record.description,
    lines: lineCounts.get(key(record.no)) ?? 0,
    cost: tidy(costs.get(key(record.no)) ?? 0),
    criteriaLines: criteria.get(key(record.no)) ?? 0,
    historyRows: history.get(key(record.no)) ?? 0,
  }));
}

/** The codes of the saved criteria, each once, in sheet order, with its description (Reuse Criteria offers them). */
export async function savedCriteriaCodes(book: SegmentBook): Promise<{ code: string; description: string }[]> {
  const seen = new Map<string, { code: string; description: string }>();
  for (const { record } of await book.readRows(SAVED_CRITERIA)) {
    if (!seen.has(key(record.code)))
      seen.set(key(record.code), { code: record.code.trim(), description: record.description });
  }
  return [...seen.values()];
}
