/** How the grid shows a cell: dates (a serial number under a date format) as ISO dates, TRUE/FALSE in capitals. */
import type { CellValue } from "../../../test/support/excelFake/model";

const DAY_MS = 86_400_000;

export function cellText(value: CellValue, format: string, date1904 = false): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && /[yd]/i.test(format) && !/^\[/.test(format)) {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const date = new Date(epoch + Math.round(value) * DAY_MS);
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  }
  return String(value);
}
