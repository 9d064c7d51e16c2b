/** The contact sheet, read once into a columnar table (docs/workbook-contract.md §1). */
import { indexOfSorted } from "../sortedNumbers";
import { isBlankCell, isErrorValue } from "./cells";
import { CellProblems } from "./cellProblems";
import type { Column, ColumnType, TextColumn } from "./column";
import { ContactTableError } from "./contactTableError";
import {
  BooleanEncoder,
  MultiEncoder,
  NumberEncoder,
  TextEncoder,
  type ColumnEncoder,
  type ContactRows,
} from "./encode";
import type { FieldId } from "./fields";
import { TypeInference } from "./inferType";
import { acceptedNoHeaders, findHeaderRow, HEADER_SCAN_ROWS, layoutColumns, type ColumnSlot } from "./layout";
import { linkCompanies, readNumbers } from "./links";
import { isDateFormat } from "./numberFormat";
import { columnLetter, ProblemLog } from "./problems";
import { countOnRows, selectRows } from "./rows";
import type { ContactSheetInput } from "./sheetInput";
import type { ContactTable, Problem } from "./table";

export interface BuiltContactTable {
  readonly table: ContactTable;
  readonly warnings: Problem[];
}

/**
 * How many contacts of one column a step of the build encodes: a pane yields to its host between steps, and at
 * 100,000 contacts a step is well under a millisecond. Columns are still encoded one after the other: measured at
 * 1,000,000 rows, slicing rows across every column made the build slower (each column's hash table left the cache
 * while the others ran), not faster.
 */
export const ROWS_PER_STEP = 2048;

/**
 * Builds the contact table from a sheet's values. Throws ContactTableError listing every error (no No. column,
 * blank or repeated numbers); everything else that is odd comes back as warnings and the table is still built.
 */
export function buildContactTable(input: ContactSheetInput): BuiltContactTable {
  const steps = contactTableSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildContactTable as steps of bounded work: each `next()` does one (a slice of one column's rows, or one pass
 * over the numbers) and the last returns the table. A caller on a user's thread may give it back between steps;
 * the steps are the same whoever runs them, so the table and its problems are too (`rowsPerStep` sizes the slices;
 * docs/decisions.md §D49).
 */
export function* contactTableSteps(
  input: ContactSheetInput,
  rowsPerStep = ROWS_PER_STEP,
): Generator<void, BuiltContactTable, void> {
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
  const unresolved = unresolvedByColumn(input.unresolvedCells, headerIndex, selection.sheetRows, firstRow);
  const rows: ContactRows = {
    values,
    sheetRows: selection.sheetRows,
    firstRow,
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

  yield;

  const rowCount = selection.sheetRows.length;
  const plans = slots.map((slot) => ({
    slot,
    dateFormatted: isDateFormat(input.numberFormats?.[slot.index]),
    declared: input.columnTypes?.[slot.index],
  }));
  // A column that is no recognised field and declares no type is typed by its values first.
  const inferences = plans.map(({ slot, dateFormatted, declared }) =>
    slot.field || declared
      ? undefined
      : new TypeInference(values, selection.sheetRows, firstRow, slot.index, dateFormatted),
  );
  for (const inference of inferences) {
    if (!inference) continue;
    for (let from = 0; from < rowCount; from += rowsPerStep) {
      const known = inference.scan(from, Math.min(rowCount, from + rowsPerStep));
      yield;
      if (known) break;
    }
  }

  const encoders = plans.map(({ slot, dateFormatted, declared }, i) =>
    encoderFor(rows, slot, dateFormatted, declared ?? inferences[i]?.type()),
  );
  for (const encoder of encoders) {
    for (let from = 0; from < rowCount; from += rowsPerStep) {
      encoder.encode(from, Math.min(rowCount, from + rowsPerStep));
      yield;
    }
  }

  const columns: Column[] = [];
  const fieldColumns: Partial<Record<FieldId, number>> = {};
  for (let i = 0; i < slots.length; i++) {
    const field = slots[i].field;
    if (field) fieldColumns[field.id] = columns.length;
    columns.push(encoders[i].finish());
  }

  const textField = (id: FieldId) =>
    fieldColumns[id] === undefined ? undefined : (columns[fieldColumns[id]] as TextColumn);
  const noColumn = textField("no");
  if (!noColumn) throw new Error("The header row was chosen for its No. column"); // cannot happen: findHeaderRow found it
  cells.report(log);
  yield;
  const numbers = readNumbers(noColumn, selection.sheetRows, log);
  if (log.errors.length > 0) throw new ContactTableError(log.errors, log.warnings());
  yield;
  const links = linkCompanies(numbers, textField("type"), textField("companyNo"), selection.sheetRows, log);

  const table: ContactTable = {
    sheetName,
    locale: input.locale,
    headerRow: firstRow + headerIndex,
    rowCount: selection.sheetRows.length,
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
function encoderFor(
  rows: ContactRows,
  slot: ColumnSlot,
  dateFormatted: boolean,
  type: ColumnType | undefined,
): ColumnEncoder {
  switch (slot.field?.kind) {
    case "boolean":
      return new BooleanEncoder(rows, slot, true);
    case "multi":
      return new MultiEncoder(rows, slot, dateFormatted);
    case "text":
      return new TextEncoder(rows, slot, dateFormatted);
  }
  switch (type) {
    case "boolean":
      return new BooleanEncoder(rows, slot, false);
    case "number":
    case "date":
      return new NumberEncoder(rows, slot, type, dateFormatted);
    case "text":
    case undefined:
      return new TextEncoder(rows, slot, dateFormatted);
  }
}

function columnHasData(rows: ContactRows, index: number): boolean {
  for (let r = 0; r < rows.sheetRows.length; r++) {
    const value = rows.values[rows.sheetRows[r] - rows.firstRow][index];
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
  sheetRows: Int32Array,
  firstRow: number,
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
      const r = indexOfSorted(sheetRows, firstRow + at); // -1: that sheet row is no contact
      if (r >= 0) contacts.push(r);
    }
    out.set(column, { valueIndexes, contacts: Int32Array.from(contacts) });
  }
  return out;
}
