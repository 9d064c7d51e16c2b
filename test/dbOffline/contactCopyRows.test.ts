/**
 * What a contact sheet becomes in a database table (docs/decisions.md §D64), with no server: each column's kind
 * from the type the add-in reads it as, each contact's value as read (text as written), and refusals that name the
 * cell or header that cannot be copied.
 */
import { contactCopyOf } from "../../src/db/contactCopyRows";
import { buildContactTable, type ContactSheetInput } from "../../src/domain/contacts";

function copyOf(values: unknown[][], numberFormats: (string | undefined)[] = []) {
  const input: ContactSheetInput = { sheetName: "Contacts", values, numberFormats, locale: "en" };
  return contactCopyOf(input, buildContactTable(input).table);
}

const HEADER = ["Nr", "Namn", "Branschgrupper", "Uteslut från segment", "Employees", "Created", "Last Call", "Note"];

describe("a contact sheet as a table's rows", () => {
  it("types each column as the add-in reads it and keeps text as written", () => {
    const copy = copyOf(
      [
        ["A title row"],
        HEADER,
        ["CT01", "  Åsa  ", "RETAIL;WHOLESALE", true, 12, 45292, 45292.5, "=1+1"],
        [],
        ["CT02", 7, "", "Nej", "13", "", "", ""],
      ],
      [undefined, undefined, undefined, undefined, undefined, "yyyy-mm-dd", "yyyy-mm-dd hh:mm"],
    );
    expect(copy.columns.map((c) => [c.header, c.kind, c.letter])).toEqual([
      ["Nr", "text", "A"],
      ["Namn", "text", "B"],
      ["Branschgrupper", "multi", "C"],
      ["Uteslut från segment", "boolean", "D"],
      ["Employees", "number", "E"],
      ["Created", "date", "F"],
      ["Last Call", "timestamp", "G"],
      ["Note", "text", "H"],
    ]);
    expect([copy.noHeader, copy.companyNoHeader]).toEqual(["Nr", undefined]);
    expect(copy.rowCount).toBe(2);
    expect([copy.sheetRow(0), copy.sheetRow(1)]).toEqual([3, 5]);
    const row = (r: number) => copy.columns.map((_, c) => copy.value(r, c));
    expect(row(0)).toEqual(["CT01", "  Åsa  ", "RETAIL;WHOLESALE", true, 12, 45292, 45292.5, "=1+1"]);
    // A number in a text column as its text, Nej as FALSE, a number typed as text as the number, blanks as null.
    expect(row(1)).toEqual(["CT02", "7", null, false, 13, null, null, null]);
    expect(copy.values(0, 2)).toEqual(["RETAIL", "WHOLESALE"]);
    expect(copy.values(1, 2)).toEqual([]);
  });

  it("refuses a cell the add-in cannot read, naming its row and column", () => {
    const rows = Array.from({ length: 11 }, (_, i) => [`CT${i}`, i]);
    rows[4][1] = "n/a";
    expect(() => copyOf([["No.", "Employees"], ...rows])).toThrow(
      'Contacts row 6, column B ("Employees"): "n/a" cannot be read as the column\'s number',
    );
    expect(() =>
      copyOf([
        ["No.", "Name"],
        ["CT01", "#N/A"],
      ]),
    ).toThrow('Contacts row 2, column B ("Name"): "#N/A"');
  });

  it("refuses headers PostgreSQL cannot take as column names", () => {
    const long = "A".repeat(64);
    expect(() =>
      copyOf([
        ["No.", long],
        ["CT01", "x"],
      ]),
    ).toThrow(`Contacts column B ("${long}"): the header is longer than the 63 bytes`);
    expect(() =>
      copyOf([
        ["No.", "Note", "Note"],
        ["CT01", "x", "y"],
      ]),
    ).toThrow('Contacts column C ("Note"): column B has the same header');
  });
});
