/**
 * Reuse Segment (docs/business-rules.md §5.5 with docs/decisions.md §D4): a line per entry of a logged segment, in entry-number order,
 * filled from the header as a new line is (docs/business-rules.md §2.2) and then given the entry's campaign. Unlike BC, canceled entries
 * and excluded contacts are left out unless asked for; no duplicate check, as in BC.
 */
import type { ContactTable } from "../contacts/table";
import { contactFacts } from "../segments/contactFacts";
import type { SegmentHeader } from "../segments/header";
import { fillLine, LINE_NO_STEP, nextLineNo, type SegmentLine } from "../segments/line";
import { criteriaLinesForStep, nextCriteriaLineNo } from "../segments/criteria";
import { applyDelta, type SegmentContent, type SegmentDelta } from "../segments/history";
import { NO_OPTIONS, type StepSpec } from "../segments/step";
import { foldCase } from "../text";
import type { InteractionTemplate } from "./template";
import type { InteractionLogEntry } from "./logEntry";

export interface ReuseSegmentInput {
  readonly header: SegmentHeader;
  readonly template: InteractionTemplate | undefined;
  /** The segment's current lines. */
  readonly lines: readonly SegmentLine[];
  readonly loggedEntryNo: number;
  /** The entries of that logged segment. */
  readonly entries: readonly InteractionLogEntry[];
  readonly table: ContactTable;
  readonly includeExcluded: boolean;
  readonly includeCanceled: boolean;
}

export interface ReuseSegmentPlan {
  readonly newLines: readonly SegmentLine[];
  readonly skippedCanceled: number;
  readonly skippedExcluded: number;
  /** Entries whose contact is no longer on the contact sheet (deleted, or erased on request). */
  readonly skippedMissing: number;
  /** The criteria BC writes: Add Contacts with Allow Existing Contacts + the Logged Segment Entry No. filter. */
  readonly step: StepSpec;
}

export function planReuseSegment(input: ReuseSegmentInput): ReuseSegmentPlan {
  const { header, table } = input;
  let skippedCanceled = 0;
  let skippedExcluded = 0;
  let skippedMissing = 0;
  const newLines: SegmentLine[] = [];
  const first = nextLineNo(input.lines);
  const entries = entriesOfLoggedSegment(input.entries, input.loggedEntryNo);
  for (const entry of entries) {
    const row = table.rowByNumber.get(foldCase(entry.contactNo.trim()));
    if (entry.canceled && !input.includeCanceled) skippedCanceled++;
    else if (row === undefined) skippedMissing++;
    else {
      const contact = contactFacts(table, row);
      if (contact.excluded && !input.includeExcluded) skippedExcluded++;
      else {
        const line = fillLine(header.no, first + newLines.length * LINE_NO_STEP, header, contact, input.template);
        newLines.push({ ...line, campaignNo: entry.campaignNo });
      }
    }
  }
  const step: StepSpec = {
    action: "Add Contacts",
    groups: [[{ table: "Interaction Log", field: "Logged Segment Entry No.", filter: String(input.loggedEntryNo) }]],
    options: { ...NO_OPTIONS, allowExistingContacts: true, ignoreExclusion: input.includeExcluded },
  };
  return { newLines, skippedCanceled, skippedExcluded, skippedMissing, step };
}

/** The entries a logged segment made, in entry-number order: the contacts Reuse Segment concerns. */
export function entriesOfLoggedSegment(
  entries: readonly InteractionLogEntry[],
  loggedEntryNo: number,
): InteractionLogEntry[] {
  return entries.filter((e) => e.loggedSegmentEntryNo === loggedEntryNo).sort((a, b) => a.entryNo - b.entryNo);
}

/** The plan's lines and criteria applied to a segment's content, with the delta that undoes them (Go Back). */
export function applyReuse(
  content: SegmentContent,
  segmentNo: string,
  plan: ReuseSegmentPlan,
): { content: SegmentContent; inverse: SegmentDelta } {
  const criteria = criteriaLinesForStep(
    segmentNo,
    nextCriteriaLineNo(content.criteria.map((c) => c.record)),
    plan.step,
  );
  return applyDelta(content, {
    insertLines: plan.newLines.map((record) => ({ record, extra: [] })),
    deleteLineNos: [],
    insertCriteria: criteria.map((record) => ({ record, extra: [] })),
    deleteCriteriaLineNos: [],
  });
}

/** What Go Back calls the action. */
export const REUSE_SEGMENT_ACTION = "Reuse Segment";
