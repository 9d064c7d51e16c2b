import { BookModel } from "../support/excelFake/model";
import { WorkbookEvents, type WorkbookEvent } from "../../playground/src/workbook/events";
import { GridOps } from "../../playground/src/workbook/gridOps";

/** A book with a title row, a blank row, a header and four contacts, as the sample has. */
function setUp() {
  const book = new BookModel();
  const sheet = book.putSheet("Contacts", [
    ["Contacts exported"],
    [],
    ["No.", "Name", "Employees"],
    ["K1", "Östlund", 12],
    ["K2", "Andersson", ""],
    ["K3", "Zeta", 3],
    ["K4", "ärlig", "many"],
  ]);
  const events = new WorkbookEvents(book);
  const fired: WorkbookEvent[] = [];
  events.on("WorksheetChanged", (event) => void fired.push(event));
  events.on("WorksheetNameChanged", (event) => void fired.push(event));
  return { book, sheet, events, fired, ops: new GridOps(book, events) };
}

const column = (sheet: ReturnType<typeof setUp>["sheet"], c: number) => [3, 4, 5, 6].map((r) => sheet.value(r, c));
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the playground grid's operations", () => {
  it("types into a cell as Excel parses it and fires RangeEdited after the edit", async () => {
    const { sheet, ops, fired, events } = setUp();
    ops.editCell(sheet, 3, 2, "42");
    expect(sheet.value(3, 2)).toBe(42);
    expect(fired).toEqual([]); // handlers run after the edit, never inside it
    await delivered();
    expect(fired).toEqual([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        address: "C4",
        source: "Local",
        worksheetId: events.idOf(sheet),
      },
    ]);
  });

  it("deletes a row, moving the rows below up, hidden rows and tables with them", async () => {
    const { book, sheet, ops, fired } = setUp();
    sheet.hiddenRows.add(6).add(7);
    const table = book.putTable("People", "Contacts", 2, 0, 3, 4);
    ops.deleteRow(sheet, 4);
    expect(column(sheet, 0)).toEqual(["K1", "K3", "K4", ""]);
    expect([...sheet.hiddenRows].sort()).toEqual([5, 6]);
    expect(table.bodyRows).toBe(3);
    ops.deleteRow(sheet, 0);
    expect(table.top).toBe(1);
    expect(() => ops.deleteRow(sheet, 1)).toThrow(/header row of table People/);
    await delivered();
    expect(fired.map((e) => e.type === "WorksheetChanged" && e.address)).toEqual(["5:5", "1:1"]);
  });

  it("sorts the current region below its header: numbers, then text in the locale's order, blanks last either way", async () => {
    const { sheet, ops, fired } = setUp();
    ops.sortRows(sheet, 4, 2, false, "sv-SE");
    expect(column(sheet, 2)).toEqual([3, 12, "many", ""]);
    ops.sortRows(sheet, 4, 1, false, "sv-SE");
    expect(column(sheet, 1)).toEqual(["Andersson", "Zeta", "ärlig", "Östlund"]);
    ops.sortRows(sheet, 4, 2, true, "sv-SE");
    expect(column(sheet, 2)).toEqual(["many", 12, 3, ""]);
    expect(sheet.value(0, 0)).toBe("Contacts exported");
    expect(sheet.value(2, 0)).toBe("No.");
    await delivered();
    expect(fired.map((e) => e.type === "WorksheetChanged" && e.address)).toEqual(["A4:C7", "A4:C7", "A4:C7"]);
  });

  it("renames a sheet under Excel's rules and fires WorksheetNameChanged", async () => {
    const { book, sheet, ops, fired } = setUp();
    book.addSheet("Other");
    expect(() => ops.renameSheet(sheet, "other")).toThrow(/already exists/);
    expect(() => ops.renameSheet(sheet, "a/b")).toThrow(/cannot contain/);
    expect(() => ops.renameSheet(sheet, "x".repeat(32))).toThrow(/31 characters/);
    ops.renameSheet(sheet, "Kontakter");
    expect(book.sheet("Kontakter")).toBe(sheet);
    await delivered();
    expect(fired).toMatchObject([{ type: "WorksheetNameChanged", nameBefore: "Contacts", nameAfter: "Kontakter" }]);
  });

  it("fires nothing while Runtime.enableEvents is off, and refuses edits on a protected sheet", async () => {
    const { book, sheet, ops, fired } = setUp();
    book.eventsEnabled = false;
    ops.editCell(sheet, 3, 1, "x");
    sheet.protected = true;
    expect(() => ops.editCell(sheet, 3, 1, "y")).toThrow(/protected/);
    await delivered();
    expect(fired).toEqual([]);
  });
});
