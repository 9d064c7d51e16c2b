import { selectCells } from "../../../src/workbook/excel/selectCells";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

describe("taking the user to cells", () => {
  it("brings the sheet to the front and puts the cursor on the cell", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    excel.book.putSheet("Notes", [["x"]]);
    excel.book.activeSheet = 1;
    await selectCells(excelHost(excel), "Contacts", "C4");
    expect(excel.book.activeSheet).toBe(0);
    expect(excel.book.selection).toMatchObject({ row: 3, column: 2 });
    expect(excel.book.selection?.sheet.name).toBe("Contacts");
  });

  it("selects several areas at once, the cursor on the first one's first cell", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS, { apiVersion: "1.9" });
    excel.book.putSheet("Notes", [["x"]]);
    excel.book.activeSheet = 1;
    await selectCells(excelHost(excel), "Contacts", "3:4,7:7");
    expect(excel.book.activeSheet).toBe(0);
    expect(excel.book.selection).toMatchObject({ row: 2, column: 0 });
    expect(excel.book.selection?.areas.map((area) => [area.top, area.rows, area.columns])).toEqual([
      [2, 2, 16384],
      [6, 1, 16384],
    ]);
  });

  it("selects the first area where Excel has no getRanges (before ExcelApi 1.9)", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS, { apiVersion: "1.8" });
    await selectCells(excelHost(excel), "Contacts", "3:4,7:7");
    expect(excel.book.selection?.areas.map((area) => [area.top, area.rows])).toEqual([[2, 2]]);
  });

  it("says which sheet is missing when it was renamed or deleted", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    await expect(selectCells(excelHost(excel), "Kontakter", "A1")).rejects.toThrow(/selecting Kontakter!A1/);
  });

  it("works on a read-only workbook: selecting changes nothing", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    excel.book.readOnly = true;
    await selectCells(excelHost(excel), "Contacts", "B2");
    expect(excel.book.selection).toMatchObject({ row: 1, column: 1 });
  });
});
