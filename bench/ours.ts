/** Ours: the contact table built from the 2-D values, and the step run through the filter compiler. */
import { buildContactTable } from "../src/domain/contacts";
import type { Column } from "../src/domain/contacts/column";
import type { ContactTable } from "../src/domain/contacts/table";
import { compileCondition } from "../src/domain/filter";
import { MAILING_HEADER, NAME_HEADER, NUMBER_HEADER, SHEET_NAME, type Sheet } from "./data";
import type { Engine } from "./engine";
import { nowMs } from "./stats";

export const ENV = { today: "2025-06-30", workdate: "2025-06-30", locale: "en" } as const;

export interface Build {
  readonly table: ContactTable;
  readonly warnings: number;
}

export function buildTable(sheet: Sheet): Build {
  const { table, warnings } = buildContactTable({
    sheetName: SHEET_NAME,
    values: sheet.values,
    locale: ENV.locale,
    numberFormats: sheet.numberFormats,
  });
  return { table, warnings: warnings.length };
}

/** Compile the three conditions, match each, AND the bit sets: one Add step's filtering, end to end. */
export function oursEngine(table: ContactTable): Engine {
  const mailing = columnOf(table, table.fieldColumns.mailingGroups, MAILING_HEADER);
  const name = columnOf(table, table.fieldColumns.name, NAME_HEADER);
  const number = columnOf(table, undefined, NUMBER_HEADER);
  if (mailing.type !== "text" || !mailing.multiValued) throw new Error(`${MAILING_HEADER} is not a multi-valued column`);
  if (number.type !== "number") throw new Error(`${NUMBER_HEADER} is a ${number.type} column, not a number column`);
  return {
    name: "ours",
    run(query) {
      const t0 = nowMs();
      const byMailing = compileCondition(query.expressions.mailingGroups, mailing, ENV);
      const byName = compileCondition(query.expressions.name, name, ENV);
      const byNumber = compileCondition(query.expressions.number, number, ENV);
      const t1 = nowMs();
      const mailingRows = byMailing.matchRows();
      const t2 = nowMs();
      const nameRows = byName.matchRows();
      const t3 = nowMs();
      const numberRows = byNumber.matchRows();
      const t4 = nowMs();
      const selected = mailingRows.and(nameRows).and(numberRows);
      const t5 = nowMs();
      return {
        rows: () => selected.toArray(),
        phases: { compile: t1 - t0, match_mailing: t2 - t1, match_name: t3 - t2, match_number: t4 - t3, and: t5 - t4 },
      };
    },
  };
}

function columnOf(table: ContactTable, index: number | undefined, header: string): Column {
  const at = index ?? table.columns.findIndex((column) => column.header === header);
  const column = table.columns[at];
  if (!column) throw new Error(`The contact table has no ${header} column`);
  return column;
}
