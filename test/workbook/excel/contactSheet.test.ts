/** The contact sheet through the Excel gateway: finding it, byte-sized blocks, limits, hidden rows, totals. */
import { addContacts } from "../../../src/app/addContacts";
import { loadContacts } from "../../../src/app/store/contactSource";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import type { RunContext } from "../../../src/app/store/ports";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };
const HEADER = SMALL_CONTACTS[2];
const ROWS = SMALL_CONTACTS.slice(3);

describe("the contact sheet through office-js", () => {
  it("reads a sheet named Contacts with title rows, counting hidden rows", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    [5, 6].forEach((row) => excel.book.sheet("Contacts")!.hiddenRows.add(row));
    const { table } = await loadContacts(await ExcelBook.open(excelHost(excel)), ctx);
    expect(table).toMatchObject({ sheetName: "Contacts", headerRow: 3, rowCount: 7, hiddenRowCount: 2 });
  });

  it("reads a table by name wherever it sits, ignoring its totals row", async () => {
    const excel = fakeWithContacts([], {}, "Data");
    excel.book.putSheet("Data", [HEADER, ...ROWS, ["Total", "", "", "", "", "", "", "", "", "", "", 160]], 2, 1);
    excel.book.putTable("People", "Data", 2, 1, HEADER.length, ROWS.length, true);
    const { table } = await loadContacts(await ExcelBook.open(excelHost(excel)), ctx, { name: "people" });
    expect(table).toMatchObject({ sheetName: "Data", rowCount: 7 });
    expect(table.numbers).toEqual(["K1", "K2", "K3", "K4", "K5", "K6", "K7"]);
  });

  it("runs an Add on a contact table that shares its sheet with other cells (checked as the table, not the used range)", async () => {
    const excel = fakeWithContacts(
      [["Report"], [], [], ["", ...HEADER], ...ROWS.map((row) => ["", ...row])],
      {},
      "Data",
    );
    excel.book.putTable("People", "Data", 3, 1, HEADER.length, ROWS.length);
    const open = () => ExcelBook.open(excelHost(excel));
    await initBook(await open());
    const { no } = await createSegment(await open(), ctx, { description: "Table" });
    const result = await addContacts(await open(), ctx, {
      segmentNo: no,
      groups: [[{ table: "Contact", field: "No.", filter: "K1|K2" }]],
      options: NO_OPTIONS,
      contacts: { name: "People" },
    });
    expect(result.added).toBe(2);
  });

  it("names the sheets and tables there are when none is named Contacts", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS, {}, "Kunder");
    await expect(loadContacts(await ExcelBook.open(excelHost(excel)), ctx)).rejects.toThrow(
      'No sheet or table named "Contacts" in this workbook (sheets: Kunder; tables: none).',
    );
  });

  it("halves a block that Excel refuses as too big, and still reads every row", async () => {
    // Rows far bigger further down than in the sample: the first estimate is too big a block.
    const long = "å".repeat(2000);
    const rows = Array.from({ length: 3000 }, (_, i) => [`K${i + 1}`, i < 300 ? "Ann" : long]);
    const excel = fakeWithContacts([["No.", "Name"], ...rows], { payloadLimit: 1_000_000 });
    const book = await ExcelBook.open(excelHost(excel));
    const input = await book.readContactSheet({});
    expect(input.values).toHaveLength(3001);
    expect(input.values[3000][1]).toBe(long);
    // Some blocks were refused (and halved); every answer that came back was within the limit.
    expect(excel.stats.log.filter((sync) => sync.responseBytes > 1_000_000).length).toBeGreaterThan(0);
  });

  it("treats a null values answer (Excel past 5,000,000 cells) as an error, not an empty sheet", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS, { cellLimit: 20 });
    await expect(loadContacts(await ExcelBook.open(excelHost(excel)), ctx)).rejects.toThrow(/Excel returned no values/);
  });
});
