import type { MessageParams } from "../errors";
import type { Column } from "./column";
import type { FieldId } from "./fields";

/** Where a problem is: the sheet, its 1-based row and the column's header (and letter), when known. */
export interface CellRef {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  readonly columnLetter?: string;
}

export interface Problem extends CellRef {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
  /** The values the message is built from (sheet, row, letter, value, ...), for a pane to say it in its language. */
  readonly params?: MessageParams;
}

/**
 * The contact sheet as columns. Row r of every column is the same contact; r counts contacts, not sheet rows
 * (title rows, blank rows and a totals row are gone), and sheetRows maps back for messages.
 */
export interface ContactTable {
  readonly sheetName: string;
  readonly locale: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly rowCount: number;
  /** 1-based sheet row of each contact. */
  readonly sheetRows: Int32Array;
  readonly columns: readonly Column[];
  /** Index into columns of each recognised field. */
  readonly fieldColumns: Readonly<Partial<Record<FieldId, number>>>;
  /** Contact numbers as written (trimmed). */
  readonly numbers: readonly string[];
  /** Row of each contact number, keyed by its case-folded form. */
  readonly rowByNumber: ReadonlyMap<string, number>;
  /** 1 when the contact is a company. */
  readonly isCompany: Uint8Array;
  /** Row of the contact's company (a company's is its own row); -1 when it has none or it is not on the sheet. */
  readonly companyRow: Int32Array;
  /** How many contacts sit on hidden or filtered-out rows (they still count), when the gateway knows. */
  readonly hiddenRowCount: number;
}
