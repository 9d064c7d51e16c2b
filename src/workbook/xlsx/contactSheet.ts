import type XlsxPopulate from "xlsx-populate";
import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { excelLikeValue } from "./cells";
import { sampleNumberFormats } from "./numberFormats";
import { hiddenRows, parseRef, type PackageInfo } from "./packageParts";

/** Number formats are sampled from this many rows at the top rather than read for the whole sheet. */
const FORMAT_SAMPLE_ROWS = 40;

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** docs/workbook-contract.md §1: a named sheet or table, else the stored choice, else a table or sheet named Contacts. */
export async function readContactSheet(
  workbook: XlsxPopulate.Workbook,
  info: PackageInfo,
  name: string | undefined,
  storedChoice: string,
): Promise<Omit<ContactSheetInput, "locale">> {
  const wanted = name ?? (storedChoice !== "" ? storedChoice : "Contacts");
  const table = info.tables.find((t) => sameName(t.name, wanted));
  const sheet = table
    ? workbook.sheet(table.sheetName)
    : workbook.sheets().find((s) => sameName(s.name(), wanted));
  if (!sheet) {
    const sheets = workbook.sheets().map((s) => s.name()).join(", ");
    const tables = info.tables.map((t) => t.name).join(", ") || "none";
    const hint = name ? "" : " Name the contact sheet with --contacts NAME.";
    throw new DomainError(`No sheet or table named "${wanted}" in this workbook (sheets: ${sheets}; tables: ${tables}).${hint}`, "no-contacts");
  }
  const bounds = table ? parseRef(table.ref) : usedBounds(sheet);
  if (!bounds) return { sheetName: sheet.name(), values: [] };
  const range = sheet.range(bounds.startRow, bounds.startColumn, bounds.endRow, bounds.endColumn);
  const values = range.value().map((row) => row.map(excelLikeValue));
  const numberFormats = await sampleNumberFormats(info, sheet.name(), {
    firstRow: bounds.startRow,
    lastRow: Math.min(bounds.endRow, bounds.startRow + FORMAT_SAMPLE_ROWS),
    firstColumn: bounds.startColumn,
    lastColumn: bounds.endColumn,
  });
  return {
    sheetName: sheet.name(),
    values,
    firstRow: bounds.startRow,
    firstColumn: bounds.startColumn - 1,
    numberFormats,
    hasTotalsRow: (table?.totalsRowCount ?? 0) > 0,
    hiddenRows: await hiddenRows(info, sheet.name()),
  };
}

function usedBounds(sheet: XlsxPopulate.Sheet) {
  const used = sheet.usedRange();
  if (!used) return undefined;
  return {
    startRow: used.startCell().rowNumber(),
    startColumn: used.startCell().columnNumber(),
    endRow: used.endCell().rowNumber(),
    endColumn: used.endCell().columnNumber(),
  };
}
