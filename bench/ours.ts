/** Ours: the contact table built from the 2-D values, and the step run through the filter compiler. */
import { buildContactTable } from "../src/domain/contacts";
import type { Column } from "../src/domain/contacts/column";
import type { ContactTable } from "../src/domain/contacts/table";
import { matchGroups } from "../src/domain/segments/matchStep";
import { MAILING_HEADER, NAME_HEADER, NUMBER_HEADER, SHEET_NAME, type Sheet } from "./data";
import type { Engine } from "./engine";

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

/**
 * The table built and made ready for the step, as arquero's build is: text columns fold their dictionaries when a
 * filter first needs them, so the two text columns the step filters on are folded here, inside the timing.
 */
export function buildFilterable(sheet: Sheet): Build {
  const built = buildTable(sheet);
  for (const header of [NAME_HEADER, MAILING_HEADER]) {
    const column = columnOf(built.table, undefined, header);
    if (column.type === "text" && column.folded.length === 0) throw new Error(`${header} has no dictionary`);
  }
  return built;
}

/** The step as the Add use case runs it: one group of three conditions through matchGroups (compile + evaluate). */
export function oursEngine(table: ContactTable): Engine {
  const mailing = columnOf(table, table.fieldColumns.mailingGroups, MAILING_HEADER);
  const number = columnOf(table, undefined, NUMBER_HEADER);
  columnOf(table, table.fieldColumns.name, NAME_HEADER);
  if (mailing.type !== "text" || !mailing.multiValued)
    throw new Error(`${MAILING_HEADER} is not a multi-valued column`);
  if (number.type !== "number") throw new Error(`${NUMBER_HEADER} is a ${number.type} column, not a number column`);
  return {
    name: "ours",
    run(query) {
      const group = [
        { table: "Contact", field: MAILING_HEADER, filter: query.expressions.mailingGroups },
        { table: "Contact", field: NAME_HEADER, filter: query.expressions.name },
        { table: "Contact", field: NUMBER_HEADER, filter: query.expressions.number },
      ] as const;
      const selected = matchGroups(table, [group], ENV);
      return { rows: () => selected.toArray() };
    },
  };
}

function columnOf(table: ContactTable, index: number | undefined, header: string): Column {
  const at = index ?? table.columns.findIndex((column) => column.header === header);
  const column = table.columns[at];
  if (!column) throw new Error(`The contact table has no ${header} column`);
  return column;
}
