import type { ColumnType } from "../../../../domain/contacts/column";
import { FIELD_SPECS, type ContactTable, type FieldId } from "../../../../domain/contacts";
import { ENTRY_FILTER_FIELDS, type EntryFilterHeader } from "../../../../domain/interactions/entryTable";
import type { ConditionTable } from "../../../../domain/segments/step";

/** One entry of the field picker: what is sent as Condition.table and .field, and how to name it. */
export interface FieldChoice {
  /** The picker's option value: a contact field and an Interaction Log column may share a name (Salesperson Code). */
  readonly key: string;
  readonly table: ConditionTable;
  /** A recognised field's English caption (resolveField knows it in any language), the header as on the sheet, or the log's header. */
  readonly value: string;
  readonly field?: FieldId;
  /** An Interaction Log column, captioned in the pane's language. */
  readonly entry?: EntryFilterHeader;
  readonly header: string;
  /** What the column holds: the operator menu offers only what the filter language accepts for it. */
  readonly kind: ColumnType;
}

/** The option value of a condition's field; contact fields keep their name so a draft reads as it always did. */
export const choiceKey = (table: ConditionTable, field: string): string =>
  table === "Contact" ? field : `${table}\u0001${field}`;

/**
 * The recognised fields in BC's order, then every other header of the contact sheet in sheet order, then the
 * Interaction Log's columns. Those are offered even before anything is logged: the use cases then match nobody,
 * which is the true answer, and the pane need not read the log to draw a picker.
 */
export function fieldChoices(table: Pick<ContactTable, "columns">): FieldChoice[] {
  const recognised: FieldChoice[] = [];
  const others: FieldChoice[] = [];
  for (const column of table.columns) {
    const kind = column.type;
    if (column.field) {
      const value = FIELD_SPECS.find((s) => s.id === column.field)!.caption;
      recognised.push({
        key: choiceKey("Contact", value),
        table: "Contact",
        value,
        field: column.field,
        header: column.header,
        kind,
      });
    } else if (column.header.trim() !== "") {
      others.push({
        key: choiceKey("Contact", column.header),
        table: "Contact",
        value: column.header,
        header: column.header,
        kind,
      });
    }
  }
  const order = (choice: FieldChoice) => FIELD_SPECS.findIndex((s) => s.id === choice.field);
  const entries = ENTRY_FILTER_FIELDS.map(({ header, kind }): FieldChoice => ({
    key: choiceKey("Interaction Log", header),
    table: "Interaction Log",
    value: header,
    entry: header,
    header,
    kind,
  }));
  return [...recognised.sort((a, b) => order(a) - order(b)), ...others, ...entries];
}
