/** The contact table: read a contact sheet into columns, with its numbers and company links. */
export { buildContactTable, contactTableSteps, type BuiltContactTable } from "./buildContactTable";
export { ContactTableError } from "./contactTableError";
export type { ContactSheetInput } from "./sheetInput";
export type { ContactTable, Problem, CellRef } from "./table";
export {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  cellText,
  encodedMultiColumn,
  encodedTextColumn,
  isoToSerial,
  listOf,
  multiColumn,
  numberColumn,
  rowCountOf,
  serialToIso,
  textColumn,
  type BooleanColumn,
  type Column,
  type ColumnInfo,
  type ColumnType,
  type MultiColumn,
  type NumberColumn,
  type TextColumn,
} from "./column";
export type { Codes } from "./codes";
export { FIELD_SPECS, fieldSpec, headerKey, recogniseField, type FieldId, type FieldSpec } from "./fields";
export { ERROR_VALUES, normaliseText } from "./cells";
export { isDateFormat } from "./numberFormat";
export { columnLetter } from "./problems";
