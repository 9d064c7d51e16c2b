/**
 * Reads the contact sheet through office-js, for the task pane's Contacts panel.
 *
 * Deliberately small: one Excel.run, the whole used range in a single read. That is fine for a few thousand
 * contacts but Excel on the web caps a response at 5 MB, so a large sheet fails here with
 * ResponsePayloadSizeLimitExceeded. The gateway (ExcelBook, contactSheet.ts: row blocks sized by bytes that
 * shrink on limit errors, the stored choice of contact sheet) reads any size; the Contacts panel still uses this
 * loader until it moves to ExcelBook. Its helpers below are shared with the gateway.
 *
 * Which sheet: a table named Contacts, else a worksheet named Contacts, else the active worksheet.
 * Requirement sets used: ExcelApi 1.4 (getItemOrNullObject, getUsedRangeOrNullObject) and 1.3 (getVisibleView),
 * both below the manifest's ExcelApi 1.7.
 */
import type { ContactSheetInput } from "../../domain/contacts";
import { findHeaderRow } from "../../domain/contacts/layout";

export const CONTACTS_NAME = "Contacts";

/** How many rows below the header are sampled for number formats (not the whole sheet: formats are heavy). */
export const FORMAT_SAMPLE_ROWS = 20;

export type ContactSheetLoader = () => Promise<ContactSheetInput>;

/**
 * Per column, the first format other than General among its numeric cells in the sampled rows (the rule the xlsx
 * gateway follows too), so that the domain can tell dates (serial numbers) from numbers; undefined when none.
 */
export function columnNumberFormats(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): (string | undefined)[] {
  const columns = values.reduce((max, row) => Math.max(max, row.length), 0);
  return Array.from({ length: columns }, (_, c) => {
    for (let r = 0; r < values.length && r < formats.length; r++) {
      const format = formats[r][c];
      if (typeof values[r][c] === "number" && typeof format === "string" && format !== "General") return format;
    }
    return undefined;
  });
}

/** The 1-based row number of an A1 address such as "Contacts!B12", "'My sheet'!$B$12" or "B12:C12". */
export function rowOfAddress(address: string): number {
  const cell = address.slice(address.lastIndexOf("!") + 1).split(":")[0];
  const match = /^\$?[A-Z]{1,3}\$?(\d+)$/i.exec(cell);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return Number(match[1]);
}

/** Sheet rows firstRow .. firstRow+rowCount-1 that are not among the visible ones. */
export function hiddenRowsOf(firstRow: number, rowCount: number, visibleRows: Iterable<number>): Set<number> {
  const visible = new Set(visibleRows);
  const hidden = new Set<number>();
  for (let row = firstRow; row < firstRow + rowCount; row++) if (!visible.has(row)) hidden.add(row);
  return hidden;
}

/** Office's editing language for the workbook's text, falling back to the UI language. */
function workbookLocale(): string {
  return Office.context.contentLanguage || Office.context.displayLanguage || "en-US";
}

export const readContactSheet: ContactSheetLoader = () =>
  Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(CONTACTS_NAME);
    const namedSheet = context.workbook.worksheets.getItemOrNullObject(CONTACTS_NAME);
    table.load("showTotals");
    await context.sync();

    const sheet = !table.isNullObject ? table.worksheet : !namedSheet.isNullObject ? namedSheet : context.workbook.worksheets.getActiveWorksheet();
    const range = !table.isNullObject ? table.getRange() : sheet.getUsedRangeOrNullObject(true);
    sheet.load("name");
    range.load("values, rowIndex, columnIndex, rowCount, columnCount, rowHidden");
    await context.sync();

    const locale = workbookLocale();
    if (range.isNullObject) return { sheetName: sheet.name, values: [], locale };

    // One more round trip for the small things: the formats of a few rows below the header, and the visible rows
    // only when some rows of the range are hidden (rowHidden is null when the range mixes hidden and shown rows).
    // (No header found: sample from the top; the domain reports the missing header.)
    const sampleStart = Math.min(findHeaderRow(range.values) + 1, range.rowCount - 1);
    const sampleRows = Math.min(FORMAT_SAMPLE_ROWS, range.rowCount - sampleStart);
    const sample = range.getCell(sampleStart, 0).getResizedRange(sampleRows - 1, range.columnCount - 1);
    sample.load("numberFormat");
    const visible = range.rowHidden === null ? range.getColumn(0).getVisibleView() : undefined;
    visible?.load("cellAddresses");
    await context.sync();

    // rowHidden: false = no row hidden, true = every row hidden, null = mixed (the visible view says which).
    const firstRow = range.rowIndex + 1;
    const visibleRows = visible ? visible.cellAddresses.map((row) => rowOfAddress(String(row[0]))) : range.rowHidden ? [] : undefined;
    const hiddenRows = visibleRows ? hiddenRowsOf(firstRow, range.rowCount, visibleRows) : new Set<number>();

    const input: ContactSheetInput = {
      sheetName: sheet.name,
      values: range.values,
      firstRow,
      firstColumn: range.columnIndex,
      numberFormats: columnNumberFormats(range.values.slice(sampleStart, sampleStart + sampleRows), sample.numberFormat),
      hasTotalsRow: !table.isNullObject && table.showTotals,
      hiddenRows,
      locale,
    };
    return input;
  });
