/**
 * Puts Excel's cursor on cells the pane talks about (a problem on the contact sheet, a segment's lines), so "every
 * result in the pane can take the user to its cells". Range.select and activate are ExcelApi 1.1; several areas at
 * once ("5:9,12:12") need Worksheet.getRanges, ExcelApi 1.9.
 */
import { excelError } from "./errors";
import type { ExcelHost } from "./host";

/**
 * `address`: A1 on the sheet ("C14", "14:14", "C:C"), or areas separated by commas within Excel's address length
 * limit. A host without ExcelApi 1.9 selects the first area only: the cursor still lands on the first of the cells.
 */
export async function selectCells(host: ExcelHost, sheetName: string, address: string): Promise<void> {
  const areas = address.split(",");
  const several = areas.length > 1 && host.isSetSupported("1.9");
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    if (several) sheet.getRanges(address).select();
    else sheet.getRange(areas[0]).select();
    try {
      await context.sync();
    } catch (error) {
      throw excelError(error, `selecting ${sheetName}!${address}`);
    }
  });
}
