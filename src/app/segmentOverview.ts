/** What the Segment panel shows on opening: the header, its totals and whether Go Back / Go Forward can act. */
import { logReadiness, type ReadinessGap } from "../domain/interactions/logReadiness";
import { loadHistory } from "./store/historyRows";
import type { SegmentBook } from "./store/ports";
import { loadSegment, type SegmentRow } from "./store/segmentRecords";

export interface SegmentOverview {
  readonly header: SegmentRow;
  readonly lines: number;
  /** Sum of the lines' Cost (LCY). */
  readonly cost: number;
  /** Sum of the lines' Duration (Min.). */
  readonly duration: number;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
  /** What Log Segment still needs (lines, template, salesperson, description); empty when ready to log. */
  readonly readiness: readonly ReadinessGap[];
}

const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

export async function segmentOverview(book: SegmentBook, segmentNo: string): Promise<SegmentOverview> {
  const segment = await loadSegment(book, segmentNo);
  const { history } = await loadHistory(book, segment.row.record.no);
  const sum = (pick: (line: (typeof segment.lines)[number]["record"]) => number) =>
    tidy(segment.lines.reduce((total, line) => total + (Number(pick(line.record)) || 0), 0));
  return {
    header: segment.row.record,
    lines: segment.lines.length,
    cost: sum((line) => line.cost),
    duration: sum((line) => line.duration),
    canGoBack: history.undo.length > 0,
    canGoForward: history.redo.length > 0,
    readiness: logReadiness(
      segment.row.record,
      segment.lines.map((line) => line.record),
    ),
  };
}
