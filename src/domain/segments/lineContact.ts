import type { ContactTable } from "../contacts/table";
import { foldCase } from "../text";
import type { SegmentLine } from "./line";

/**
 * The contact row a segment line holds, found by Contact No. ignoring case (as the contact table keys its
 * numbers); -1 when the line's number is blank or no longer on the contact sheet.
 */
export function contactRowOfLine(table: ContactTable, line: SegmentLine): number {
  const key = foldCase(line.contactNo.trim());
  if (key === "") return -1;
  return table.rowByNumber.get(key) ?? -1;
}

const rowsCache = new WeakMap<ContactTable, WeakMap<readonly SegmentLine[], Int32Array>>();

/**
 * contactRowOfLine for every line, remembered per table and lines array: a pane previewing step after step
 * against the same segment looks its contacts up once (arrays of lines are never changed in place: house rule).
 */
export function contactRowsOfLines(table: ContactTable, lines: readonly SegmentLine[]): Int32Array {
  let byLines = rowsCache.get(table);
  if (!byLines) rowsCache.set(table, (byLines = new WeakMap()));
  let rows = byLines.get(lines);
  if (!rows) {
    rows = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) rows[i] = contactRowOfLine(table, lines[i]);
    byLines.set(lines, rows);
  }
  return rows;
}
