/** The sheets and tables contacts may be read from, through office-js: two syncs, names and visibility only. */
import type { ContactSourceList } from "../../app/store/ports";
import { contactSourceList } from "../contactSources";

export async function listSources(context: Excel.RequestContext): Promise<ContactSourceList> {
  const sheets = context.workbook.worksheets.load("items/name, items/visibility");
  await context.sync();
  // Tables of visible sheets only: a hidden sheet's are never offered, so they are not fetched.
  const visible = sheets.items.filter((sheet) => sheet.visibility === "Visible");
  const tables = visible.map((sheet) => sheet.tables.load("items/name"));
  if (visible.length > 0) await context.sync();
  return contactSourceList(
    visible.map((sheet, i) => ({
      name: sheet.name,
      visible: true,
      tables: tables[i].items.map((table) => table.name),
    })),
  );
}
