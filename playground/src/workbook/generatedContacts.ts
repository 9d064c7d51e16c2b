/**
 * A Contacts sheet of generated contacts in place of the sample's (playground setting ?contacts=100000), to try the
 * pane on a large sheet: the same generator the benchmarks use, with its date and number formats.
 */
import { contactNumberFormats, generateContacts } from "../../../test/support/generateContacts";
import type { BookModel } from "../../../test/support/excelFake/model";

export function putGeneratedContacts(book: BookModel, rows: number, sheetName = "Contacts"): void {
  const index = book.sheets.findIndex((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase());
  // The sample's sheet and any table on it go: a table would still say where the contacts are.
  if (index >= 0) {
    const old = book.sheets[index];
    book.sheets.splice(index, 1);
    for (let t = book.tables.length - 1; t >= 0; t--) if (book.tables[t].sheet === old) book.tables.splice(t, 1);
  }
  const sheet = book.putSheet(sheetName, generateContacts({ rows, seed: 1 }));
  if (index >= 0) {
    book.sheets.splice(book.sheets.indexOf(sheet), 1);
    book.sheets.splice(index, 0, sheet);
  }
  contactNumberFormats().forEach((format, column) => format && sheet.setFormat(1, rows, column, format));
}
