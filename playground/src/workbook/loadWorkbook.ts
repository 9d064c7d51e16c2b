/** Puts a workbook converted at build time (playground/build/xlsxToJson.js) into the Excel fake's model. */
import type { WorkbookJson } from "../../build/xlsxToJson";
import { BookModel } from "../../../test/support/excelFake/model";

export function loadWorkbook(json: WorkbookJson, book = new BookModel()): BookModel {
  for (const sheetJson of json.sheets) {
    const sheet = book.putSheet(sheetJson.name, sheetJson.values);
    sheet.visibility = sheetJson.visibility;
    // One format run per column stretch, not per cell: a date column of 100k rows stays one interval.
    const byColumn = new Map<number, [number, string][]>();
    for (const [row, column, format] of sheetJson.formats)
      byColumn.set(column, [...(byColumn.get(column) ?? []), [row, format]]);
    for (const [column, cells] of byColumn) {
      cells.sort((a, b) => a[0] - b[0]);
      let start = 0;
      for (let i = 1; i <= cells.length; i++) {
        const [row, format] = cells[i] ?? [];
        if (row === cells[i - 1][0] + 1 && format === cells[i - 1][1]) continue;
        sheet.setFormat(cells[start][0], cells[i - 1][0], column, cells[start][1]);
        start = i;
      }
    }
  }
  const firstVisible = book.sheets.findIndex((sheet) => sheet.visibility === "Visible");
  book.activeSheet = Math.max(0, firstVisible);
  return book;
}
