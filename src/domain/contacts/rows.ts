/** Which rows below the header are contacts. */
import { isBlankCell, isErrorValue } from "./cells";

type Rows = readonly (readonly unknown[])[];

export interface RowSelection {
  /** 1-based sheet row of each contact, in sheet order; less firstRow, its index into values. */
  readonly sheetRows: Int32Array;
  /** The widest row, header included: ragged rows from the command's reader may be longer than the header. */
  readonly width: number;
  /** 1-based sheet rows skipped because they hold nothing but error values. */
  readonly errorOnlyRows: readonly number[];
}

/** Rows below the header, without blank rows and without a table's totals row. */
export function selectRows(values: Rows, headerIndex: number, firstRow: number, hasTotalsRow: boolean): RowSelection {
  const end = hasTotalsRow && values.length > headerIndex + 1 ? values.length - 1 : values.length;
  const picked = new Int32Array(Math.max(0, end - headerIndex - 1));
  const errorOnlyRows: number[] = [];
  let count = 0;
  let width = values[headerIndex]?.length ?? 0;
  for (let r = headerIndex + 1; r < end; r++) {
    const row = values[r] ?? [];
    if (row.length > width) width = row.length;
    const content = rowContent(row);
    if (content === CONTENT) picked[count++] = firstRow + r;
    else if (content === ERRORS_ONLY) errorOnlyRows.push(firstRow + r);
  }
  // Most sheets have no blank row: then the array made for every row is the one kept, not copied. The indexes into
  // values are the sheet rows less firstRow, not an array of their own (docs/decisions.md §D81's external memory).
  const sheetRows = count === picked.length ? picked : picked.slice(0, count);
  return { sheetRows, width, errorOnlyRows };
}

const BLANK = 0;
const CONTENT = 1;
const ERRORS_ONLY = 2;

/** A row of broken formulas is no contact, but it is not silently blank either: the caller warns. */
function rowContent(row: readonly unknown[]): number {
  let errors = false;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    if (isErrorValue(cell)) errors = true;
    else return CONTENT;
  }
  return errors ? ERRORS_ONLY : BLANK;
}

/** How many contacts sit on the given sheet rows (sheetRows ascending, so a binary search per hidden row). */
export function countOnRows(sheetRows: Int32Array, rows: ReadonlySet<number> | undefined): number {
  if (!rows || rows.size === 0) return 0;
  let count = 0;
  for (const row of rows) {
    let lo = 0;
    let hi = sheetRows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (sheetRows[mid] === row) {
        count++;
        break;
      }
      if (sheetRows[mid] < row) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return count;
}
