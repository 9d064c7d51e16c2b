/**
 * `reset-history`: deletes a segment's Go Back / Go Forward history, the way out when it is damaged (a hand edit
 * of the hidden sheet). The segment's lines and criteria stay as they are; the next action starts a new history.
 */
import { foldCase } from "../domain/text";
import { keyOf } from "./store/rows";
import { SEGMENT_HISTORY } from "./store/sheetSpecs";
import type { HistoryRow } from "./store/historyRows";
import type { SegmentBook } from "./store/ports";
import { loadSegment } from "./store/segmentRecords";

export interface ResetHistoryResult {
  readonly segmentNo: string;
  readonly rows: number;
}

export async function resetHistory(book: SegmentBook, segmentNo: string): Promise<ResetHistoryResult> {
  const no = (await loadSegment(book, segmentNo, { allowProblems: true })).row.record.no;
  // Read as rows, never parsed: the payloads may be what is damaged.
  const rows = (await book.readRows<HistoryRow>(SEGMENT_HISTORY)).filter(
    (row) => foldCase(row.record.segmentNo.trim()) === foldCase(no.trim()),
  );
  if (rows.length > 0)
    await book.commit({
      sheets: [{ spec: SEGMENT_HISTORY, deleteKeys: rows.map((row) => keyOf(SEGMENT_HISTORY, row.record)) }],
    });
  return { segmentNo: no, rows: rows.length };
}
