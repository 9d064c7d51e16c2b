/** Logged segments as the pane lists them, with No. of Interactions counted live as BC does (docs/business-rules.md §8.2). */
import { noOfInteractions, type LoggedSegment } from "../domain/interactions/logEntry";
import { readLogEntries, readLoggedSegments } from "./store/interactionRecords";
import type { SegmentBook } from "./store/ports";

/**
 * In entry-number order. The count is taken from the Interaction Log, not the sheet's cell, so entries canceled by
 * hand on the sheet are counted as they are now.
 */
export async function loggedSegmentList(book: SegmentBook): Promise<LoggedSegment[]> {
  const entries = (await readLogEntries(book)).map((r) => r.record);
  return (await readLoggedSegments(book))
    .map((r) => ({ ...r.record, noOfInteractions: noOfInteractions(r.record, entries) }))
    .sort((a, b) => a.entryNo - b.entryNo);
}
