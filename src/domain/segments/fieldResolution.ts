import type { Column } from "../contacts/column";
import { FIELD_SPECS, headerKey, recogniseField } from "../contacts/fields";
import type { ContactTable } from "../contacts/table";
import { DomainError } from "../errors";

export interface ResolvedField {
  readonly columnIndex: number;
  readonly column: Column;
  /** How criteria lines name the field: a recognised field's English caption, else the header as on the sheet. */
  readonly caption: string;
}

/** Finds the column a condition names: a recognised field (any spelling) or any header of the contact sheet. */
export function resolveField(table: ContactTable, name: string): ResolvedField {
  const spec = recogniseField(name);
  if (spec) {
    const index = table.fieldColumns[spec.id];
    if (index !== undefined) return { columnIndex: index, column: table.columns[index], caption: spec.caption };
  }
  const key = headerKey(name);
  const index = table.columns.findIndex((column) => headerKey(column.header) === key);
  if (index >= 0) {
    const column = table.columns[index];
    const caption = column.field ? FIELD_SPECS.find((s) => s.id === column.field)!.caption : column.header;
    return { columnIndex: index, column, caption };
  }
  const headers = table.columns.map((column) => column.header).join(", ");
  throw new DomainError(
    `"${name}" is not a column of the contact sheet ${table.sheetName}. Use one of its headers: ${headers}.`,
    "unknown-field",
    { key: "unknown-field", name, sheet: table.sheetName, headers: table.columns.map((column) => column.header) },
  );
}
