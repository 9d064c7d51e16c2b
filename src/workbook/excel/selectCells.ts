/**
 * Puts Excel's cursor on cells the pane talks about (a problem on the contact sheet), so "every result in the pane
 * can take the user to its cells". Range.select is ExcelApi 1.1, activate 1.1.
 */
import { excelError } from "./errors";
import type { ExcelHost } from "./host";

/** `address`: A1 on the sheet ("C14", "14:14", "C:C"). */
export async function selectCells(host: ExcelHost, sheetName: string, address: string): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    try {
      await context.sync();
    } catch (error) {
      throw excelError(error, `selecting ${sheetName}!${address}`);
    }
  });
}
