/** An exported mailing list as a new plain sheet: every column text-formatted, so nothing becomes a formula. */
import type { NewSheet } from "../../app/store/ports";
import { DomainError } from "../../domain/errors";
import { checkSheetName } from "../../app/store/excelLimits";
import { customOp, valuesOps, type WriteOp } from "./writeOps";

/** Refuses a name the workbook already has (Excel compares sheet names ignoring case). */
export async function checkNewSheets(context: Excel.RequestContext, sheets: readonly NewSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  for (const sheet of sheets) checkSheetName(sheet.name);
  const existing = context.workbook.worksheets.load("items/name");
  await context.sync();
  for (const sheet of sheets) {
    const clash = existing.items.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
    if (clash)
      throw new DomainError(
        `The workbook already has a sheet named "${clash.name}". Choose another name.`,
        "duplicate-sheet",
      );
  }
}

export function newSheetOps(sheet: NewSheet, chunkBytes?: number): WriteOp[] {
  const width = sheet.header.length;
  const cells = [[...sheet.header], ...sheet.rows.map((row) => sheet.header.map((_, i) => row[i] ?? ""))];
  return [
    customOp(100, (context) => void context.workbook.worksheets.add(sheet.name)),
    ...valuesOps(sheet.name, 0, 0, cells, new Array(width).fill("@"), chunkBytes),
    customOp(
      100,
      (context) =>
        void (context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(0, 0, 1, width).format.font.bold =
          true),
    ),
  ];
}
