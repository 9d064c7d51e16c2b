/**
 * Erasing a contact for a data-protection request: its segment lines go, and its interaction log entries keep
 * their counts and costs under a pseudonym, so logged segments and totals still add up. Go Back history that
 * holds a copy of the contact's lines is cleared, or Go Back could bring the contact back.
 */
import { DomainError } from "../errors";
import { foldCase } from "../text";
import type { SegmentHistory } from "./history";
import type { SegmentLine } from "./line";

/** The fields of an Interaction Log entry that name the contact. */
export interface ContactIdentity {
  readonly entryNo: number;
  readonly contactNo: string;
  readonly contactCompanyNo: string;
  readonly contactName: string;
}

const PSEUDONYM = /^ERASED-(\d+)$/i;

/** The contact number as typed, trimmed; blank is refused. */
export function erasedContactNo(typed: string): string {
  const no = typed.trim();
  if (no === "") throw new DomainError("Give the No. of the contact to erase.", "validation");
  return no;
}

const sameContact = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

/**
 * ERASED-n with n one past the largest already on the log: one pseudonym per erased contact, so the number of
 * distinct contacts of a logged segment stays right, and none of the old number survives in it.
 */
export function nextPseudonym(entries: readonly ContactIdentity[]): string {
  let last = 0;
  for (const entry of entries) {
    const match = PSEUDONYM.exec(entry.contactNo.trim());
    if (match) last = Math.max(last, Number(match[1]));
  }
  return `ERASED-${last + 1}`;
}

export interface ErasurePlan<E extends ContactIdentity> {
  readonly contactNo: string;
  /** Segment lines of the contact, to delete. */
  readonly lines: readonly SegmentLine[];
  /** The contact's entries with its No. and name replaced (a company's own Company No. too); everything else kept. */
  readonly entries: readonly E[];
  /** "" when the contact has no entries. */
  readonly pseudonym: string;
}

export function planErasure<E extends ContactIdentity>(
  typedNo: string,
  lines: readonly SegmentLine[],
  entries: readonly E[],
): ErasurePlan<E> {
  const typed = erasedContactNo(typedNo);
  const own = entries.filter((entry) => sameContact(entry.contactNo, typed));
  const ownLines = lines.filter((line) => sameContact(line.contactNo, typed));
  const pseudonym = own.length > 0 ? nextPseudonym(entries) : "";
  return {
    // As the workbook spells it, when it has it.
    contactNo: (ownLines[0]?.contactNo ?? own[0]?.contactNo ?? typed).trim(),
    lines: ownLines,
    entries: own.map((entry) => ({
      ...entry,
      contactNo: pseudonym,
      contactName: pseudonym,
      // A company's entries carry its own No. as Company No.; a person's company is not the person's data.
      contactCompanyNo: sameContact(entry.contactCompanyNo, typed) ? pseudonym : entry.contactCompanyNo,
    })),
    pseudonym,
  };
}

/** Whether Go Back or Go Forward could put a line of the contact back. */
export function historyMentions(history: SegmentHistory, contactNo: string): boolean {
  return [...history.undo, ...history.redo].some((entry) =>
    entry.delta.insertLines.some((row) => sameContact(row.record.contactNo, contactNo)),
  );
}

/**
 * The history once the contact's lines are gone: nothing to go back or forward to (the steps held the contact or
 * line numbers it no longer matches), and the deleted lines leave the checkpoint, so they are not reported as
 * deleted by hand while other hand edits still are.
 */
export function historyAfterErasure(history: SegmentHistory, erasedLineNos: readonly number[]): SegmentHistory {
  const checkpoint = new Map(history.checkpoint);
  for (const lineNo of erasedLineNos) checkpoint.delete(lineNo);
  return { undo: [], redo: [], checkpoint };
}
