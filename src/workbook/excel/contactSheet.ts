/**
 * The contact sheet through office-js, for any size up to Excel's 1,048,576 rows: found by name (a table first,
 * then a sheet), its size and a sample first (number formats from rows below the header), then the values in
 * byte-sized blocks, then the hidden rows only when some are hidden.
 */
import type { ContactSheetInput } from "../../domain/contacts";
import { findHeaderRow } from "../../domain/contacts/layout";
import { isDateFormat } from "../../domain/contacts/numberFormat";
import { DomainError } from "../../domain/errors";
import { BLOCK_BYTES, readBlocks, tooManyCells } from "./blockRead";
import { jsonBytes, RowHash, sizeOfRows } from "./bytes";
import { isPayloadError, throwIfCanceled } from "./errors";
import { columnNumberFormats, FORMAT_SAMPLE_ROWS, hiddenRowsOf, rowOfAddress } from "./contactSheetHelpers";
import { SAMPLE_ROWS, type RecordedRead } from "./session";

import type { ReadWatch } from "../readWatch";

export type { ReadProgress, ReadWatch } from "../readWatch";

export interface ContactRead {
  readonly input: Omit<ContactSheetInput, "locale">;
  readonly read: RecordedRead;
}

export async function readContacts(
  context: Excel.RequestContext,
  wanted: string,
  dateOffset: number,
  watch: ReadWatch = {},
): Promise<ContactRead> {
  const workbook = context.workbook;
  const table = workbook.tables.getItemOrNullObject(wanted);
  const namedSheet = workbook.worksheets.getItemOrNullObject(wanted);
  await context.sync();
  if (table.isNullObject && namedSheet.isNullObject) throw await notFound(context, wanted);

  let sampleRows = SAMPLE_ROWS;
  for (;;) {
    const range = table.isNullObject ? namedSheet.getUsedRange(true) : table.getRange();
    const sheet = table.isNullObject ? namedSheet : table.worksheet;
    range.load("rowIndex, columnIndex, rowCount, columnCount, rowHidden");
    sheet.load("name");
    if (!table.isNullObject) table.load("showTotals, name");
    const sample = range
      .getRow(0)
      .getResizedRange(sampleRows - 1, 0)
      .load("values, numberFormat");
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadError(error) && sampleRows > 1) {
        sampleRows = Math.max(1, Math.floor(sampleRows / 4));
        continue;
      }
      throw error;
    }
    const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: columns } = range;
    if (sample.values === null) throw tooManyCells(sampleRows, columns);
    const values = sample.values.slice(0, rows);
    const sampleFormats = sample.numberFormat.slice(0, rows);
    let bytes = jsonBytes(values);
    const worksheet = workbook.worksheets.getItem(sheet.name);
    throwIfCanceled(watch.signal);
    if (values.length < rows) watch.progress?.(values.length, rows);
    await readBlocks(
      context,
      {
        rows,
        columns,
        range: (offset, count) => worksheet.getRangeByIndexes(top + offset, left, count, columns),
        measure: (block) => sizeOfRows(block, watch.pause),
      },
      values.length,
      bytes / Math.max(1, values.length),
      ({ values: block, bytes: blockBytes }) => {
        bytes += blockBytes;
        for (const row of block) values.push(row);
        watch.progress?.(values.length, rows);
        throwIfCanceled(watch.signal);
      },
    );

    const headerIndex = Math.max(0, findHeaderRow(values));
    const formatRows = Math.min(FORMAT_SAMPLE_ROWS, values.length - headerIndex - 1);
    const numberFormats =
      formatRows > 0
        ? columnNumberFormats(
            values.slice(headerIndex + 1, headerIndex + 1 + formatRows),
            sampleFormats.slice(headerIndex + 1, headerIndex + 1 + formatRows),
          )
        : [];
    const hash = hashWhenAsked(values);
    // The hash is of the cells as Excel gave them: taken before the dates are moved.
    if (dateOffset !== 0) {
      hash();
      shiftDates(values, headerIndex, numberFormats, dateOffset);
    }

    const firstRow = top + 1;
    const hiddenRows =
      range.rowHidden === false
        ? new Set<number>()
        : range.rowHidden === true
          ? hiddenRowsOf(firstRow, rows, [])
          : await visibleRowsHidden(context, worksheet, top, left, rows);
    const tableName = table.isNullObject ? undefined : table.name;
    const read: RecordedRead = {
      what: `The contact sheet "${sheet.name}"`,
      sheetName: sheet.name,
      tableName,
      rect: { top, left, rows, columns },
      fullRows: rows,
      hash,
      bytes,
    };
    return {
      input: {
        sheetName: sheet.name,
        values,
        firstRow,
        firstColumn: left,
        numberFormats,
        hasTotalsRow: !table.isNullObject && table.showTotals,
        hiddenRows,
      },
      read,
    };
  }
}

/**
 * The read's hash, taken the first time a commit re-checks the read: a read for previews (the pane's kept reads) is
 * never re-checked, and hashing 100,000 contacts was a tenth of opening a segment (docs/decisions.md §D82). Nothing
 * changes the values once read (the domain and the use cases take them read-only).
 */
function hashWhenAsked(values: readonly (readonly unknown[])[]): () => string {
  let hash: string | undefined;
  return () => (hash ??= new RowHash().add(values).value());
}

/** The rows not in the first column's visible view, a block of rows per sync (addresses are about 20 bytes each). */
async function visibleRowsHidden(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: number,
): Promise<Set<number>> {
  const visible: number[] = [];
  const perSync = Math.floor(BLOCK_BYTES / 40);
  for (let offset = 0; offset < rows; offset += perSync) {
    const view = sheet
      .getRangeByIndexes(top + offset, left, Math.min(perSync, rows - offset), 1)
      .getVisibleView()
      .load("cellAddresses");
    await context.sync();
    for (const row of view.cellAddresses) visible.push(rowOfAddress(String(row[0])));
  }
  return hiddenRowsOf(top + 1, rows, visible);
}

/** Date cells of a 1904-system workbook as 1900-system serials, which is what the domain reads. */
function shiftDates(
  values: unknown[][],
  headerIndex: number,
  formats: readonly (string | undefined)[],
  offset: number,
): void {
  const columns = formats.flatMap((format, c) => (isDateFormat(format) ? [c] : []));
  for (let r = headerIndex + 1; r < values.length; r++) {
    for (const c of columns) if (typeof values[r][c] === "number") values[r][c] = (values[r][c] as number) + offset;
  }
}

async function notFound(context: Excel.RequestContext, wanted: string): Promise<DomainError> {
  const sheets = context.workbook.worksheets.load("items/name, items/visibility");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const visible = sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const tableNames = tables.items.map((t) => t.name).join(", ") || "none";
  return new DomainError(
    `No sheet or table named "${wanted}" in this workbook (sheets: ${visible.join(", ")}; tables: ${tableNames}). Choose the contact sheet in the Contacts panel.`,
    "no-contacts",
  );
}
