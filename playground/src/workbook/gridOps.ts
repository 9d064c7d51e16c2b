/**
 * What a user does to the workbook in Excel's own grid, done to the fake's model: type into a cell, delete a row,
 * sort rows, rename a sheet. Each fires the event Excel fires for it. These bypass the Excel JS API on purpose:
 * they are the hand edits the add-in must notice (hand changes, co-authors), not requests of the add-in.
 */
import { FakeExcelError, type BookModel, type CellValue, type SheetModel } from "../../../test/support/excelFake/model";
import { columnLetters } from "../../../test/support/excelFake/objects";
import type { WorkbookEvents } from "./events";

/** Excel's rules for a sheet name. */
export function sheetNameProblem(book: BookModel, sheet: SheetModel, name: string): string | undefined {
  if (name.trim() === "") return "A sheet name cannot be blank.";
  if (name.length > 31) return "A sheet name can have at most 31 characters.";
  if (/[\\/?*[\]:]/.test(name)) return "A sheet name cannot contain \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "History is a name Excel reserves.";
  const other = book.sheet(name);
  if (other && other !== sheet) return `A sheet named ${name} already exists.`;
  return undefined;
}

export class GridOps {
  constructor(
    private readonly book: BookModel,
    private readonly events: WorkbookEvents,
  ) {}

  /** Typing into a cell: Excel's parsing applies (numbers, TRUE/FALSE, formulas) unless the cell is text-formatted. */
  editCell(sheet: SheetModel, row: number, column: number, input: string): void {
    this.writable(sheet);
    sheet.setTyped(row, column, input);
    this.changed(sheet, "RangeEdited", `${columnLetters(column)}${row + 1}`);
  }

  /** Deleting a whole row: rows below move up, and a table around it loses a body row. */
  deleteRow(sheet: SheetModel, row: number): void {
    this.writable(sheet);
    const tables = this.book.tables.filter((t) => t.sheet === sheet);
    for (const table of tables) {
      const bottom = table.top + table.bodyRows + (table.showTotals ? 1 : 0);
      if (row === table.top)
        throw new FakeExcelError("InvalidOperation", `Row ${row + 1} is the header row of table ${table.name}.`);
      if (row > table.top && row <= bottom && table.bodyRows === 1)
        throw new FakeExcelError("InvalidOperation", `Table ${table.name} keeps at least one row.`);
    }
    const right = sheet.usedBounds()?.right ?? 0;
    sheet.deleteUp(row, row, 0, right);
    const hidden = [...sheet.hiddenRows];
    sheet.hiddenRows.clear();
    // hiddenRows are 1-based: the deleted row goes, the ones below move up.
    for (const hiddenRow of hidden)
      if (hiddenRow !== row + 1) sheet.hiddenRows.add(hiddenRow > row + 1 ? hiddenRow - 1 : hiddenRow);
    for (const table of tables) {
      if (row < table.top) table.top--;
      else if (row <= table.top + table.bodyRows) table.bodyRows--;
    }
    this.changed(sheet, "RowDeleted", `${row + 1}:${row + 1}`);
  }

  /**
   * Sort A to Z (or Z to A) by one column, as Excel's Sort button does from a selected cell: over the current region
   * (the rows around it up to a blank row, across the used columns), keeping the region's first row as its header.
   * Numbers before text before TRUE/FALSE, blanks last in both orders; text compared as the user's locale does.
   */
  sortRows(sheet: SheetModel, row: number, column: number, descending = false, locale?: string): void {
    this.writable(sheet);
    const bounds = sheet.usedBounds();
    if (!bounds) return;
    const blank = (r: number) => {
      for (let c = bounds.left; c <= bounds.right; c++) if (sheet.value(r, c) !== "") return false;
      return true;
    };
    let top = row;
    while (top > bounds.top && !blank(top - 1)) top--;
    let bottom = row;
    while (bottom < bounds.bottom && !blank(bottom + 1)) bottom++;
    const first = top + 1;
    if (bottom <= first) return;
    const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: false });
    const rows = [];
    for (let r = first; r <= bottom; r++) {
      const cells: { value: CellValue; format: string }[] = [];
      for (let c = bounds.left; c <= bounds.right; c++)
        cells.push({ value: sheet.value(r, c), format: sheet.format(r, c) });
      rows.push(cells);
    }
    const key = column - bounds.left;
    rows.sort((a, b) => {
      const [x, y] = [a[key].value, b[key].value];
      if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
      const order = compareCells(x, y, collator);
      return descending ? -order : order;
    });
    rows.forEach((cells, i) =>
      cells.forEach((cell, c) => {
        sheet.setRaw(first + i, bounds.left + c, cell.value);
        if (cell.format !== sheet.format(first + i, bounds.left + c))
          sheet.setFormat(first + i, first + i, bounds.left + c, cell.format);
      }),
    );
    this.changed(
      sheet,
      "RangeEdited",
      `${columnLetters(bounds.left)}${first + 1}:${columnLetters(bounds.right)}${bottom + 1}`,
    );
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.writable(sheet);
    const problem = sheetNameProblem(this.book, sheet, name);
    if (problem) throw new FakeExcelError("InvalidArgument", problem);
    const nameBefore = sheet.name;
    if (nameBefore === name) return;
    sheet.name = name;
    this.events.fire(sheet, {
      type: "WorksheetNameChanged",
      nameBefore,
      nameAfter: name,
      source: "Local",
      worksheetId: this.events.idOf(sheet),
    });
  }

  private writable(sheet: SheetModel): void {
    if (this.book.readOnly) throw new FakeExcelError("AccessDenied", "The workbook is open read-only.");
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `The sheet ${sheet.name} is protected.`);
  }

  private changed(sheet: SheetModel, changeType: "RangeEdited" | "RowDeleted", address: string): void {
    this.events.fire(sheet, {
      type: "WorksheetChanged",
      changeType,
      address,
      source: "Local",
      worksheetId: this.events.idOf(sheet),
    });
  }
}

const RANK = { number: 0, string: 1, boolean: 2 } as const;

function compareCells(x: CellValue, y: CellValue, collator: Intl.Collator): number {
  const [rx, ry] = [RANK[typeof x as keyof typeof RANK], RANK[typeof y as keyof typeof RANK]];
  if (rx !== ry) return rx - ry;
  if (typeof x === "string") return collator.compare(x, y as string);
  return Number(x) - Number(y);
}
