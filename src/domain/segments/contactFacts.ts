import { BOOL_TRUE, cellText } from "../contacts/column";
import type { FieldId } from "../contacts/fields";
import type { ContactTable } from "../contacts/table";
import type { CorrespondenceType } from "./header";

/** What a segment needs to know about one contact row, read from the recognised columns. */
export interface ContactFacts {
  readonly row: number;
  readonly no: string;
  readonly name: string;
  readonly isCompany: boolean;
  /** The company's No. (a company's own No.); "" for an independent person. */
  readonly companyNo: string;
  /** The company's name: its contact row's Name when on the sheet, else the Company Name column. */
  readonly companyName: string;
  readonly salespersonCode: string;
  readonly correspondenceType: CorrespondenceType;
  readonly languageCode: string;
  readonly email: string;
  readonly excluded: boolean;
}

/** The fields that decide who is a company and whose, and who is excluded: what a step reads besides its filters. */
export const LINK_FIELDS: readonly FieldId[] = ["no", "type", "companyNo", "excludeFromSegment"];

/** The fields a step's make-up counts besides the links (docs/decisions.md §D42): what a preview reads. */
export const MAKE_UP_FIELDS: readonly FieldId[] = [...LINK_FIELDS, "salespersonCode", "correspondenceType", "email"];

/** The fields contactFacts reads: what filling a line (or logging it) needs of a contact. */
export const FACT_FIELDS: readonly FieldId[] = [
  ...LINK_FIELDS,
  "name",
  "companyName",
  "salespersonCode",
  "correspondenceType",
  "languageCode",
  "email",
];

export function fieldText(table: ContactTable, field: FieldId, row: number): string {
  const index = table.fieldColumns[field];
  return index === undefined ? "" : cellText(table.columns[index], row);
}

export function isExcluded(table: ContactTable, row: number): boolean {
  const index = table.fieldColumns.excludeFromSegment;
  if (index === undefined) return false;
  const column = table.columns[index];
  return column.type === "boolean" && column.values[row] === BOOL_TRUE;
}

export function correspondenceTypeOf(text: string): CorrespondenceType {
  const key = text.replace(/[\s-]/g, "").toLowerCase();
  if (key === "email" || key === "epost") return "Email";
  if (key === "hardcopy" || key === "papper" || key === "papperskopia") return "Hard Copy";
  return "";
}

export function contactFacts(table: ContactTable, row: number): ContactFacts {
  const isCompany = table.isCompany[row] === 1;
  const companyRow = table.companyRow[row];
  const ownCompanyNo = fieldText(table, "companyNo", row);
  const companyNo = isCompany ? table.numbers[row] : companyRow >= 0 ? table.numbers[companyRow] : ownCompanyNo;
  const companyName = isCompany
    ? fieldText(table, "name", row)
    : companyRow >= 0
      ? fieldText(table, "name", companyRow)
      : companyNo === ""
        ? ""
        : fieldText(table, "companyName", row);
  return {
    row,
    no: table.numbers[row],
    name: fieldText(table, "name", row),
    isCompany,
    companyNo,
    companyName,
    salespersonCode: fieldText(table, "salespersonCode", row),
    correspondenceType: correspondenceTypeOf(fieldText(table, "correspondenceType", row)),
    languageCode: fieldText(table, "languageCode", row),
    email: fieldText(table, "email", row),
    excluded: isExcluded(table, row),
  };
}
