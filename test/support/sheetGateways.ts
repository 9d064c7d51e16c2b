/**
 * One book on each gateway Go Back writes through, with what a user does to a dedicated sheet by hand (add a column
 * of their own, sort the rows) and the sheet read back cell by cell by something other than the gateway: the xlsx
 * gateway on a real file (edited and read by exceljs), ExcelBook on the Excel fake (edited and read on its model),
 * and the in-memory book.
 */
import * as path from "path";
import type { SegmentBook } from "../../src/app/store/ports";
import { ExcelBook } from "../../src/workbook/excel/excelBook";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { excelHost, fakeWithContacts } from "./excelFake/host";
import { MemoryBook } from "./memoryBook";
import { editBook, gridOf, setCell, sheetValues, writeWorkbook } from "./workbooks";

export interface SheetGateway {
  readonly name: string;
  /** Runs a use case on the book as a fresh action (the command: open, act, save). */
  use<T>(action: (book: SegmentBook) => Promise<T>): Promise<T>;
  /** Every cell of the sheet from A1 to its last used row and column, blanks as "". */
  cells(sheetName: string): Promise<unknown[][]>;
  /** The user adds a column right of the sheet's last column, with a value for each row below the header. */
  addColumn(sheetName: string, header: string, value: (row: number) => string | number | boolean | null): Promise<void>;
  /** The user sorts the rows below the header. */
  sortRows(sheetName: string, compare: (a: unknown[], b: unknown[]) => number): Promise<void>;
}

/** A grid with blanks as "" and without trailing blank rows and columns, so every gateway's reading compares. */
export function usedGrid(rows: readonly (readonly unknown[])[]): unknown[][] {
  const grid = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : cell)));
  while (grid.length > 0 && grid[grid.length - 1].every((cell) => cell === "")) grid.pop();
  const used = (row: readonly unknown[]) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    return end;
  };
  const width = Math.max(0, ...grid.map(used));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

export async function xlsxGateway(dir: string, contacts: readonly (readonly unknown[])[]): Promise<SheetGateway> {
  const file = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: contacts }]);
  return {
    name: "xlsx",
    async use(action) {
      const book = await XlsxBook.open(file);
      const result = await action(book);
      await book.save();
      return result;
    },
    cells: async (sheetName) => usedGrid(await sheetValues(file, sheetName)),
    addColumn: (sheetName, header, value) =>
      editBook(file, (workbook) => {
        const sheet = workbook.getWorksheet(sheetName)!;
        const grid = usedGrid(gridOf(workbook, sheet));
        const column = grid[0].length + 1;
        setCell(sheet, 1, column, header);
        for (let r = 1; r < grid.length; r++) setCell(sheet, r + 1, column, value(r - 1));
      }),
    sortRows: (sheetName, compare) =>
      editBook(file, (workbook) => {
        const sheet = workbook.getWorksheet(sheetName)!;
        const [, ...body] = usedGrid(gridOf(workbook, sheet));
        [...body].sort(compare).forEach((row, r) => row.forEach((cell, c) => setCell(sheet, r + 2, c + 1, cell)));
      }),
  };
}

export function excelGateway(contacts: readonly (readonly unknown[])[]): SheetGateway {
  const excel = fakeWithContacts(contacts);
  const tableOn = (sheetName: string) => excel.book.tables.find((t) => t.sheet.name === sheetName)!;
  return {
    name: "Excel",
    use: async (action) => action(await ExcelBook.open(excelHost(excel))),
    async cells(sheetName) {
      const sheet = excel.book.sheet(sheetName)!;
      const bounds = sheet.usedBounds();
      if (!bounds) return [];
      const grid: unknown[][] = [];
      for (let r = 0; r <= bounds.bottom; r++) {
        grid.push(Array.from({ length: bounds.right + 1 }, (_, c) => sheet.value(r, c)));
      }
      return usedGrid(grid);
    },
    async addColumn(sheetName, header, value) {
      // Typing right of a table makes Excel grow the table over the new column.
      const table = tableOn(sheetName);
      const column = table.left + table.columns;
      table.sheet.setRaw(table.top, column, header);
      for (let r = 0; r < table.bodyRows; r++) table.sheet.setRaw(table.top + 1 + r, column, value(r) ?? "");
      table.columns++;
    },
    async sortRows(sheetName, compare) {
      const table = tableOn(sheetName);
      const row = (r: number) =>
        Array.from({ length: table.columns }, (_, c) => table.sheet.value(table.top + 1 + r, table.left + c));
      const body = Array.from({ length: table.bodyRows }, (_, r) => row(r)).sort(compare);
      body.forEach((cells, r) =>
        cells.forEach((cell, c) => table.sheet.setRaw(table.top + 1 + r, table.left + c, cell)),
      );
    },
  };
}

export function memoryGateway(contacts: readonly (readonly unknown[])[]): SheetGateway & { book: MemoryBook } {
  const book = new MemoryBook({ sheetName: "Contacts", values: contacts, locale: "en" });
  return {
    name: "memory",
    book,
    use: (action) => action(book),
    cells: async (sheetName) => usedGrid(book.sheetCells(sheetName)),
    addColumn: async (sheetName, header, value) => book.addColumn(sheetName, header, value),
    sortRows: async (sheetName, compare) => book.editRows(sheetName, (rows) => [...rows].sort(compare)),
  };
}
