import type { SegmentLine } from "../domain/segments/line";
import type { SegmentBook } from "./store/ports";
import { loadSegment } from "./store/segmentRecords";

/** `lines`: a segment's lines in line-number order. */
export async function segmentLines(book: SegmentBook, segmentNo: string): Promise<SegmentLine[]> {
  const segment = await loadSegment(book, segmentNo);
  return segment.lines.map((l) => l.record).sort((a, b) => a.lineNo - b.lineNo);
}
