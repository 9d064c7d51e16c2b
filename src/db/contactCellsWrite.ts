/**
 * Apply Mailing Group's cells written into a database's contact table (docs/decisions.md §D89). A table has no
 * sheet rows: each cell is found by its contact's number, folded as every lookup folds it (so the README's index
 * on the number serves it), and written only while it still holds the text the plan was made from. A cell another
 * user changed meanwhile refuses the whole change as stale, as a sheet refuses a moved header; the caller's
 * transaction then writes nothing.
 */
import type { ClientBase } from "pg";
import type { ContactCellsChange } from "../app/store/ports";
import { splitValues } from "../domain/segments/mailingGroups";
import { DomainError } from "../domain/errors";
import { columnReadSql, contactKeySql, type ContactRelation } from "./concernSql";
import { quoteIdent } from "./sqlNames";

type StoredColumn = ContactRelation["columns"][number];
const CHUNK_CELLS = 5000;

export async function writeContactCells(
  client: ClientBase,
  relation: ContactRelation,
  noColumn: StoredColumn,
  column: StoredColumn,
  change: ContactCellsChange,
): Promise<void> {
  const target = quoteIdent(column.name);
  // A blank cell is NULL in a table; a list column takes the values as the contact table splits them.
  const newValue =
    column.kind === "array"
      ? `CASE WHEN v.after = '' THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(v.list::jsonb)) END`
      : `NULLIF(v.after, '')`;
  const text = `UPDATE ${relation.name} AS c SET ${target} = ${newValue}
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(no, before, after, list)
WHERE ${contactKeySql(columnReadSql(noColumn.name, noColumn.kind, "c"))} = ${contactKeySql("v.no")}
  AND coalesce(${columnReadSql(column.name, column.kind, "c")}::text, '') = v.before
RETURNING v.no`;
  for (let at = 0; at < change.cells.length; at += CHUNK_CELLS) {
    const cells = change.cells.slice(at, at + CHUNK_CELLS);
    const written = await client.query<{ no: string }>(text, [
      cells.map((cell) => cell.contactNo),
      cells.map((cell) => cell.before),
      cells.map((cell) => cell.value),
      cells.map((cell) => JSON.stringify(splitValues(cell.value))),
    ]);
    const found = new Set(written.rows.map((row) => row.no));
    const changed = cells.find((cell) => !found.has(cell.contactNo));
    if (changed) {
      throw new DomainError(
        `Contact ${changed.contactNo}: its ${change.header} in ${relation.name} changed (or the contact went) since it was read. Nothing was written; apply the group again.`,
        "stale",
      );
    }
  }
}
