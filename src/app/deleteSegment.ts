import { foldCase } from "../domain/text";
import { keyOf } from "./store/rows";
import { SEGMENT_CRITERIA, SEGMENT_HISTORY, SEGMENT_LINES, SEGMENTS, type SheetSpec } from "./store/sheetSpecs";
import type { SegmentBook, SheetChange, StoredRow } from "./store/ports";
import { loadSegment, readSegmentRows } from "./store/segmentRecords";

export interface DeleteSegmentResult {
  readonly segmentNo: string;
  readonly lines: number;
  readonly criteria: number;
  readonly historyRows: number;
}

/**
 * `delete`: the segment with its lines, criteria and Go Back / Go Forward history (docs/business-rules.md §1.1, OnDelete).
 * The state sheet's counter is left alone, so the number is never handed out again.
 */
export async function deleteSegment(book: SegmentBook, segmentNo: string): Promise<DeleteSegmentResult> {
  const segment = await loadSegment(book, segmentNo, { allowProblems: true });
  const no = segment.row.record.no;
  const history = (await readSegmentRows(book, SEGMENT_HISTORY, no)).filter(
    (h) => foldCase(h.record.segmentNo.trim()) === foldCase(no.trim()),
  );
  const deletion = (spec: SheetSpec, rows: readonly StoredRow<object>[]): SheetChange[] =>
    // A sheet with nothing to delete is not touched (nor created when missing).
    rows.length === 0 ? [] : [{ spec, deleteKeys: rows.map((row) => keyOf(spec, row.record)) }];
  await book.commit({
    sheets: [
      ...deletion(SEGMENT_CRITERIA, segment.criteria),
      ...deletion(SEGMENT_HISTORY, history),
      ...deletion(SEGMENT_LINES, segment.lines),
      ...deletion(SEGMENTS, [segment.row]),
    ],
  });
  return { segmentNo: no, lines: segment.lines.length, criteria: segment.criteria.length, historyRows: history.length };
}
