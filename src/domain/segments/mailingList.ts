/**
 * Export mailing list (docs/decisions.md §D10, BC's Export Contacts): a segment's contacts as a clean list, with the
 * counts of what was left out, and the list as CSV that opens cleanly in Excel and cannot run as formulas there.
 */
import type { ContactTable } from "../contacts/table";
import { BOOL_TRUE, cellText } from "../contacts/column";
import type { FieldId } from "../contacts/fields";
import { foldCase } from "../text";
import type { SegmentLine } from "./line";
import { contactRowOfLine } from "./lineContact";

export const MAILING_LIST_HEADER = [
  "No.",
  "Name",
  "Company Name",
  "E-Mail",
  "Correspondence Type",
  "Language Code",
  "Salesperson Code",
] as const;
const FIELDS: readonly FieldId[] = [
  "no",
  "name",
  "companyName",
  "email",
  "correspondenceType",
  "languageCode",
  "salespersonCode",
];
const EMAIL = FIELDS.indexOf("email");

export interface MailingListCounts {
  /** Contacts on the list. */
  readonly listed: number;
  /** Left out because Exclude from Segment is set on the contact. */
  readonly excluded: number;
  /** Left out because the list is for e-mail and the contact has none. */
  readonly noEmail: number;
  /** Left out because a contact earlier on the list has the same e-mail (case ignored). */
  readonly duplicateEmail: number;
  /** Lines whose contact is blank or no longer on the contact sheet. */
  readonly notOnSheet: number;
  /** Lines of a contact already listed from an earlier line. */
  readonly repeatedContact: number;
}

export interface MailingList {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly counts: MailingListCounts;
}

export interface MailingListInput {
  readonly table: ContactTable;
  readonly lines: readonly SegmentLine[];
  /** The list is for e-mail: contacts without one are left out. */
  readonly emailOnly: boolean;
}

/** The contacts of the lines in Line No. order, from the contact sheet as it is now. */
export function buildMailingList(input: MailingListInput): MailingList {
  const { table, emailOnly } = input;
  const lines = [...input.lines].sort((a, b) => a.lineNo - b.lineNo);
  const exclude = table.fieldColumns.excludeFromSegment;
  const excludeColumn = exclude === undefined ? undefined : table.columns[exclude];
  const seenRows = new Set<number>();
  const seenEmails = new Set<string>();
  const rows: string[][] = [];
  let excluded = 0;
  let noEmail = 0;
  let duplicateEmail = 0;
  let notOnSheet = 0;
  let repeatedContact = 0;
  for (const line of lines) {
    const row = contactRowOfLine(table, line);
    if (row < 0) {
      notOnSheet++;
      continue;
    }
    if (seenRows.has(row)) {
      repeatedContact++;
      continue;
    }
    seenRows.add(row);
    if (excludeColumn?.type === "boolean" && excludeColumn.values[row] === BOOL_TRUE) {
      excluded++;
      continue;
    }
    const values = FIELDS.map((field) => fieldText(table, field, row));
    const email = foldCase(values[EMAIL]);
    if (email === "") {
      if (emailOnly) {
        noEmail++;
        continue;
      }
    } else if (seenEmails.has(email)) {
      duplicateEmail++;
      continue;
    }
    if (email !== "") seenEmails.add(email);
    rows.push(values);
  }
  return {
    header: [...MAILING_LIST_HEADER],
    rows,
    counts: { listed: rows.length, excluded, noEmail, duplicateEmail, notOnSheet, repeatedContact },
  };
}

function fieldText(table: ContactTable, field: FieldId, row: number): string {
  const index = table.fieldColumns[field];
  const own = index === undefined ? "" : cellText(table.columns[index], row).trim();
  if (own !== "" || field !== "companyName") return own;
  // A person whose Company Name cell is blank still belongs to the company its Company No. names.
  const company = table.companyRow[row];
  return company >= 0 && company !== row ? fieldText(table, "name", company) : "";
}

/** OWASP's CSV injection list (and ASVS's NUL): a cell starting with one of these is read as a formula. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** OWASP: a single quote in front makes Excel take the cell as text. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: every field quoted (as OWASP also advises), quotes doubled, records ended by CRLF. */
function csvField(text: string): string {
  return `"${neutraliseCell(text).replace(/"/g, '""')}"`;
}

/** The list as CSV text with a UTF-8 byte order mark, so Excel opens it as UTF-8 (Å, Ö stay themselves). */
export function mailingListCsv(list: Pick<MailingList, "header" | "rows">): string {
  const records = [list.header, ...list.rows].map((cells) => cells.map(csvField).join(",") + "\r\n");
  return "\uFEFF" + records.join("");
}
