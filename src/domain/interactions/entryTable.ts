/**
 * Interaction Log entries as columns, for criteria on a contact's interaction history (docs/business-rules.md §3.1's Interaction Log Entry
 * row): the same filter language runs on them, and each entry knows its contact's row on the contact sheet.
 */
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  isoToSerial,
  numberColumn,
  textColumn,
  type Column,
} from "../contacts/column";
import { headerKey } from "../contacts/fields";
import type { ContactTable } from "../contacts/table";
import { DomainError } from "../errors";
import { foldCase } from "../text";

/** A column of the Interaction Log as the workbook contract names it (the app layer passes the schema's). */
export interface EntryField {
  readonly header: string;
  readonly prop: string;
  readonly kind: "text" | "number" | "integer" | "date" | "boolean";
}

export interface EntryTable {
  readonly rowCount: number;
  readonly fields: readonly EntryField[];
  readonly columns: readonly Column[];
  /** The contact-sheet row of each entry's contact; -1 when the contact is not on the sheet. */
  readonly contactRows: Int32Array;
}

export function buildEntryTable(
  entries: readonly object[],
  fields: readonly EntryField[],
  contacts: ContactTable,
  contactProp = "contactNo",
): EntryTable {
  const columns = fields.map((field, index) => columnOf(field, index, entries));
  const contactRows = Int32Array.from(
    entries,
    (entry) => contacts.rowByNumber.get(foldCase(String(Reflect.get(entry, contactProp) ?? "").trim())) ?? -1,
  );
  return { rowCount: entries.length, fields, columns, contactRows };
}

function columnOf(field: EntryField, index: number, entries: readonly object[]): Column {
  const info = { header: field.header, sheetColumn: index };
  const values = entries.map((entry): unknown => Reflect.get(entry, field.prop));
  switch (field.kind) {
    case "text":
      return textColumn(
        info,
        values.map((v) => (v === null || v === undefined ? "" : String(v).trim())),
      );
    case "number":
    case "integer":
      return numberColumn(
        info,
        "number",
        Float64Array.from(values, (v) => (typeof v === "number" ? v : NaN)),
      );
    case "date":
      return numberColumn(
        info,
        "date",
        Float64Array.from(values, (v) => (typeof v === "string" && v !== "" ? isoToSerial(v) : NaN)),
      );
    case "boolean":
      return booleanColumn(
        info,
        Uint8Array.from(values, (v) => (v === true ? BOOL_TRUE : v === false ? BOOL_FALSE : BOOL_BLANK)),
      );
  }
}

/** The entry column a condition names, by header (case, spaces and punctuation ignored). */
export function resolveEntryField(
  entries: EntryTable,
  name: string,
): { index: number; column: Column; caption: string } {
  const key = headerKey(name);
  const index = entries.fields.findIndex((field) => headerKey(field.header) === key);
  if (index < 0) {
    const headers = entries.fields.map((field) => field.header).join(", ");
    throw new DomainError(`"${name}" is not a column of the Interaction Log. Use one of: ${headers}.`, "unknown-field");
  }
  return { index, column: entries.columns[index], caption: entries.fields[index].header };
}

/**
 * The Interaction Log columns offered for conditions, in the order a marketer looks for them: what the interaction
 * was (docs/business-rules.md §3.1's request-page fields first), then its outcome and its flow. Left out are the columns that identify the
 * contact or only keep the books (Entry No., Contact No., Contact Name, Time, Logged Segment Entry No., User ID):
 * a condition on the contact belongs on the contact sheet. Headers are what resolveEntryField takes; kinds are the
 * log's own (a test holds both to the workbook's Interaction Log).
 */
export const ENTRY_FILTER_FIELDS = [
  { header: "Interaction Template Code", kind: "text" },
  { header: "Interaction Group Code", kind: "text" },
  { header: "Date", kind: "date" },
  { header: "Segment No.", kind: "text" },
  { header: "Campaign No.", kind: "text" },
  { header: "Salesperson Code", kind: "text" },
  { header: "Evaluation", kind: "text" },
  { header: "Canceled", kind: "boolean" },
  { header: "Attempt Failed", kind: "boolean" },
  { header: "Campaign Target", kind: "boolean" },
  { header: "Campaign Response", kind: "boolean" },
  { header: "Information Flow", kind: "text" },
  { header: "Initiated By", kind: "text" },
  { header: "Correspondence Type", kind: "text" },
  { header: "Cost (LCY)", kind: "number" },
  { header: "Duration (Min.)", kind: "number" },
  { header: "Subject", kind: "text" },
] as const satisfies readonly Pick<EntryField, "header" | "kind">[];

export type EntryFilterHeader = (typeof ENTRY_FILTER_FIELDS)[number]["header"];
