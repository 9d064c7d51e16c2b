/**
 * The Go Back history of a segment as rows of the very hidden SegmentHistory sheet: one entry per Step No.,
 * its JSON split into Parts (a cell holds at most 32,767 characters). Only entries that change are written,
 * so an action does not rewrite the history before it.
 */
import { DomainError } from "../../domain/errors";
import { EMPTY_HISTORY, type HistoryEntry, type SegmentHistory } from "../../domain/segments/history";
import { Checkpoint } from "../../domain/segments/checkpoint";
import { foldCase } from "../../domain/text";
import { keyOf, NO_EXTRA_CELLS } from "./rows";
import { SEGMENT_HISTORY, type HistoryRow } from "./sheetSpecs";
import type { SegmentBook, SheetChange, StoredRow } from "./ports";
import { readSegmentRows } from "./segmentRecords";

export type { HistoryRow };

const PART_CHARS = 30000;
const CHECKPOINT_STEP = 0;

/** The history as read, with the Step No. of each entry so a later write can tell kept entries from new ones. */
export interface StoredHistory {
  readonly segmentNo: string;
  readonly history: SegmentHistory;
  readonly steps: ReadonlyMap<HistoryEntry, number>;
  readonly rows: readonly HistoryRow[];
}

export async function loadHistory(book: SegmentBook, segmentNo: string): Promise<StoredHistory> {
  const all = await readSegmentRows(book, SEGMENT_HISTORY, segmentNo);
  const rows = all.map((row) => row.record).filter((row) => foldCase(row.segmentNo) === foldCase(segmentNo));
  return parseHistory(segmentNo, rows);
}

export function parseHistory(segmentNo: string, rows: readonly HistoryRow[]): StoredHistory {
  const payloads = new Map<string, { stack: HistoryRow["stack"]; stepNo: number; parts: HistoryRow[] }>();
  for (const row of rows) {
    const id = `${row.stack}:${row.stepNo}`;
    const entry = payloads.get(id) ?? { stack: row.stack, stepNo: row.stepNo, parts: [] };
    entry.parts.push(row);
    payloads.set(id, entry);
  }
  const steps = new Map<HistoryEntry, number>();
  const undo: [number, HistoryEntry][] = [];
  const redo: [number, HistoryEntry][] = [];
  let checkpoint = EMPTY_HISTORY.checkpoint;
  for (const { stack, stepNo, parts } of payloads.values()) {
    const json = parts
      .sort((a, b) => a.part - b.part)
      .map((p) => p.payload)
      .join("");
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new DomainError(
        `The Go Back history of segment ${segmentNo} is damaged (sheet SegmentHistory, step ${stepNo}). Go Back and Go Forward are not possible until it is deleted: \`segments reset-history BOOK ${segmentNo}\` deletes it and keeps the lines and criteria.`,
        "damaged-history",
      );
    }
    if (stack === "checkpoint") checkpoint = Checkpoint.from(value as [number, string][]);
    else {
      const entry = value as HistoryEntry;
      steps.set(entry, stepNo);
      (stack === "undo" ? undo : redo).push([stepNo, entry]);
    }
  }
  const ordered = (list: [number, HistoryEntry][]) => list.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
  return { segmentNo, history: { undo: ordered(undo), redo: ordered(redo), checkpoint }, steps, rows };
}

/** The sheet change that turns the stored history into `next`: removed entries deleted, new ones inserted. */
export function historyChange(stored: StoredHistory, next: SegmentHistory): SheetChange {
  const keep = new Set(
    [...next.undo, ...next.redo].filter((entry) => stored.steps.has(entry)).map((entry) => stored.steps.get(entry)),
  );
  // Kept entries stay on their stack: the domain only pushes and pops, and a moved entry is a new object.
  const deleteRows = stored.rows.filter((row) => row.stack === "checkpoint" || !keep.has(row.stepNo));
  let step = Math.max(CHECKPOINT_STEP, ...stored.rows.map((row) => row.stepNo));
  const insert: HistoryRow[] = [];
  const add = (stack: HistoryRow["stack"], stepNo: number, json: string) => {
    for (let part = 0; part * PART_CHARS < json.length || part === 0; part++) {
      insert.push({
        segmentNo: stored.segmentNo,
        stepNo,
        stack,
        part: part + 1,
        payload: json.slice(part * PART_CHARS, (part + 1) * PART_CHARS),
      });
    }
  };
  for (const [stack, entries] of [
    ["undo", next.undo],
    ["redo", next.redo],
  ] as const) {
    for (const entry of entries) if (!stored.steps.has(entry)) add(stack, ++step, JSON.stringify(entry));
  }
  // In sheet order: Go Back tells from it whether the lines were sorted since (docs/workbook-contract.md §3.1).
  add("checkpoint", CHECKPOINT_STEP, checkpointJson(next.checkpoint));
  return {
    spec: SEGMENT_HISTORY,
    deleteKeys: deleteRows.map((row) => keyOf(SEGMENT_HISTORY, row)),
    insert: insert.map((record): StoredRow<object> => ({ record, extra: NO_EXTRA_CELLS })),
  };
}

/**
 * The checkpoint as JSON.stringify writes its entries (`[[10000,"1x2y3z"],…]`), without an array per line: for a
 * segment of 100,000 lines those pairs were some 13 MB held while the history was written (docs/decisions.md §D93).
 */
export function checkpointJson(checkpoint: ReadonlyMap<number, string>): string {
  const entries: string[] = [];
  checkpoint.forEach((print, lineNo) => entries.push(`[${JSON.stringify(lineNo)},${JSON.stringify(print)}]`));
  return `[${entries.join(",")}]`;
}

/** Deleting a segment deletes its history. */
export function deleteHistory(stored: StoredHistory): SheetChange {
  return { spec: SEGMENT_HISTORY, deleteKeys: stored.rows.map((row) => keyOf(SEGMENT_HISTORY, row)) };
}
