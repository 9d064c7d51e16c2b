/** `entries`: the Interaction Log, optionally for one segment or one contact, in entry-number order. */
import type { InteractionLogEntry } from "../domain/interactions/logEntry";
import { foldCase } from "../domain/text";
import type { SegmentBook } from "./ports";
import { readLogEntries } from "./interactionRecords";

export interface EntriesFilter {
  readonly segmentNo?: string;
  readonly contactNo?: string;
}

export async function interactionEntries(book: SegmentBook, filter: EntriesFilter = {}): Promise<InteractionLogEntry[]> {
  const same = (a: string, b: string | undefined) => b === undefined || foldCase(a.trim()) === foldCase(b.trim());
  return (await readLogEntries(book))
    .map((row) => row.record)
    .filter((entry) => same(entry.segmentNo, filter.segmentNo) && same(entry.contactNo, filter.contactNo))
    .sort((a, b) => a.entryNo - b.entryNo);
}
