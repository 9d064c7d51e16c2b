/**
 * Erase a contact (data-protection requests): its lines leave every segment, its Interaction Log entries are
 * anonymised, and Go Back history holding its lines is cleared, in one commit after a confirmation with the counts.
 * The contact sheet is the user's and is not touched: the user deletes the contact's row there.
 */
import { DomainError } from "../domain/errors";
import { historyAfterErasure, historyMentions, planErasure } from "../domain/segments/eraseContact";
import type { SegmentLine } from "../domain/segments/line";
import { foldCase } from "../domain/text";
import { keyOf } from "./store/rows";
import { INTERACTION_LOG, SEGMENT_HISTORY, SEGMENT_LINES, SEGMENTS } from "./store/sheetSpecs";
import { historyChange, parseHistory, type HistoryRow } from "./store/historyRows";
import type { SegmentBook, SheetChange } from "./store/ports";
import { lineFigures, stored } from "./store/segmentRecords";

export interface EraseContactRequest {
  readonly contactNo: string;
  /** The user confirmed: without it nothing is written and the counts say what would change. */
  readonly confirmed: boolean;
}

export interface EraseContactResult {
  readonly contactNo: string;
  readonly written: boolean;
  /** Segment lines deleted, and the segments they were on. */
  readonly lines: number;
  readonly segments: readonly string[];
  /** Interaction Log entries anonymised, and the name they now carry. */
  readonly entries: number;
  readonly pseudonym: string;
  /** Segments whose Go Back / Go Forward history was cleared. */
  readonly historiesCleared: readonly string[];
  /** Rows changed in all (lines deleted, entries rewritten, segment headers recounted, history rows rewritten). */
  readonly rowsChanged: number;
}

const bySegment = (no: string) => foldCase(no.trim());

export async function eraseContact(book: SegmentBook, request: EraseContactRequest): Promise<EraseContactResult> {
  // Its lines may be on any segment; only the erasure itself claims them all, not the counts asked first.
  if (request.confirmed) await book.claim?.({ book: "whole" });
  const lines = await book.readRows(SEGMENT_LINES);
  const entries = await book.readRows(INTERACTION_LOG);
  const plan = planErasure(
    request.contactNo,
    lines.map((l) => l.record),
    entries.map((e) => e.record),
  );
  const contactNo = plan.contactNo;

  // Line Nos. erased per segment, and each segment's spelling of its No. as its lines have it.
  const erasedLines = new Map<string, number[]>();
  const spelled = new Map<string, string>();
  for (const line of plan.lines) {
    const key = bySegment(line.segmentNo);
    if (!erasedLines.has(key)) erasedLines.set(key, []);
    erasedLines.get(key)!.push(line.lineNo);
    if (!spelled.has(key)) spelled.set(key, line.segmentNo.trim());
  }
  // The lines each segment keeps, for its No. of Lines and totals.
  const erased = new Set(plan.lines);
  const keptLines = new Map<string, SegmentLine[]>();
  for (const { record } of lines) {
    if (erased.has(record)) continue;
    const key = bySegment(record.segmentNo);
    keptLines.set(key, [...(keptLines.get(key) ?? []), record]);
  }

  const history = await historySheetChanges(book, contactNo, erasedLines);
  const headers = (await book.readRows(SEGMENTS)).filter((s) => erasedLines.has(bySegment(s.record.no)));
  for (const header of headers) spelled.set(bySegment(header.record.no), header.record.no);
  const remaining = (no: string) => keptLines.get(bySegment(no)) ?? [];
  const segmentNos = [...spelled.values()];

  const changes: SheetChange[] = [];
  if (plan.lines.length > 0)
    changes.push({ spec: SEGMENT_LINES, deleteKeys: plan.lines.map((l) => keyOf(SEGMENT_LINES, l)) });
  if (headers.length > 0)
    changes.push({
      spec: SEGMENTS,
      update: headers.map((h) => stored({ ...h.record, ...lineFigures(remaining(h.record.no)) }, h.extra)),
    });
  if (plan.entries.length > 0) {
    // Each entry keeps its user columns; only the record's identity fields change.
    const extraOf = new Map(entries.map((e) => [e.record.entryNo, e.extra]));
    changes.push({ spec: INTERACTION_LOG, update: plan.entries.map((e) => stored(e, extraOf.get(e.entryNo))) });
  }
  changes.push(...history.changes);

  const result: EraseContactResult = {
    contactNo,
    written: false,
    lines: plan.lines.length,
    segments: segmentNos,
    entries: plan.entries.length,
    pseudonym: plan.pseudonym,
    historiesCleared: history.segments,
    rowsChanged: plan.lines.length + headers.length + plan.entries.length + history.rows,
  };
  if (plan.lines.length === 0 && plan.entries.length === 0 && history.segments.length === 0) {
    throw new DomainError(
      `Contact ${contactNo} is on no segment line and in no Interaction Log entry: nothing to erase.`,
      "not-found",
    );
  }
  if (!request.confirmed) return result;
  await book.commit({ sheets: changes });
  return { ...result, written: true };
}

/** The history of each segment that held the contact's lines, or whose steps could bring them back, cleared. */
async function historySheetChanges(
  book: SegmentBook,
  contactNo: string,
  erasedLines: ReadonlyMap<string, readonly number[]>,
): Promise<{ changes: SheetChange[]; segments: string[]; rows: number }> {
  const rows = (await book.readRows(SEGMENT_HISTORY)).map((r) => r.record);
  const groups = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const key = bySegment(row.segmentNo);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(row);
  }
  const changes: SheetChange[] = [];
  const segments: string[] = [];
  let changed = 0;
  for (const [key, group] of groups) {
    const segmentNo = group[0].segmentNo;
    const lineNos = erasedLines.get(key) ?? [];
    let change: SheetChange;
    try {
      const parsed = parseHistory(segmentNo, group);
      const { history } = parsed;
      if (lineNos.length === 0 && !historyMentions(history, contactNo)) continue;
      if (history.undo.length === 0 && history.redo.length === 0 && lineNos.every((n) => !history.checkpoint.has(n)))
        continue;
      change = historyChange(parsed, historyAfterErasure(history, lineNos));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A history that cannot be read may still hold the contact: it goes when it could.
      if (lineNos.length === 0 && !group.some((r) => foldCase(r.payload).includes(foldCase(contactNo)))) continue;
      change = { spec: SEGMENT_HISTORY, deleteKeys: group.map((r) => keyOf(SEGMENT_HISTORY, r)) };
    }
    changes.push(change);
    segments.push(segmentNo);
    // Rows deleted or rewritten (a rewritten checkpoint is one row deleted and one inserted).
    changed += change.deleteKeys?.length ?? 0;
  }
  return { changes, segments, rows: changed };
}
