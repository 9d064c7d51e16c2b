/**
 * The contact table builder as it was before it was made of steps (a slice of one column's rows each; its
 * encode.ts and inferType.ts alongside): kept as an oracle, so test/domain/contacts/slicedBuild.property.test.ts can
 * check that the sliced builder makes the same table, warnings and errors. Not used by the program.
 */
/** The contact sheet, read once into a columnar table (docs/workbook-contract.md §1). */
import { isBlankCell, isErrorValue } from "../../../src/domain/contacts/cells";
import { CellProblems } from "../../../src/domain/contacts/cellProblems";
import type { Column, ColumnType, TextColumn } from "../../../src/domain/contacts/column";
import { ContactTableError } from "../../../src/domain/contacts/contactTableError";
import { encodeBoolean, encodeMulti, encodeNumber, encodeText, type ContactRows } from "./encode";
import type { FieldId } from "../../../src/domain/contacts/fields";
import { inferColumnType } from "./inferType";
import {
  acceptedNoHeaders,
  findHeaderRow,
  HEADER_SCAN_ROWS,
  layoutColumns,
  type ColumnSlot,
} from "../../../src/domain/contacts/layout";
import { linkCompanies, readNumbers } from "../../../src/domain/contacts/links";
import { isDateFormat } from "../../../src/domain/contacts/numberFormat";
import { columnLetter, ProblemLog } from "../../../src/domain/contacts/problems";
import { countOnRows, selectRows } from "../../../src/domain/contacts/rows";
import type { ContactSheetInput } from "../../../src/domain/contacts/sheetInput";
import type { ContactTable, Problem } from "../../../src/domain/contacts/table";

export interface BuiltContactTable {
  readonly table: ContactTable;
  readonly warnings: Problem[];
}

/**
 * Builds the contact table from a sheet's values. Throws ContactTableError listing every error (no No. column,
 * blank or repeated numbers); everything else that is odd comes back as warnings and the table is still built.
 */
export function buildContactTable(input: ContactSheetInput): BuiltContactTable {
  const { values, sheetName } = input;
  const firstRow = input.firstRow ?? 1;
  const log = new ProblemLog(sheetName);

  const headerIndex = findHeaderRow(values);
  if (headerIndex < 0) {
    log.error({
      code: "missing-no-column",
      params: { sheet: sheetName, rows: HEADER_SCAN_ROWS, headers: acceptedNoHeaders() },
      message: `${sheetName}: no contact number column in the first ${HEADER_SCAN_ROWS} rows. Add a header for it; accepted headers are ${acceptedNoHeaders()} (case, spaces and punctuation do not matter).`,
    });
    throw new ContactTableError(log.errors, log.warnings());
  }

  const selection = selectRows(values, headerIndex, firstRow, input.hasTotalsRow ?? false);
  const valueRows = Int32Array.from(selection.sheetRows, (row) => row - firstRow);
  for (const row of selection.errorOnlyRows) {
    log.warn(
      {
        code: "error-row",
        row,
        params: { sheet: sheetName, row },
        message: `${sheetName} row ${row}: only error values; skipped like a blank row.`,
      },
      "rows of error values skipped",
    );
  }
  const cells = new CellProblems();
  const unresolved = unresolvedByColumn(input.unresolvedCells, headerIndex, valueRows);
  const rows: ContactRows = {
    values,
    valueRows,
    sheetRows: selection.sheetRows,
    log,
    cells,
    unresolvedRows: (index) => {
      const contacts = unresolved.get(index)?.contacts;
      return contacts && contacts.length > 0 ? contacts : undefined;
    },
  };

  const slots = layoutColumns(
    {
      headerCells: values[headerIndex] ?? [],
      headerRow: firstRow + headerIndex,
      width: selection.width,
      firstColumn: input.firstColumn ?? 0,
      hasData: (index) => columnHasData(rows, index),
    },
    log,
  );

  const firstColumn = input.firstColumn ?? 0;
  const headerOf = new Map(slots.map((slot) => [slot.index, slot.header]));
  for (const [index, { valueIndexes }] of unresolved) {
    const letter = columnLetter(firstColumn + index);
    const column = { header: headerOf.get(index) ?? `Column ${letter}`, letter };
    for (const at of valueIndexes) cells.add("unresolved-formulas", column, firstRow + at);
  }

  const columns: Column[] = [];
  const fieldColumns: Partial<Record<FieldId, number>> = {};
  for (const slot of slots) {
    if (slot.field) fieldColumns[slot.field.id] = columns.length;
    columns.push(
      encodeSlot(rows, slot, isDateFormat(input.numberFormats?.[slot.index]), input.columnTypes?.[slot.index]),
    );
  }

  const textField = (id: FieldId) =>
    fieldColumns[id] === undefined ? undefined : (columns[fieldColumns[id]] as TextColumn);
  const noColumn = textField("no");
  if (!noColumn) throw new Error("The header row was chosen for its No. column"); // cannot happen: findHeaderRow found it
  cells.report(log);
  const numbers = readNumbers(noColumn, selection.sheetRows, log);
  if (log.errors.length > 0) throw new ContactTableError(log.errors, log.warnings());
  const links = linkCompanies(numbers, textField("type"), textField("companyNo"), selection.sheetRows, log);

  const table: ContactTable = {
    sheetName,
    locale: input.locale,
    headerRow: firstRow + headerIndex,
    rowCount: valueRows.length,
    sheetRows: selection.sheetRows,
    columns,
    fieldColumns,
    numbers: numbers.numbers,
    rowByNumber: numbers.rowByNumber,
    isCompany: links.isCompany,
    companyRow: links.companyRow,
    hiddenRowCount: countOnRows(selection.sheetRows, input.hiddenRows),
  };
  return { table, warnings: log.warnings() };
}

/** Recognised fields have fixed kinds; any other column gets its declared type, else the type its values show. */
function encodeSlot(
  rows: ContactRows,
  slot: ColumnSlot,
  dateFormatted: boolean,
  declared: ColumnType | undefined,
): Column {
  switch (slot.field?.kind) {
    case "boolean":
      return encodeBoolean(rows, slot, true);
    case "multi":
      return encodeMulti(rows, slot, dateFormatted);
    case "text":
      return encodeText(rows, slot, dateFormatted);
  }
  const type = declared ?? inferColumnType(rows.values, rows.valueRows, slot.index, dateFormatted);
  switch (type) {
    case "boolean":
      return encodeBoolean(rows, slot, false);
    case "number":
    case "date":
      return encodeNumber(rows, slot, type, dateFormatted);
    case "text":
      return encodeText(rows, slot, dateFormatted);
  }
}

function columnHasData(rows: ContactRows, index: number): boolean {
  for (let r = 0; r < rows.valueRows.length; r++) {
    const value = rows.values[rows.valueRows[r]][index];
    if (!isBlankCell(value) && !isErrorValue(value)) return true;
  }
  return false;
}

interface UnresolvedColumn {
  /** Indexes into values of the column's formulas without a result, at or below the header, ascending. */
  readonly valueIndexes: number[];
  /** The contacts among them, as table rows. */
  readonly contacts: Int32Array;
}

/** The gateway's formulas without a computed result, per column (index into values[r]). */
function unresolvedByColumn(
  cells: ContactSheetInput["unresolvedCells"],
  headerIndex: number,
  valueRows: Int32Array,
): Map<number, UnresolvedColumn> {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells ?? []) {
    if (row < headerIndex) continue;
    const list = byColumn.get(column) ?? [];
    list.push(row);
    byColumn.set(column, list);
  }
  const out = new Map<number, UnresolvedColumn>();
  for (const [column, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const valueIndexes = [...new Set(list)].sort((a, b) => a - b);
    const contacts: number[] = [];
    for (const at of valueIndexes) {
      const r = rowOfValue(valueRows, at);
      if (r >= 0) contacts.push(r);
    }
    out.set(column, { valueIndexes, contacts: Int32Array.from(contacts) });
  }
  return out;
}

/** The table row of an index into values, or -1 when that row is no contact (valueRows ascends). */
function rowOfValue(valueRows: Int32Array, at: number): number {
  let lo = 0;
  let hi = valueRows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (valueRows[mid] === at) return mid;
    if (valueRows[mid] < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
