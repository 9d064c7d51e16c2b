/**
 * Apply Mailing Group (docs/business-rules.md §9, Ex 15): the code joins the Mailing Groups of every contact on the segment's
 * lines; Delete Old Assignments first takes it from every contact of the sheet (BC does so for the whole database).
 * Only cells whose text changes are planned, so the confirmation counts exactly the contacts that change.
 */
import type { ContactSheetInput } from "../contacts/sheetInput";
import type { ContactTable } from "../contacts/table";
import { cellText } from "../contacts/column";
import { fieldSpec } from "../contacts/fields";
import { DomainError } from "../errors";
import { foldCase } from "../text";
import type { SegmentLine } from "./line";
import { contactRowOfLine } from "./lineContact";

/** Filter syntax (a range, an OR, a wildcard) or a list separator: BC wants exactly one code. */
const NOT_ONE_CODE = /[|&()<>=*?@';,]|\.\./;
/** A code written into a cell must never read as a formula, whatever the gateway (docs/workbook-contract.md §4). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The code as typed, trimmed; an error in BC's words when it is blank, a filter or a list. */
export function mailingGroupCode(typed: string): string {
  const code = typed.trim();
  if (code === "") throw new DomainError("Specify a Mailing Group Code.", "validation", { key: "mailing-group-blank" });
  if (NOT_ONE_CODE.test(code) || FORMULA_START.test(code)) {
    throw new DomainError(`Specify a Mailing Group Code. "${typed}" is not one code: no filter, list or leading = + - @.`, "validation", {
      key: "mailing-group-not-one-code",
      typed,
    });
  }
  return code;
}

/** The values of a multi-valued cell, split as the contact table splits them (on ; or ,, trimmed, blanks dropped). */
export function splitValues(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** The cell's own separator, so a list the user writes "A, B" stays written that way. */
function separatorOf(text: string): string {
  return text.includes(",") && !text.includes(";") ? ", " : "; ";
}

/** The cell with the code appended, or undefined when the cell has it already (ignoring case). */
export function withCode(text: string, code: string): string | undefined {
  const values = splitValues(text);
  if (values.some((v) => foldCase(v) === foldCase(code))) return undefined;
  return values.length === 0 ? code : `${text.trim()}${separatorOf(text)}${code}`;
}

/** The cell without the code, or undefined when it did not have it. */
export function withoutCode(text: string, code: string): string | undefined {
  const values = splitValues(text);
  const kept = values.filter((v) => foldCase(v) !== foldCase(code));
  return kept.length === values.length ? undefined : kept.join(separatorOf(text));
}

export interface MailingGroupCellChange {
  /** Contact row of the table. */
  readonly row: number;
  readonly sheetRow: number;
  readonly contactNo: string;
  readonly before: string;
  readonly after: string;
}

export interface MailingGroupPlan {
  readonly code: string;
  /** 0-based sheet column of the Mailing Groups column, existing or to add. */
  readonly column: number;
  readonly header: string;
  /** The contact sheet has no Mailing Groups column: it is added at the right end of the header. */
  readonly addColumn: boolean;
  readonly changes: readonly MailingGroupCellChange[];
  /** Segment contacts that get the code. */
  readonly added: number;
  /** Contacts outside the segment that lose it (Delete Old Assignments). */
  readonly removed: number;
  /** Segment contacts that had it already (left as they are). */
  readonly alreadyAssigned: number;
  /** Contact Nos. of lines whose contact is not on the contact sheet (nothing to write for them). */
  readonly notOnSheet: readonly string[];
}

export interface MailingGroupInput {
  readonly table: ContactTable;
  /** The sheet as read, for each cell's text as the user wrote it (separators kept). */
  readonly sheet: ContactSheetInput;
  readonly lines: readonly SegmentLine[];
  readonly code: string;
  readonly deleteOld: boolean;
}

export function planMailingGroup(input: MailingGroupInput): MailingGroupPlan {
  const { table, lines, deleteOld } = input;
  const code = mailingGroupCode(input.code);
  const index = table.fieldColumns.mailingGroups;
  const existing = index === undefined ? undefined : table.columns[index];
  const column = existing ? existing.sheetColumn : Math.max(-1, ...table.columns.map((c) => c.sheetColumn)) + 1;
  const text = (row: number) => (existing ? cellTextAsWritten(input.sheet, table, existing.sheetColumn, row, cellText(existing, row)) : "");

  const members = new Set<number>();
  const notOnSheet = new Set<string>();
  for (const line of lines) {
    const row = contactRowOfLine(table, line);
    if (row >= 0) members.add(row);
    else if (line.contactNo.trim() !== "") notOnSheet.add(line.contactNo);
  }

  const changes: MailingGroupCellChange[] = [];
  const change = (row: number, before: string, after: string) =>
    changes.push({ row, sheetRow: table.sheetRows[row], contactNo: table.numbers[row], before, after });
  let added = 0;
  let removed = 0;
  let alreadyAssigned = 0;
  for (let row = 0; row < table.rowCount; row++) {
    const member = members.has(row);
    if (!member && !deleteOld) continue;
    const before = text(row);
    if (member) {
      const after = withCode(before, code);
      if (after === undefined) alreadyAssigned++;
      else {
        added++;
        change(row, before, after);
      }
    } else {
      const after = withoutCode(before, code);
      if (after !== undefined) {
        removed++;
        change(row, before, after);
      }
    }
  }
  const header = existing ? existing.header : fieldSpec("mailingGroups").caption;
  return { code, column, header, addColumn: !existing, changes, added, removed, alreadyAssigned, notOnSheet: [...notOnSheet] };
}

/** A cell's text as typed (a string keeps its own separators); other values as the table reads them. */
function cellTextAsWritten(sheet: ContactSheetInput, table: ContactTable, sheetColumn: number, row: number, fallback: string): string {
  const r = table.sheetRows[row] - (sheet.firstRow ?? 1);
  const value = sheet.values[r]?.[sheetColumn - (sheet.firstColumn ?? 0)];
  return typeof value === "string" ? value : fallback;
}
