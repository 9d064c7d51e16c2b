/**
 * Tells the pane when Excel reports a change in the workbook, so reads kept for live counts are dropped.
 * ExcelApi 1.9 has one event for every sheet; on 1.7 and 1.8 each sheet that exists now gets its own (a sheet added
 * later is not watched there, which is acceptable: the contacts and the add-in's sheets exist before any count).
 * A renamed sheet changes which sheet a name finds, so renames count as changes where Excel reports them (1.17).
 */
import type { ExcelHost } from "./host";

export async function watchWorkbookChanges(host: ExcelHost, onChange: () => void): Promise<void> {
  const handler = async () => onChange();
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (host.isSetSupported("1.9")) {
      sheets.onChanged.add(handler);
    } else {
      sheets.load("items/name");
      await context.sync();
      for (const sheet of sheets.items) sheet.onChanged.add(handler);
    }
    if (host.isSetSupported("1.17")) sheets.onNameChanged.add(handler);
    await context.sync();
  });
}
