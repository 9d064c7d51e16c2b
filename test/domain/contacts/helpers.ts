import {
  buildContactTable,
  cellText,
  ContactTableError,
  type Column,
  type ContactSheetInput,
  type ContactTable,
} from "../../../src/domain/contacts";

export type Input = Partial<ContactSheetInput>;

export function build(values: readonly (readonly unknown[])[], extra: Input = {}) {
  return buildContactTable({ sheetName: "Contacts", locale: "en", ...extra, values });
}

export function tableOf(values: readonly (readonly unknown[])[], extra: Input = {}): ContactTable {
  return build(values, extra).table;
}

export function columnOf(table: ContactTable, header: string): Column {
  const column = table.columns.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}; have ${table.columns.map((c) => c.header).join(", ")}`);
  return column;
}

/** Every row's text in a column, as the pane would show it. */
export function texts(table: ContactTable, header: string): string[] {
  const column = columnOf(table, header);
  return Array.from({ length: table.rowCount }, (_, r) => cellText(column, r));
}

export function buildError(values: readonly (readonly unknown[])[], extra: Input = {}): ContactTableError {
  try {
    build(values, extra);
  } catch (error) {
    if (error instanceof ContactTableError) return error;
    throw error;
  }
  throw new Error("expected a ContactTableError");
}

export function codesOf(problems: readonly { code: string }[]): string[] {
  return problems.map((p) => p.code);
}
