import type { BitSet } from "../bitset";
import type { ContactTable } from "../contacts/table";
import type { FilterEnv } from "../filter/contract";
import { foldCase } from "../text";
import { companyMembers } from "./companyLinks";
import { contactRowsOfLines } from "./lineContact";
import type { SegmentLine } from "./line";
import type { EntryTable } from "../interactions/entryTable";
import { makeUpOfRows, makeUpOfTallies, type MakeUp, type MakeUpTally } from "./makeUp";
import { matchGroups } from "./matchStep";
import type { FilterGroup } from "./step";

/**
 * The engine behind Reduce and Refine (docs/business-rules.md §4, BC report 5186). Filters are evaluated on the whole sheet
 * (so the matchGroups cache serves previews too); only the segment's lines are acted on, which gives the same
 * result as BC evaluating just the contacts related to the lines. A line is judged by its contact as the sheet has
 * it now (found by Contact No.), not by the Contact Company No. stored on the line: BC would skip a contact whose
 * company changed since it was added; a workbook's lines go stale more easily, so we take the sheet's word.
 */
export interface RemoveContactsInput {
  readonly table: ContactTable;
  /** The segment's current lines (one segment: Line No. identifies a line). */
  readonly lines: readonly SegmentLine[];
  readonly groups: readonly FilterGroup[];
  readonly entireCompanies: boolean;
  readonly env: FilterEnv;
  readonly cache?: Map<string, BitSet>;
  /** The Interaction Log as columns, when a condition filters on it. */
  readonly entries?: EntryTable;
}

/** The counts a `--preview` shows, and the plan's too. */
export interface RemoveContactsCounts {
  /** The segment's distinct contacts that meet the filters themselves (before Entire Companies widens). */
  readonly matched: number;
  /** Lines the step deletes. */
  readonly removedLines: number;
  /** Distinct Contact No.s on those lines (blank ones left out): "removes N contacts". */
  readonly removedContacts: number;
  /** Lines left. */
  readonly kept: number;
  /**
   * Lines whose Contact No. is blank or no longer on the contact sheet. Such a contact can never be in BC's set
   * M, so Refine deletes these lines and Reduce keeps them (RemoveContacts.Report.al, UpdateSegLines).
   */
  readonly unknownContactLines: number;
  /**
   * The step deletes the last line. BC then asks whether to reset the criteria when the segment has more than one
   * criteria action (this step's included); the app layer decides whether to ask.
   */
  readonly emptiesSegment: boolean;
}

/** A preview's counts, and what the contacts it removes (those on the contact sheet) are made of. */
export interface RemoveContactsPreview extends RemoveContactsCounts {
  readonly makeUp: MakeUp;
}

export interface RemoveContactsPlan extends RemoveContactsCounts {
  /** The lines to delete, in the order given (BC deletes in line order and writes one history row each). */
  readonly removed: readonly SegmentLine[];
}

export type RemoveKind = "reduce" | "refine";

/**
 * Whether a line's contact is in BC's final set M. Without Entire Companies: the contact meets the filters.
 * With it (docs/business-rules.md §4): some contact of its company meets them, on the segment or not, so M widens to the whole
 * company; an independent person (or one whose company is not on the sheet, which the contact table treats as
 * independent) is judged on its own. Companies are decided once and remembered.
 */
function inSetM(table: ContactTable, matches: BitSet, entireCompanies: boolean): (row: number) => boolean {
  if (!entireCompanies) return (row) => matches.has(row);
  const members = companyMembers(table);
  // Per company row: 0 = not yet decided, 1 = a member matches, 2 = none does.
  const companyHit = new Uint8Array(table.rowCount);
  return (row) => {
    const company = table.companyRow[row];
    if (company < 0) return matches.has(row);
    if (companyHit[company] === 0) {
      const hit = (members.get(company) ?? [company]).some((member) => matches.has(member));
      companyHit[company] = hit ? 1 : 2;
    }
    return companyHit[company] === 1;
  };
}

interface Decision {
  readonly counts: RemoveContactsCounts;
  readonly removed: SegmentLine[] | undefined;
  /** Contact rows of the removed lines, each once. */
  readonly removedRows: number[];
}

/** Decides every line; `collect` false only counts (the preview path). */
function decide(kind: RemoveKind, input: RemoveContactsInput, collect: boolean): Decision {
  const { table, lines } = input;
  const matches = matchGroups(table, input.groups, input.env, input.cache, input.entries);
  const inM = inSetM(table, matches, input.entireCompanies);
  const removed: SegmentLine[] | undefined = collect ? [] : undefined;
  const rows = contactRowsOfLines(table, lines);
  // Per contact row: 1 = seen on a line, 2 = also counted as removed. Unknown numbers are counted by text.
  const marks = new Uint8Array(table.rowCount);
  const unknownRemoved = new Set<string>();
  let matched = 0;
  let removedLines = 0;
  let removedContacts = 0;
  let unknown = 0;
  const removedRows: number[] = [];
  const refine = kind === "refine";
  for (let i = 0; i < lines.length; i++) {
    const row = rows[i];
    if (row < 0) unknown++;
    else if (marks[row] === 0) {
      marks[row] = 1;
      if (matches.has(row)) matched++;
    }
    // Reduce deletes the lines whose contact is in M; Refine the lines whose contact is not.
    if ((row >= 0 && inM(row)) === refine) continue;
    removedLines++;
    removed?.push(lines[i]);
    if (row >= 0) {
      if (marks[row] !== 2) {
        removedContacts++;
        removedRows.push(row);
      }
      marks[row] = 2;
    } else {
      const key = foldCase(lines[i].contactNo.trim());
      if (key !== "") unknownRemoved.add(key);
    }
  }
  return {
    counts: {
      matched,
      removedLines,
      removedContacts: removedContacts + unknownRemoved.size,
      kept: lines.length - removedLines,
      unknownContactLines: unknown,
      emptiesSegment: removedLines > 0 && removedLines === lines.length,
    },
    removed,
    removedRows,
  };
}

export function planRemoveContacts(kind: RemoveKind, input: RemoveContactsInput): RemoveContactsPlan {
  const { counts, removed } = decide(kind, input, true);
  return { ...counts, removed: removed ?? [] };
}

export function previewRemoveContacts(kind: RemoveKind, input: RemoveContactsInput): RemoveContactsPreview {
  const { counts, removedRows } = decide(kind, input, false);
  return { ...counts, makeUp: makeUpOfRows(input.table, removedRows) };
}

/**
 * A Reduce or Refine counted where the contacts are (docs/decisions.md §D84): the counts of the plan, and the
 * contacts it removes (those on the contact sheet) tallied by what the make-up counts.
 */
export interface RemoveStepCounts extends RemoveContactsCounts {
  readonly removedTallies: readonly MakeUpTally[];
}

/** The preview of counts made elsewhere: what previewRemoveContacts gives for the same lines and contacts. */
export function previewOfRemoveCounts({ removedTallies, ...counts }: RemoveStepCounts): RemoveContactsPreview {
  return { ...counts, makeUp: makeUpOfTallies(removedTallies) };
}

/** The lines left after a plan is applied, in their order: what the app layer writes back. */
export function linesAfterRemoval(lines: readonly SegmentLine[], plan: RemoveContactsPlan): SegmentLine[] {
  const gone = new Set(plan.removed.map((line) => line.lineNo));
  return lines.filter((line) => !gone.has(line.lineNo));
}
