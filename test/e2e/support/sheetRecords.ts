/** A sheet of the simulated workbook as records by its header row (the row whose first cell is `firstHeader`). */
import type { Page } from "playwright-core";
import { sheetValues } from "./playground";

export type SheetRecord = Record<string, string | number | boolean>;

export async function sheetRecords(
  page: Page,
  sheetName: string,
  firstHeader: string,
): Promise<SheetRecord[] | undefined> {
  const values = await sheetValues(page, sheetName);
  if (!values) return undefined;
  const header = values.findIndex((row) => row[0] === firstHeader);
  if (header < 0) return [];
  const names = values[header].map(String);
  return values
    .slice(header + 1)
    .filter((row) => row.some((cell) => cell !== ""))
    .map((row) => Object.fromEntries(names.map((name, c) => [name, row[c]])));
}

/** The Contact No. of each Segment Lines row of a segment. */
export async function segmentContacts(page: Page, segmentNo: string): Promise<string[]> {
  const rows = (await sheetRecords(page, "Segment Lines", "Segment No.")) ?? [];
  return rows.filter((row) => row["Segment No."] === segmentNo).map((row) => String(row["Contact No."]));
}
