/**
 * A built table with each multi-valued column's layout (docs/decisions.md §D107: a cell per row, values per distinct
 * cell) replaced by what each row holds, as codes into the column's dictionary. The oracle decides what a row holds
 * on its own; how the builder numbers its cells is the builder's business, checked by test/domain/contacts tests.
 */
import type { Column } from "../../../src/domain/contacts/column";
import type { ContactTable } from "../../../src/domain/contacts/table";

export function comparable<B extends { readonly table: ContactTable }>(built: B): B {
  return { ...built, table: { ...built.table, columns: built.table.columns.map(comparableColumn) } };
}

function comparableColumn(column: Column): Column {
  if (column.type !== "text" || !column.multiValued) return column;
  const { cells, cellStarts, codes, ...rest } = column;
  const rows = Array.from(cells, (cell) => Array.from(codes.subarray(cellStarts[cell], cellStarts[cell + 1])));
  return { ...rest, rows } as unknown as Column;
}
