import { columnLetter, type ContactTable, type FieldId, type Problem } from "../../../domain/contacts";

/** Problems beyond this many are counted, not listed: a broken sheet can have one per row. */
export const MAX_LISTED_PROBLEMS = 50;

export interface ColumnLine {
  readonly header: string;
  /** Column letter on the sheet, e.g. "C". */
  readonly letter: string;
  readonly field?: FieldId;
}

export interface ProblemList {
  readonly listed: readonly Problem[];
  /** How many more problems there are than listed. */
  readonly more: number;
}

/** What the Contacts panel shows once the sheet has been read. */
export type ContactsView =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly sheetName: string;
      readonly headerRow: number;
      readonly contactCount: number;
      readonly hiddenRowCount: number;
      readonly columns: readonly ColumnLine[];
      readonly problems: ProblemList;
    }
  | { readonly status: "invalid"; readonly sheetName: string; readonly problems: ProblemList }
  /** choosing: the failure came while changing the contact source, which therefore stayed as it was. */
  | { readonly status: "failed"; readonly message: string; readonly choosing?: boolean };

/** Errors first, then warnings, each in sheet order; at most MAX_LISTED_PROBLEMS listed. */
export function listProblems(problems: readonly Problem[]): ProblemList {
  const rank = (p: Problem) => (p.severity === "error" ? 0 : 1);
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
  return { listed: sorted.slice(0, MAX_LISTED_PROBLEMS), more: Math.max(0, sorted.length - MAX_LISTED_PROBLEMS) };
}

export function readyView(table: ContactTable, warnings: readonly Problem[]): ContactsView {
  return {
    status: "ready",
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    contactCount: table.rowCount,
    hiddenRowCount: table.hiddenRowCount,
    columns: table.columns.map((c) => ({ header: c.header, letter: columnLetter(c.sheetColumn), field: c.field })),
    problems: listProblems(warnings),
  };
}

export function invalidView(sheetName: string, problems: readonly Problem[]): ContactsView {
  return { status: "invalid", sheetName, problems: listProblems(problems) };
}

/** Where a problem is, as an A1 address to select: a cell, a whole row or a whole column; undefined for neither. */
export function placeAddress(row: number | undefined, columnLetter: string | undefined): string | undefined {
  if (row !== undefined && columnLetter) return `${columnLetter}${row}`;
  if (row !== undefined) return `${row}:${row}`;
  if (columnLetter) return `${columnLetter}:${columnLetter}`;
  return undefined;
}
