/**
 * Apply Mailing Group (docs/business-rules.md §9, Ex 15): the code joins the Mailing Groups of every contact on the segment's
 * lines; Delete Old Assignments first takes it from every contact of the sheet (BC does so for the whole database).
 * Only cells whose text changes are planned, so the confirmation counts exactly the contacts that change.
 */
import type { ContactSheetInput } from "../contacts/sheetInput";
import type { ContactTable } from "../contacts/table";
import { cellText, type Column } from "../contacts/column";
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
    throw new DomainError(
      `Specify a Mailing Group Code. "${typed}" is not one code: no filter, list or leading = + - @.`,
      "validation",
      {
        key: "mailing-group-not-one-code",
        typed,
      },
    );
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

const DEFAULT_SEPARATOR = "; ";

/**
 * The first separator between two values of the cell with the spaces around it ("A;B" → ";", "A , B" → " , "),
 * so a list keeps being written the way the user writes it; undefined when the cell holds no separator.
 */
export function separatorIn(text: string): string | undefined {
  const trimmed = text.trim();
  const semicolon = trimmed.indexOf(";");
  const comma = trimmed.indexOf(",");
  const at = semicolon < 0 ? comma : comma < 0 ? semicolon : Math.min(semicolon, comma);
  if (at <= 0 || at === trimmed.length - 1) return undefined;
  let start = at;
  while (start > 0 && isSpace(trimmed[start - 1])) start--;
  let end = at + 1;
  while (end < trimmed.length && isSpace(trimmed[end])) end++;
  return trimmed.slice(start, end);
}

const isSpace = (ch: string) => ch === " " || ch === "\t";

/**
 * The cell with the code appended, or undefined when the cell has it already (ignoring case). The cell's own
 * separator joins it; a cell of one value takes `fallback` (the sheet's usual one).
 */
export function withCode(text: string, code: string, fallback = DEFAULT_SEPARATOR): string | undefined {
  const values = splitValues(text);
  if (values.some((v) => foldCase(v) === foldCase(code))) return undefined;
  return values.length === 0 ? code : `${text.trim()}${separatorIn(text) ?? fallback}${code}`;
}

/** The cell without the code, or undefined when it did not have it. */
export function withoutCode(text: string, code: string): string | undefined {
  const values = splitValues(text);
  const kept = values.filter((v) => foldCase(v) !== foldCase(code));
  return kept.length === values.length ? undefined : kept.join(separatorIn(text) ?? DEFAULT_SEPARATOR);
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
  const index = table.fieldColumns.mailingGroups;
  const existing = index === undefined ? undefined : table.columns[index];
  const code = spellingInUse(existing, mailingGroupCode(input.code));
  const column = existing ? existing.sheetColumn : Math.max(-1, ...table.columns.map((c) => c.sheetColumn)) + 1;
  const text = (row: number) =>
    existing ? cellTextAsWritten(input.sheet, table, existing.sheetColumn, row, cellText(existing, row)) : "";
  const sheetSeparator = usualSeparator(table.rowCount, text);

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
      const after = withCode(before, code, sheetSeparator);
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
  return {
    code,
    column,
    header,
    addColumn: !existing,
    changes,
    added,
    removed,
    alreadyAssigned,
    notOnSheet: [...notOnSheet],
  };
}

/**
 * The code as the Mailing Groups in use already spell it (typed xmas, the sheet has XMAS: XMAS), so one group is
 * never written two ways; the most used spelling when there are several, the typed one when the code is new.
 */
function spellingInUse(column: Column | undefined, code: string): string {
  if (!column || column.type !== "text") return code;
  const target = foldCase(code);
  const candidates = new Map<number, number>();
  column.folded.forEach((folded, i) => {
    if (i > 0 && folded === target) candidates.set(i, 0);
  });
  if (candidates.size === 0) return code;
  if (candidates.size > 1)
    for (const c of column.codes) if (candidates.has(c)) candidates.set(c, candidates.get(c)! + 1);
  let best = -1;
  for (const [c, count] of candidates) if (best < 0 || count > candidates.get(best)!) best = c;
  return column.dictionary[best];
}

/** The separator the sheet's first cell of several values uses, else "; ". */
function usualSeparator(rowCount: number, text: (row: number) => string): string {
  for (let row = 0; row < rowCount; row++) {
    const separator = separatorIn(text(row));
    if (separator !== undefined) return separator;
  }
  return DEFAULT_SEPARATOR;
}

/** A cell's text as typed (a string keeps its own separators); other values as the table reads them. */
function cellTextAsWritten(
  sheet: ContactSheetInput,
  table: ContactTable,
  sheetColumn: number,
  row: number,
  fallback: string,
): string {
  const r = table.sheetRows[row] - (sheet.firstRow ?? 1);
  const value = sheet.values[r]?.[sheetColumn - (sheet.firstColumn ?? 0)];
  return typeof value === "string" ? value : fallback;
}
