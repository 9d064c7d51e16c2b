import { segmentNoFromSeries, seriesNumberOf } from "../../domain/segments/header";
import { LOGGED_SEGMENTS, SEGMENTS } from "./sheetSpecs";
import type { SegmentBook } from "./ports";

/**
 * The next number of the SEG series. A counter behind the sheets (hand edits, an old copy of the state) must never
 * hand out a number in use, on the Segments sheet or as a logged segment's number.
 */
export async function nextSegmentNo(book: SegmentBook): Promise<{ no: string; lastUsed: number }> {
  await book.claim?.({ series: "segments" });
  const state = await book.readState();
  const segments = await book.readRows(SEGMENTS);
  const logged = await book.readRows(LOGGED_SEGMENTS);
  const numbers = [...segments.map((s) => s.record.no), ...logged.map((l) => l.record.segmentNo)].map(seriesNumberOf);
  return segmentNoFromSeries(Math.max(state.lastSegmentNo, ...numbers));
}
