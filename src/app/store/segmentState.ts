/**
 * A segment as one action sees it (header, lines, criteria, Go Back history) and the single commit that writes
 * an action's result: changed lines and criteria by key, the header's counts, the history. Every action (Add,
 * Reduce, Refine, Reuse Criteria, Go Back, Go Forward) goes through here, so the rules live once.
 */
import { Checkpoint } from "../../domain/segments/checkpoint";
import { hasNumber, sortedNumbers } from "../../domain/sortedNumbers";
import { countActions, type CriteriaLine } from "../../domain/segments/criteria";
import { DomainError } from "../../domain/errors";
import type {
  CriteriaRow,
  HistoryEntry,
  LineRow,
  RowSnapshot,
  SegmentContent,
  SegmentHistory,
} from "../../domain/segments/history";
import { foldCase } from "../../domain/text";
import type { SegmentLine } from "../../domain/segments/line";
import { keyOf, NO_EXTRA_CELLS } from "./rows";
import { SEGMENT_CRITERIA, SEGMENT_LINES, SEGMENTS, type SheetSpec } from "./sheetSpecs";
import { missingSheets } from "./dedicatedSheets";
import { applySheetChangeToRows } from "./applySheetChange";
import { historyChange, loadHistory, type StoredHistory } from "./historyRows";
import { recordedPlaces, recordPlaces } from "./historyPlaces";
import { placeRows, sameRelativeOrder, type RowPlace, type SegmentRowKey } from "./rowPlaces";
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

/** A snapshot's extra cells when the row has none: shared, as NO_EXTRA_CELLS is (docs/decisions.md §D83). */
const NO_SNAPSHOT_EXTRA: RowSnapshot<object>["extra"] = Object.freeze([]);

export function toSnapshot<R>(row: StoredRow<R>): RowSnapshot<R> {
  return { record: row.record, extra: row.extra.size === 0 ? NO_SNAPSHOT_EXTRA : [...row.extra] };
}

function toStored(row: RowSnapshot<object>): StoredRow<object> {
  return { record: row.record, extra: row.extra.length === 0 ? NO_EXTRA_CELLS : new Map(row.extra) };
}

/**
 * Writes `content` and `history` in place of the state's: one commit, all or nothing. `restoring` is the history
 * entry Go Back or Go Forward applied: its rows go back where they stood (docs/workbook-contract.md §3.1).
 */
export async function commitSegment(
  book: SegmentBook,
  state: SegmentState,
  content: SegmentContent,
  history: SegmentHistory,
  restoring?: HistoryEntry,
): Promise<void> {
  const { segment } = state;
  const header = segmentRow(
    segment.row.record,
    content.lines.map((l) => l.record),
    content.criteria.map((c) => c.record),
  );
  // The segment's lines still in the order the add-in left them (the checkpoint), or sorted since.
  const orderKept = sameRelativeOrder(
    [...state.stored.history.checkpoint.keys()],
    state.content.lines.map((l) => l.record.lineNo),
  );
  const { deletedRows: linesGone, ...lines } = rowsChange(
    SEGMENT_LINES,
    segment.sheets.lines,
    state.content.lines,
    content.lines,
    {
      places: restoring && restoredPlaces(restoring.delta.insertLines, recordedPlaces(restoring, "lines")),
      orderKept,
    },
  );
  const { deletedRows: _criteria, ...criteria } = rowsChange(
    SEGMENT_CRITERIA,
    segment.sheets.criteria,
    state.content.criteria,
    content.criteria,
    {
      places: restoring && restoredPlaces(restoring.delta.insertCriteria, recordedPlaces(restoring, "criteria")),
      orderKept: true,
    },
  );
  const keys = <R extends object>(rows: readonly StoredRow<R>[], spec: SheetSpec) =>
    rows.map((row) => keyOf(spec, row.record));
  const placed = recordPlaces(history, (entry) => state.stored.steps.has(entry), segment.row.record.no, {
    lines: () => keys(segment.sheets.lines, SEGMENT_LINES),
    criteria: () => keys(segment.sheets.criteria, SEGMENT_CRITERIA),
  });
  // The checkpoint keeps the lines in the order they will stand on the sheet, so a later Go Back can tell a sort.
  const lineNos = ownLinesAfter(state, content, lines, linesGone);
  const checkpoint = inSheetOrder(lineNos, placed.checkpoint);
  await book.commit({
    createSheets: await missingSheets(book),
    sheets: [
      lines,
      criteria,
      { spec: SEGMENTS, update: [stored(header, segment.row.extra)] },
      historyChange(state.stored, { ...placed, checkpoint }),
    ],
  });
}

/**
 * The Line No. of the segment's own lines in the order the change leaves them on the sheet. A change that places no
 * row (all but Go Back and Go Forward) keeps the rows it keeps where they stand and appends the rest: that order is
 * taken from the rows themselves, without the key of every row of the sheet (docs/decisions.md §D93).
 */
function ownLinesAfter(
  state: SegmentState,
  content: SegmentContent,
  change: SheetChange,
  deletedRows: ReadonlySet<LineRow>,
): number[] {
  const { segment } = state;
  const no = segment.row.record.no;
  const own = sortedNumbers(content.lines.map((l) => l.record.lineNo));
  const ownLine = (line: SegmentLine) => sameNo(line.segmentNo, no) && hasNumber(own, line.lineNo);
  if (change.insertBefore && change.insertBefore.size > 0) {
    const sheetAfter = applySheetChangeToRows(SEGMENT_LINES, segment.sheets.lines, change);
    return sheetAfter
      .map((row) => row.record as SegmentLine)
      .filter(ownLine)
      .map((line) => line.lineNo);
  }
  // The segment's rows on the sheet are state.content.lines, in sheet order; those the change does not delete stay.
  const lineNos: number[] = [];
  for (const row of state.content.lines)
    if (!deletedRows.has(row) && ownLine(row.record)) lineNos.push(row.record.lineNo);
  for (const row of change.insert ?? []) {
    const line = row.record as SegmentLine;
    if (ownLine(line)) lineNos.push(line.lineNo);
  }
  return lineNos;
}

/** The prints of `lineNos` in that order (blank when none), then the others the checkpoint holds. */
function inSheetOrder(lineNos: readonly number[], prints: ReadonlyMap<number, string>): Checkpoint {
  const placed = sortedNumbers(lineNos);
  const others: number[] = [];
  prints.forEach((_, no) => {
    if (!hasNumber(placed, no)) others.push(no);
  });
  const lineNoAt = (i: number) => (i < lineNos.length ? lineNos[i] : others[i - lineNos.length]);
  return Checkpoint.of(lineNos.length + others.length, lineNoAt, (i) => prints.get(lineNoAt(i)) ?? "");
}

/** The rows an entry puts back, each with its recorded place. */
function restoredPlaces<R>(
  rows: readonly RowSnapshot<R>[],
  places: readonly (RowPlace | undefined)[],
): Map<RowSnapshot<R>, RowPlace | undefined> {
  return new Map(rows.map((row, i) => [row, places[i]]));
}

/**
 * Rows are the same objects when unchanged: the rest are deleted by key or inserted. Rows an entry puts back go
 * where they stood (rowPlaces.ts); new rows go after the last row.
 */
function rowsChange<R extends SegmentRowKey>(
  spec: SheetSpec,
  sheet: readonly StoredRow<R>[],
  before: readonly RowSnapshot<R>[],
  after: readonly RowSnapshot<R>[],
  restore: { places?: ReadonlyMap<RowSnapshot<R>, RowPlace | undefined>; orderKept: boolean },
): SheetChange & { readonly deletedRows: ReadonlySet<RowSnapshot<R>> } {
  // One set, not one per side: what is left of `before` once the rows of `after` are taken out is what goes.
  const gone = new Set<RowSnapshot<R>>(before);
  const inserted = after.filter((row) => !gone.delete(row));
  const deleteKeys: string[] = [];
  for (const row of gone) deleteKeys.push(keyOf(spec, row.record));
  const places = restore.places ?? new Map<RowSnapshot<R>, RowPlace | undefined>();
  const fresh = inserted.filter((row) => !places.has(row));
  const toPlace = inserted.filter((row) => places.has(row));
  // Nothing to put back (an Add, a Reduce): the sheet's keys are not built for nothing (docs/decisions.md §D83).
  const doomed = toPlace.length > 0 ? new Set(deleteKeys) : undefined;
  const placed = doomed
    ? placeRows(
        spec,
        sheet.map((row) => row.record).filter((record) => !doomed.has(keyOf(spec, record))),
        toPlace.map((row) => ({ record: row.record, place: places.get(row), row })),
        restore.orderKept,
      )
    : { rows: [], before: new Map<string, string>() };
  return {
    spec,
    deleteKeys,
    insert: [...placed.rows.map(({ row }) => toStored(row)), ...fresh.map(toStored)],
    insertBefore: placed.before,
    deletedRows: gone,
  };
}

const sameNo = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

export const lineRow = (record: SegmentLine): LineRow => ({ record, extra: NO_SNAPSHOT_EXTRA });
export const criteriaRow = (record: CriteriaLine): CriteriaRow => ({ record, extra: NO_SNAPSHOT_EXTRA });

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
