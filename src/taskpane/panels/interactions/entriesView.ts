/** Which interaction log entries the table shows: a log can hold 100,000 entries, the pane renders a page of them. */
import type { InteractionLogEntry } from "../../../domain/interactions/logEntry";

/** Enough to find an entry by eye; more would make the pane slow and the user should narrow the filter instead. */
export const MAX_ROWS = 200;

export interface EntriesView {
  /** Newest first, at most MAX_ROWS. */
  readonly rows: readonly InteractionLogEntry[];
  /** Entries the filter (and the canceled switch) lets through. */
  readonly total: number;
  /** Some entry shown has a contact name: only then is the column worth its width. */
  readonly hasNames: boolean;
}

/** `entries` in entry-number order, as the use case returns them. */
export function entriesView(entries: readonly InteractionLogEntry[], showCanceled: boolean): EntriesView {
  const visible = showCanceled ? entries : entries.filter((e) => !e.canceled);
  const rows: InteractionLogEntry[] = [];
  for (let i = visible.length - 1; i >= 0 && rows.length < MAX_ROWS; i--) rows.push(visible[i]);
  return { rows, total: visible.length, hasNames: rows.some((e) => e.contactName.trim() !== "") };
}
