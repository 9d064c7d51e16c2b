/**
 * A contact sheet written from contacts read elsewhere (`segments copy --db … out.xlsx --with-contacts`,
 * docs/decisions.md §D64): the header row, then each contact's values typed as read (numbers, booleans, date
 * serials in a yyyy-mm-dd column, text in a text-formatted column, so "=1+1" stays text).
 */
import type { ContactSheetInput } from "../../domain/contacts";
import { isDateFormat } from "../../domain/contacts";
import type { Cell } from "../rowCodec";
import type { BookParts } from "./bookParts";
import { newWorksheetXml, rowsXml, type ColumnFormat } from "./sheetWriter";
import { addWorksheet, ensureOwnStyles } from "./workbookEdits";

/** Adds the sheet; a name the workbook already has is refused (addWorksheet), leaving the book as it was. */
export function addContactSheet(book: BookParts, name: string, input: ContactSheetInput): void {
  const [header = [], ...rows] = input.values;
  const styles = ensureOwnStyles(book);
  const date1904 = book.workbook().date1904;
  const formats: ColumnFormat[] = header.map((_, i) => {
    if (isDateFormat(input.numberFormats?.[i])) return { style: styles.date, shift1904: date1904 };
    return input.columnTypes?.[i] === "text" ? { style: styles.text } : {};
  });
  const cells = (row: readonly unknown[]): Cell[] => header.map((_, i) => cellOf(row[i]));
  const headerXml = rowsXml(
    "",
    name,
    1,
    [cells(header)],
    header.map(() => ({ style: styles.header })),
  );
  const body = rowsXml("", name, 2, rows.map(cells), formats);
  const columns = header.map((cell, i) => ({
    width: Math.max(10, Math.min(40, String(cell ?? "").length + 2)),
    style: formats[i].style,
  }));
  addWorksheet(book, name, newWorksheetXml(columns, headerXml + body, { freezeHeader: true }));
}

function cellOf(value: unknown): Cell {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}
