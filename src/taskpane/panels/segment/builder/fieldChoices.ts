import { FIELD_SPECS, type ContactTable, type FieldId } from "../../../../domain/contacts";

/** One entry of the field picker: what is sent as Condition.field, and how to name it. */
export interface FieldChoice {
  /** A recognised field's English caption (resolveField knows it in any language) or the header as on the sheet. */
  readonly value: string;
  readonly field?: FieldId;
  readonly header: string;
}

/** The recognised fields in BC's order, then every other header of the contact sheet in sheet order. */
export function fieldChoices(table: Pick<ContactTable, "columns">): FieldChoice[] {
  const recognised: FieldChoice[] = [];
  const others: FieldChoice[] = [];
  for (const column of table.columns) {
    if (column.field) recognised.push({ value: FIELD_SPECS.find((s) => s.id === column.field)!.caption, field: column.field, header: column.header });
    else if (column.header.trim() !== "") others.push({ value: column.header, header: column.header });
  }
  const order = (choice: FieldChoice) => FIELD_SPECS.findIndex((s) => s.id === choice.field);
  return [...recognised.sort((a, b) => order(a) - order(b)), ...others];
}
