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
