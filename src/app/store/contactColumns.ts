/**
 * The contact sheet with the columns an action does not read left out (docs/decisions.md §D53): what a source read
 * afresh for each action (the command's file) hands a step, so the table is not built for columns nobody reads.
 */
import type { ContactSheetInput } from "../../domain/contacts";
import { isBlankCell, isErrorValue } from "../../domain/contacts/cells";
import { MAX_CELL_TEXT } from "../../domain/contacts/encode";
import { headerKey, recogniseField, type FieldId } from "../../domain/contacts/fields";
import { findHeaderRow, layoutColumns } from "../../domain/contacts/layout";
import { ProblemLog } from "../../domain/contacts/problems";
import { LINK_FIELDS } from "../../domain/segments/contactFacts";
import type { FilterGroup } from "../../domain/segments/step";

/** What an action reads of the contacts: recognised fields, and the columns its conditions name. */
export interface WantedColumns {
  readonly fields: readonly FieldId[];
  readonly groups?: readonly FilterGroup[];
}

/** What a left-out cell with content holds: not blank, not an error value, one code in its column. */
export const LEFT_OUT = "\u2026";

/**
 * The cells of every column the action does not read replaced by LEFT_OUT below the header, in place: for a source
 * that made the rows for this one read (so 100,000 rows are not copied). Only a
 * column that is a recognised text or list field (its first column) is left out: their values cannot be stray, so
 * the table's warnings and errors stay exactly those of the whole sheet as long as blank cells stay blank, error
 * values stay themselves and a text over a cell's limit stays itself. Every other column (No., Type, Company No. and
 * Exclude from Segment, whose links and numbers have errors and warnings of their own, the asked fields, the columns
 * a condition names, headerless and ordinary columns, whose type is read from their values) is kept whole.
 */
export function leaveOutColumns(input: ContactSheetInput, wanted: WantedColumns): void {
  const values = input.values as unknown[][];
  const headerIndex = findHeaderRow(values);
  if (headerIndex < 0) return;
  let width = 0;
  for (let r = headerIndex; r < values.length; r++) width = Math.max(width, values[r]?.length ?? 0);
  // The links decide errors and warnings of their own (blank and repeated numbers, unknown companies).
  const fields = new Set<FieldId>([...LINK_FIELDS, ...wanted.fields]);
  const names = (wanted.groups ?? []).flatMap((group) =>
    group.filter((condition) => condition.table === "Contact").map((condition) => condition.field),
  );
  const namedFields = new Set(names.map((name) => recogniseField(name)?.id));
  const namedKeys = new Set(names.map(headerKey));
  const slots = layoutColumns(
    {
      headerCells: values[headerIndex] ?? [],
      headerRow: 1,
      width,
      firstColumn: input.firstColumn ?? 0,
      hasData: () => true,
    },
    new ProblemLog(input.sheetName),
  );
  const leftOut = slots
    .filter(
      (slot) =>
        slot.field &&
        slot.field.kind !== "boolean" &&
        !fields.has(slot.field.id) &&
        !namedFields.has(slot.field.id) &&
        !namedKeys.has(headerKey(slot.header)),
    )
    .map((slot) => slot.index);
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (const index of leftOut) {
      const value = row[index];
      if (value === undefined || isBlankCell(value)) {
        if (index < row.length) row[index] = "";
      } else if (!isErrorValue(value) && !(typeof value === "string" && value.length > MAX_CELL_TEXT))
        row[index] = LEFT_OUT;
    }
  }
}
