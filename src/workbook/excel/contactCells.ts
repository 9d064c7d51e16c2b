/**
 * Apply Mailing Group's cells of the contact sheet (the only write ever made to it), checked like the xlsx gateway
 * checks them: the header still there, or for a new column a blank header cell and blank cells. Cells are written
 * as text in runs of adjacent rows; a new column right of an Excel table is added to the table first (and is
 * taken out again on rollback). The old cells go into the journal.
 */
import type { ContactCellsChange } from "../../app/store/ports";
import { headerKey } from "../../domain/contacts/fields";
import { DomainError } from "../../domain/errors";
import type { Cell } from "../rowCodec";
import { readBlocks } from "./blockRead";
import { customOp, valuesOps, type WriteOp } from "./writeOps";

export interface JournalContactCells {
  readonly sheetName: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** Old cells by 0-based sheet row, in runs. */
  readonly restore: readonly { readonly row: number; readonly cells: Cell[][] }[];
  /** The table that got the new column, with its column count before. */
  readonly table?: { readonly name: string; readonly oldColumns: number; readonly header: string };
}

const letters = (column: number): string =>
  (column >= 26 ? letters(Math.floor(column / 26) - 1) : "") + String.fromCharCode(65 + (column % 26));
const blank = (value: unknown) => value === "" || value === null || value === undefined;

export async function planContactCells(
  context: Excel.RequestContext,
  change: ContactCellsChange,
  chunkBytes?: number,
): Promise<{ ops: WriteOp[]; journal: JournalContactCells }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(change.sheetName);
  const tables = sheet.tables.load("items/name");
  await context.sync();
  if (sheet.isNullObject) throw new DomainError(`The contact sheet "${change.sheetName}" is gone. Try again.`, "stale");
  const worksheet = context.workbook.worksheets.getItem(change.sheetName);

  // The column from the header down to the last row written, as it is now.
  const top = change.headerRow - 1;
  const last = Math.max(top, ...change.cells.map((c) => c.sheetRow - 1));
  const column: unknown[] = [];
  await readBlocks(
    context,
    {
      rows: last - top + 1,
      columns: 1,
      range: (offset, count) => worksheet.getRangeByIndexes(top + offset, change.column, count, 1),
    },
    0,
    16,
    ({ values }) => {
      for (const row of values) column.push(row[0]);
    },
  );
  const at = (row: number) => `${letters(change.column)}${row}`;
  if (change.addColumn) {
    const taken = [change.headerRow, ...change.cells.map((c) => c.sheetRow)].find(
      (row) => !blank(column[row - 1 - top]),
    );
    if (taken !== undefined) {
      throw new DomainError(
        `Cannot add the ${change.header} column to ${change.sheetName}: cell ${at(taken)} is not empty. Make room right of the contact table, or add a ${change.header} column yourself.`,
        "stale",
      );
    }
  } else if (headerKey(String(column[0] ?? "")) !== headerKey(change.header)) {
    throw new DomainError(
      `${change.sheetName}: cell ${at(change.headerRow)} no longer holds the ${change.header} header. Try again.`,
      "stale",
    );
  }

  // A table whose header row is the contacts' header and whose last column is just left of the new one.
  const places = change.addColumn
    ? tables.items.map((table) => ({ table, range: table.getRange().load("rowIndex, columnIndex, columnCount") }))
    : [];
  if (places.length > 0) await context.sync();
  const grown = places.find(
    ({ range }) => range.rowIndex === top && range.columnIndex + range.columnCount === change.column,
  );

  const ops: WriteOp[] = [];
  if (grown) {
    const name = grown.table.name;
    ops.push(
      customOp(200, (ctx) => void ctx.workbook.tables.getItem(name).columns.add(undefined, undefined, change.header)),
    );
  } else if (change.addColumn) {
    ops.push(...valuesOps(change.sheetName, top, change.column, [[change.header]], ["@"], chunkBytes));
  }
  const sorted = [...change.cells].sort((a, b) => a.sheetRow - b.sheetRow);
  const restore: { row: number; cells: Cell[][] }[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].sheetRow === sorted[j - 1].sheetRow + 1) j++;
    const run = sorted.slice(i, j);
    const row = run[0].sheetRow - 1;
    // Always text: a group code such as "=X" or "0012" must not become a formula or a number.
    ops.push(
      ...valuesOps(
        change.sheetName,
        row,
        change.column,
        run.map((c) => [c.value]),
        ["@"],
        chunkBytes,
      ),
    );
    restore.push({ row, cells: run.map((c) => [(column[c.sheetRow - 1 - top] ?? "") as Cell]) });
    i = j;
  }
  if (change.addColumn && !grown) restore.push({ row: top, cells: [[""]] });
  return {
    ops,
    journal: {
      sheetName: change.sheetName,
      column: change.column,
      restore,
      table: grown ? { name: grown.table.name, oldColumns: grown.range.columnCount, header: change.header } : undefined,
    },
  };
}

/** Rollback of the contact cells: the added table column taken out (only if it is still ours), else old cells back. */
export async function restoreContactCells(
  context: Excel.RequestContext,
  journal: JournalContactCells,
  chunkBytes?: number,
): Promise<WriteOp[]> {
  if (journal.table) {
    const columns = context.workbook.tables.getItem(journal.table.name).columns.load("count");
    await context.sync();
    if (columns.count !== journal.table.oldColumns + 1) return [];
    const lastColumn = context.workbook.tables
      .getItem(journal.table.name)
      .columns.getItemAt(columns.count - 1)
      .load("name");
    await context.sync();
    if (lastColumn.name !== journal.table.header) return [];
    const { name, oldColumns } = journal.table;
    return [customOp(100, (ctx) => ctx.workbook.tables.getItem(name).columns.getItemAt(oldColumns).delete())];
  }
  return journal.restore.flatMap(({ row, cells }) =>
    valuesOps(journal.sheetName, row, journal.column, cells, [], chunkBytes),
  );
}
