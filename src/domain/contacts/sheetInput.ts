import type { ColumnType } from "./column";

/** What the workbook gateways hand the domain: one sheet's cells as Excel's Range.values returns them. */
export interface ContactSheetInput {
  sheetName: string;
  /**
   * Cell values as Excel's Range.values returns them: string | number | boolean; "" for empty; error values as
   * strings like "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA".
   * Rows may be ragged (the command's reader); missing cells, null and undefined are blank.
   */
  values: readonly (readonly unknown[])[];
  /** 1-based sheet row of values[0] (default 1). */
  firstRow?: number;
  /** 0-based sheet column of values[r][0] (default 0). */
  firstColumn?: number;
  /**
   * Number format per column, indexed like values[r] (sampled by the gateway from a few rows below the header),
   * e.g. "yyyy-mm-dd", "m/d/yyyy", "General", "0.00", "@". Tells date serials from numbers. Excel's invariant
   * (English) format codes, as Range.numberFormat returns them, not numberFormatLocal.
   */
  numberFormats?: readonly (string | undefined)[];
  /**
   * Types a typed source declares per column, indexed like values[r] (a database's column types): a declared type
   * replaces the type a column's values would suggest (docs/decisions.md §D46), so a table read in part types its
   * columns as the whole table would.
   */
  columnTypes?: readonly (ColumnType | undefined)[];
  /** An Excel table with a totals row: its last row is not a contact. */
  hasTotalsRow?: boolean;
  /** 1-based sheet rows that are hidden or filtered out: they still count as contacts; the table reports how many. */
  hiddenRows?: ReadonlySet<number>;
  /**
   * Formula cells without a computed result (not a constant such as TRUE()), which values holds as "": 0-based
   * indexes into values and values[row]. They are problems naming the cells ("Contacts!M56: formula without a
   * computed result; open and save the book in Excel or LibreOffice"), never silently blank.
   */
  unresolvedCells?: readonly { readonly row: number; readonly column: number }[];
  /** BCP 47 language of the workbook, kept on the table for text order. */
  locale: string;
}
