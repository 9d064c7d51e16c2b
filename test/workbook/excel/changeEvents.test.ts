/**
 * The pane's watch on the workbook, against the fake with the playground's event sources (Excel's worksheet events
 * fired by hand edits in the grid).
 */
import { addEventSources } from "../../../playground/src/pane/eventSources";
import { WorkbookEvents } from "../../../playground/src/workbook/events";
import { GridOps } from "../../../playground/src/workbook/gridOps";
import { watchWorkbookChanges } from "../../../src/workbook/excel/changeEvents";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

async function watched(apiVersion: string) {
  const excel = fakeWithContacts(SMALL_CONTACTS, { apiVersion });
  excel.book.putSheet("Notes", [["note"]]);
  const events = new WorkbookEvents(excel.book);
  addEventSources(events);
  const grid = new GridOps(excel.book, events);
  const heard = jest.fn();
  await watchWorkbookChanges(excelHost(excel), heard);
  return { excel, grid, heard };
}

describe.each(["1.7", "1.9", "1.17"])("watching the workbook on ExcelApi %s", (apiVersion) => {
  it("hears a hand edit on any sheet that existed", async () => {
    const { excel, grid, heard } = await watched(apiVersion);
    grid.editCell(excel.book.sheet("Contacts")!, 2, 1, "Changed");
    await settled();
    expect(heard).toHaveBeenCalledTimes(1);
    grid.editCell(excel.book.sheet("Notes")!, 0, 0, "other");
    await settled();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe("renames", () => {
  it("are heard where Excel reports them (1.17)", async () => {
    const { excel, grid, heard } = await watched("1.17");
    grid.renameSheet(excel.book.sheet("Notes")!, "Contacts old");
    await settled();
    expect(heard).toHaveBeenCalled();
  });
});
