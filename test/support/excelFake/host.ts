/** The fake as the gateway's ExcelHost, and workbooks to start from. */
import type { ExcelHost } from "../../../src/workbook/excel/host";
import type { FakeExcelOptions } from "./context";
import { FakeExcel } from "./index";

export function excelHost(excel: FakeExcel): ExcelHost {
  return {
    run: (batch, options) => excel.run(batch, options),
    isSetSupported: (version) => excel.isSetSupported("ExcelApi", version),
  };
}

/** A workbook with one sheet of contacts (values from A1, as Range.values gives them: "" for blank). */
export function fakeWithContacts(
  values: readonly (readonly unknown[])[],
  options: FakeExcelOptions = {},
  sheetName = "Contacts",
): FakeExcel {
  const excel = new FakeExcel(options);
  excel.book.putSheet(
    sheetName,
    values.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : cell))),
  );
  return excel;
}
