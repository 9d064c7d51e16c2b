/**
 * The contact read's hash is taken when a commit re-checks the read (docs/decisions.md §D82): a big contact sheet
 * read before a hand edit still stops the action, and an unchanged one (a 1904 workbook's dates moved on reading)
 * still commits.
 */
import { addContacts } from "../../../src/app/addContacts";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import type { RunContext } from "../../../src/app/store/ports";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { SMALL_READ_BYTES } from "../../../src/workbook/excel/session";
import { jsonBytes } from "../../../src/workbook/excel/bytes";
import { contactNumberFormats, generateContacts } from "../../support/generateContacts";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };
const ROWS = 3000;
const values = generateContacts({ rows: ROWS, seed: 3 });
const byNo = (no: string) => [[{ table: "Contact" as const, field: "No.", filter: no }]];

async function bookWithSegment(date1904: boolean) {
  const excel = fakeWithContacts(values);
  excel.book.date1904 = date1904;
  const sheet = excel.book.sheet("Contacts")!;
  contactNumberFormats().forEach((format, column) => {
    if (format) sheet.setFormat(1, ROWS, column, format);
  });
  const open = () => ExcelBook.open(excelHost(excel));
  await initBook(await open());
  const { no } = await createSegment(await open(), ctx, { description: "Hash" });
  return { excel, sheet, open, no };
}

describe("the contact read's hash", () => {
  it("is a big read, re-checked in blocks at commit", () => {
    expect(jsonBytes(values)).toBeGreaterThan(SMALL_READ_BYTES);
  });

  it.each([false, true])("lets an unchanged sheet commit (1904 dates: %s)", async (date1904) => {
    const { open, no } = await bookWithSegment(date1904);
    const book = await open();
    await book.readContactSheet({});
    const first = String(values[1][0]);
    const result = await addContacts(book, ctx, { segmentNo: no, groups: byNo(first), options: NO_OPTIONS });
    expect(result.added).toBe(1);
  });

  it.each([false, true])("stops on a hand edit made after the read, writing nothing (1904: %s)", async (date1904) => {
    const { excel, sheet, open, no } = await bookWithSegment(date1904);
    const book = await open();
    await book.readContactSheet({});
    sheet.setRaw(ROWS, 1, "Edited by hand");
    const before = JSON.stringify(excel.book.snapshot());
    const first = String(values[1][0]);
    await expect(addContacts(book, ctx, { segmentNo: no, groups: byNo(first), options: NO_OPTIONS })).rejects.toThrow(
      /contact sheet "Contacts" changed while this action was running.*Nothing was written/,
    );
    expect(JSON.stringify(excel.book.snapshot())).toBe(before);
  });
});
