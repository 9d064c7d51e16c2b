/** How many contacts a step's conditions could not judge, per column: their cells there are errors, formulas without a result or stray values. */
import type { ContactTable } from "../contacts/table";
import { resolveField } from "./fieldResolution";
import type { FilterGroup } from "./step";

export interface UnjudgedColumn {
  /** The column as criteria name it (a recognised field's caption, else the header). */
  readonly caption: string;
  /** Contacts with such a cell in the column: no condition on it selects them. */
  readonly count: number;
}

/** One entry per contact column a step filters on that has contacts it cannot judge, in the order first named. */
export function unjudgedColumns(table: ContactTable, groups: readonly FilterGroup[]): UnjudgedColumn[] {
  const seen = new Set<number>();
  const out: UnjudgedColumn[] = [];
  for (const group of groups) {
    for (const condition of group) {
      if (condition.table !== "Contact") continue;
      const { columnIndex, column, caption } = resolveField(table, condition.field);
      if (seen.has(columnIndex)) continue;
      seen.add(columnIndex);
      const count = column.unjudgedRows?.length ?? 0;
      if (count > 0) out.push({ caption, count });
    }
  }
  return out;
}

/** "3 contacts could not be judged: error or uncomputed cells in Employees", one sentence per column. */
export function describeUnjudged(columns: readonly UnjudgedColumn[]): string[] {
  return columns.map(
    ({ caption, count }) =>
      `${count} ${count === 1 ? "contact" : "contacts"} could not be judged: error, uncomputed or mistyped cells in ${caption}.`,
  );
}
