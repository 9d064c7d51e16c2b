/**
 * A segment as one action sees it (header, lines, criteria, Go Back history) and the single commit that writes
 * an action's result: changed lines and criteria by key, the header's counts, the history. Every action (Add,
 * Reduce, Refine, Reuse Criteria, Go Back, Go Forward) goes through here, so the rules live once.
 */
import { countActions, type CriteriaLine } from "../../domain/segments/criteria";
import { DomainError } from "../../domain/errors";
import type { CriteriaRow, LineRow, RowSnapshot, SegmentContent, SegmentHistory } from "../../domain/segments/history";
import type { SegmentLine } from "../../domain/segments/line";
import { keyOf } from "./rows";
import { SEGMENT_CRITERIA, SEGMENT_LINES, SEGMENTS, type SheetSpec } from "./sheetSpecs";
import { missingSheets } from "./dedicatedSheets";
import { historyChange, loadHistory, type StoredHistory } from "./historyRows";
import type { SegmentBook, SheetChange, StoredRow } from "./ports";
import { loadSegment, segmentRow, stored, type LoadedSegment } from "./segmentRecords";

export interface SegmentState {
  readonly segment: LoadedSegment;
  readonly content: SegmentContent;
  readonly stored: StoredHistory;
}

export async function loadSegmentState(book: SegmentBook, segmentNo: string): Promise<SegmentState> {
  return segmentState(book, await loadSegment(book, segmentNo));
}

/** A loaded segment with its history; previews skip this, since the history is only needed to write. */
export async function segmentState(book: SegmentBook, segment: LoadedSegment): Promise<SegmentState> {
  const stored = await loadHistory(book, segment.row.record.no);
  const content = { lines: segment.lines.map(toSnapshot), criteria: segment.criteria.map(toSnapshot) };
  return { segment, content, stored };
}

export function toSnapshot<R>(row: StoredRow<R>): RowSnapshot<R> {
  return { record: row.record, extra: [...row.extra] };
}

function toStored(row: RowSnapshot<object>): StoredRow<object> {
  return { record: row.record, extra: new Map(row.extra) };
}

/** Writes `content` and `history` in place of the state's: one commit, all or nothing. */
export async function commitSegment(
  book: SegmentBook,
  state: SegmentState,
  content: SegmentContent,
  history: SegmentHistory,
): Promise<void> {
  const header = segmentRow(
    state.segment.row.record,
    content.lines.map((l) => l.record),
    content.criteria.map((c) => c.record),
  );
  await book.commit({
    createSheets: await missingSheets(book),
    sheets: [
      rowsChange(SEGMENT_LINES, state.content.lines, content.lines),
      rowsChange(SEGMENT_CRITERIA, state.content.criteria, content.criteria),
      { spec: SEGMENTS, update: [stored(header, state.segment.row.extra)] },
      historyChange(state.stored, history),
    ],
  });
}

/** Rows are the same objects when unchanged: the rest are deleted by key or inserted. */
function rowsChange<R extends object>(
  spec: SheetSpec,
  before: readonly RowSnapshot<R>[],
  after: readonly RowSnapshot<R>[],
): SheetChange {
  const kept = new Set<RowSnapshot<R>>(after);
  const was = new Set<RowSnapshot<R>>(before);
  return {
    spec,
    deleteKeys: before.filter((row) => !kept.has(row)).map((row) => keyOf(spec, row.record)),
    insert: after.filter((row) => !was.has(row)).map(toStored),
  };
}

export const lineRow = (record: SegmentLine): LineRow => ({ record, extra: [] });
export const criteriaRow = (record: CriteriaLine): CriteriaRow => ({ record, extra: [] });

/**
 * Reuse Criteria and Reuse Segment append to a segment that may already have steps: BC asks first (default No);
 * the pane asks, the command wants --force. `what` says what would be added.
 */
export function confirmAppendingSteps(state: SegmentState, what: string, confirmed: boolean | undefined): void {
  const actions = countActions(state.content.criteria.map((c) => c.record));
  if (actions === 0 || confirmed) return;
  throw new DomainError(
    `Segment ${state.segment.row.record.no} already has ${actions} criteria action${actions === 1 ? "" : "s"}; ${what} would be added after them. Confirm to go on (the command: --force).`,
    "confirm",
    { key: "confirm-append", segmentNo: state.segment.row.record.no, actions, what },
  );
}
