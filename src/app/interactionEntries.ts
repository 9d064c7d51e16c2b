/** The interaction log as the pane and `segments entries` show it: filtered entries and their totals. */
import type { InteractionLogEntry } from "../domain/interactions/logEntry";
import { interactionTotals, type InteractionTotals } from "../domain/interactions/totals";
import { foldCase } from "../domain/text";
import { readLogEntries } from "./store/interactionRecords";
import type { SegmentBook } from "./store/ports";

export interface EntriesFilter {
  readonly segmentNo?: string;
  readonly contactNo?: string;
  /** Entries of one logged segment (its Entry No.): the pane's "Show entries" of a Logged Segments row. */
  readonly loggedEntryNo?: number;
}

/** Entries in entry-number order, optionally of one segment, one logged segment or one contact (matched ignoring case). */
export async function interactionEntries(
  book: SegmentBook,
  filter: EntriesFilter = {},
): Promise<InteractionLogEntry[]> {
  const same = (a: string, b: string | undefined) => b === undefined || foldCase(a.trim()) === foldCase(b.trim());
  return (await readLogEntries(book))
    .map((row) => row.record)
    .filter(
      (entry) =>
        same(entry.segmentNo, filter.segmentNo) &&
        same(entry.contactNo, filter.contactNo) &&
        (filter.loggedEntryNo === undefined || entry.loggedSegmentEntryNo === filter.loggedEntryNo),
    )
    .sort((a, b) => a.entryNo - b.entryNo);
}

/** Per template and per group: count, cost and duration of the entries not canceled (docs/business-rules.md §8.1, for the task pane). */
export async function interactionEntryTotals(
  book: SegmentBook,
  filter: EntriesFilter = {},
): Promise<InteractionTotals> {
  return interactionTotals(await interactionEntries(book, filter));
}
