import { putGeneratedContacts } from "../../playground/src/workbook/generatedContacts";
import { BookModel } from "../support/excelFake/model";

describe("generated contacts in the playground", () => {
  it("replace the sample's sheet and its table, in the same place among the tabs, with date formats", () => {
    const book = new BookModel();
    book.putSheet("Intro", [["Welcome"]]);
    book.putSheet("Contacts", [["Title"], [""], ["No.", "Name"], ["K1", "Old"]]);
    book.putTable("Contacts", "Contacts", 2, 0, 2, 1);
    book.putSheet("Templates", [["Code"]]);
    putGeneratedContacts(book, 1_000);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Intro", "Contacts", "Templates"]);
    expect(book.tables).toHaveLength(0);
    const sheet = book.sheet("Contacts")!;
    expect(sheet.value(0, 0)).toBe("No.");
    expect(sheet.usedBounds()?.bottom).toBe(1_000);
  });
});
