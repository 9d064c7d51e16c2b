/**
 * The very hidden state sheet's layout, for both gateways: "Key" and "Value" on row 1, then one key a row (its name
 * in column A, its value in column B). The xlsx gateway writes the book's state; the Excel gateway adds the rows
 * only it needs: the co-authoring revision stamp, the write journal's marker and the date-system probe.
 */
import type { BookState } from "../app/store/ports";

export const STATE_KEYS = [
  "schemaVersion",
  "lastSegmentNo",
  "contactSource",
  "revision",
  "journal",
  "dateProbe",
] as const;
export type StateKey = (typeof STATE_KEYS)[number];

/** The keys that hold BookState, in sheet order. */
export const BOOK_STATE_KEYS: readonly (keyof BookState & StateKey)[] = [
  "schemaVersion",
  "lastSegmentNo",
  "contactSource",
];

/** Column A from row 1 down: the header, then the keys. */
export const STATE_LABELS: readonly string[] = ["Key", ...STATE_KEYS];
export const STATE_HEADER: readonly [string, string] = ["Key", "Value"];

/** 0-based sheet row of a key (add 1 for Excel's row number). */
export const stateRow = (key: StateKey): number => STATE_KEYS.indexOf(key) + 1;

/** The A1 address of a key's cells in one column, from one key's row down to another's (keys, "A", or values, "B"). */
export function stateRange(column: "A" | "B", from: StateKey, to: StateKey = from): string {
  const first = `${column}${stateRow(from) + 1}`;
  return from === to ? first : `${first}:${column}${stateRow(to) + 1}`;
}

/** Every cell of the layout. */
export const STATE_RANGE = `A1:B${STATE_KEYS.length + 1}`;
