/**
 * Go Back / Go Forward (docs/decisions.md §D2): every action records the delta that undoes it exactly, taken from
 * the rows as they were (extra user columns and hand edits included), so Go Back restores the segment as it
 * was, and undoing an undo gives back the state before it. Rows are identified by Line No., never by position.
 */
import { DomainError } from "../errors";
import { Checkpoint } from "./checkpoint";
import type { CriteriaLine } from "./criteria";
import type { SegmentLine } from "./line";

export type CellValue = string | number | boolean | null;

/** A dedicated-sheet row with the user's own extra cells (by 0-based column index). */
export interface RowSnapshot<R> {
  readonly record: R;
  readonly extra: readonly (readonly [number, CellValue])[];
}

export type LineRow = RowSnapshot<SegmentLine>;
export type CriteriaRow = RowSnapshot<CriteriaLine>;

/** A segment's lines and criteria: what actions change and what Go Back restores. */
export interface SegmentContent {
  readonly lines: readonly LineRow[];
  readonly criteria: readonly CriteriaRow[];
}

/** Rows to insert and Line Nos. to delete, on the lines and on the criteria. */
export interface SegmentDelta {
  readonly insertLines: readonly LineRow[];
  readonly deleteLineNos: readonly number[];
  readonly insertCriteria: readonly CriteriaRow[];
  readonly deleteCriteriaLineNos: readonly number[];
}

export interface HistoryEntry {
  /** What the user did, for messages ("Add Contacts"). */
  readonly action: string;
  /** Applied by Go Back (undo entries) or Go Forward (redo entries). */
  readonly delta: SegmentDelta;
}

export interface SegmentHistory {
  /** Oldest first; Go Back takes the last. */
  readonly undo: readonly HistoryEntry[];
  /** Go Forward takes the last; any new action clears them. */
  readonly redo: readonly HistoryEntry[];
  /** Each line's fingerprint (by Line No.) as the add-in last left it, to tell hand edits apart. */
  readonly checkpoint: ReadonlyMap<number, string>;
}

export const EMPTY_HISTORY: SegmentHistory = { undo: [], redo: [], checkpoint: new Map() };

/** Applies a delta and returns the new content with the delta that undoes it (from the rows as they are now). */
export function applyDelta(
  content: SegmentContent,
  delta: SegmentDelta,
): { content: SegmentContent; inverse: SegmentDelta } {
  const lines = applyRows(content.lines, delta.insertLines, delta.deleteLineNos, "line");
  const criteria = applyRows(content.criteria, delta.insertCriteria, delta.deleteCriteriaLineNos, "criteria line");
  return {
    content: { lines: lines.rows, criteria: criteria.rows },
    inverse: {
      insertLines: lines.deleted,
      deleteLineNos: delta.insertLines.map((row) => row.record.lineNo),
      insertCriteria: criteria.deleted,
      deleteCriteriaLineNos: delta.insertCriteria.map((row) => row.record.lineNo),
    },
  };
}

function applyRows<R extends { lineNo: number; segmentNo: string }>(
  rows: readonly RowSnapshot<R>[],
  insert: readonly RowSnapshot<R>[],
  deleteLineNos: readonly number[],
  what: string,
): { rows: RowSnapshot<R>[]; deleted: RowSnapshot<R>[] } {
  const doomed = new Set(deleteLineNos);
  const kept = rows.filter((row) => !doomed.has(row.record.lineNo));
  const deleted = rows.filter((row) => doomed.has(row.record.lineNo));
  const taken = new Set(kept.map((row) => row.record.lineNo));
  for (const row of insert) {
    if (taken.has(row.record.lineNo)) {
      throw new DomainError(
        `Segment ${row.record.segmentNo} already has a ${what} ${row.record.lineNo} (added by hand?); renumber or delete it first.`,
        "conflict",
      );
    }
    taken.add(row.record.lineNo);
  }
  return { rows: [...kept, ...insert], deleted };
}

/** After an action: its undo delta goes on the stack, the redo stack is cleared, the checkpoint moves on. */
export function recordAction(
  history: SegmentHistory,
  action: string,
  inverse: SegmentDelta,
  after: SegmentContent,
): SegmentHistory {
  return { undo: [...history.undo, { action, delta: inverse }], redo: [], checkpoint: checkpointOf(after.lines) };
}

export interface StepResult {
  readonly content: SegmentContent;
  readonly history: SegmentHistory;
  readonly action: string;
  /** The entry applied: its rows are the ones put back. */
  readonly entry: HistoryEntry;
}

export function goBack(history: SegmentHistory, content: SegmentContent, segmentNo: string): StepResult {
  const entry = history.undo.at(-1);
  if (!entry)
    throw new DomainError(`Segment ${segmentNo} has no action to go back to.`, "nothing-to-undo", {
      key: "nothing-to-undo",
      segmentNo,
    });
  const applied = applyDelta(content, entry.delta);
  return {
    content: applied.content,
    action: entry.action,
    entry,
    history: {
      undo: history.undo.slice(0, -1),
      redo: [...history.redo, { action: entry.action, delta: applied.inverse }],
      checkpoint: checkpointOf(applied.content.lines),
    },
  };
}

export function goForward(history: SegmentHistory, content: SegmentContent, segmentNo: string): StepResult {
  const entry = history.redo.at(-1);
  if (!entry)
    throw new DomainError(`Segment ${segmentNo} has no undone action to go forward to.`, "nothing-to-redo", {
      key: "nothing-to-redo",
      segmentNo,
    });
  const applied = applyDelta(content, entry.delta);
  return {
    content: applied.content,
    action: entry.action,
    entry,
    history: {
      undo: [...history.undo, { action: entry.action, delta: applied.inverse }],
      redo: history.redo.slice(0, -1),
      checkpoint: checkpointOf(applied.content.lines),
    },
  };
}

export interface HandChange {
  readonly lineNo: number;
  readonly contactNo: string;
  readonly kind: "edited" | "added" | "deleted";
}

/** Lines changed since the add-in last wrote them: edited, added or deleted by hand. */
export function handChanges(history: SegmentHistory, lines: readonly LineRow[]): HandChange[] {
  const changes: HandChange[] = [];
  const seen = new Set<number>();
  for (const row of lines) {
    const { lineNo, contactNo } = row.record;
    seen.add(lineNo);
    const before = history.checkpoint.get(lineNo);
    if (before === undefined) changes.push({ lineNo, contactNo, kind: "added" });
    else if (before !== fingerprint(row)) changes.push({ lineNo, contactNo, kind: "edited" });
  }
  for (const lineNo of history.checkpoint.keys())
    if (!seen.has(lineNo)) changes.push({ lineNo, contactNo: "", kind: "deleted" });
  return changes.sort((a, b) => a.lineNo - b.lineNo);
}

/** "line 20000 (CT03) edited, line 40000 deleted" — the first few, then a count. */
export function describeHandChanges(changes: readonly HandChange[], limit = 5): string {
  const shown = changes
    .slice(0, limit)
    .map((c) => `line ${c.lineNo}${c.contactNo ? ` (${c.contactNo})` : ""} ${c.kind}`);
  const more = changes.length > limit ? ` and ${changes.length - limit} more` : "";
  return shown.join(", ") + more;
}

export function checkpointOf(lines: readonly LineRow[]): ReadonlyMap<number, string> {
  return Checkpoint.of(
    lines.length,
    (i) => lines[i].record.lineNo,
    (i) => fingerprintNumber(lines[i]),
  );
}

/**
 * A short hash of a row's values. Text is trimmed and blanks unified because that is how a row reads back
 * from a sheet: a fingerprint must not see a change where the workbook holds the same values.
 */
export function fingerprint(row: RowSnapshot<object>): string {
  return fingerprintNumber(row).toString(36);
}

/** The number fingerprint() spells in base 36. */
export function fingerprintNumber(row: RowSnapshot<object>): number {
  const values = row.record as Record<string, unknown>;
  // The FNV-1a hash of the parts `key=value` joined by U+0001, fed part by part: no text is built per row, so a
  // checkpoint of 100,000 lines leaves no hundred megabytes of garbage behind (docs/decisions.md §D100).
  const hash = new Fnv1a();
  for (const key of sortedKeys(values)) hash.part(key, canonical(values[key]));
  if (row.extra.length > 0) {
    const extra = [...row.extra].filter(([, cell]) => canonical(cell) !== "").sort((a, b) => a[0] - b[0]);
    for (const [index, cell] of extra) hash.part(`#${index}`, canonical(cell));
  }
  return hash.value();
}

/** The last record's keys as Object.keys gave them, and sorted. */
let lastKeys: { readonly own: readonly string[]; readonly sorted: readonly string[] } | undefined;

/**
 * Object.keys(record), sorted. The records of a segment have the same keys in the same order, so the sorted list is
 * kept and reused while they do: sorting them per line made a checkpoint of 100,000 lines allocate some 70 MB.
 */
function sortedKeys(record: object): readonly string[] {
  if (lastKeys && sameKeys(record, lastKeys.own)) return lastKeys.sorted;
  const own = Object.keys(record);
  lastKeys = { own, sorted: [...own].sort() };
  return lastKeys.sorted;
}

/**
 * Whether Object.keys(record) would be `keys`, without building it. for…in gives the same own keys in the same order,
 * then any inherited ones, which make it longer than `keys` and so not the same.
 */
function sameKeys(record: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in record) if (keys[i++] !== key) return false;
  return i === keys.length;
}

function canonical(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

/** 32-bit FNV-1a over the UTF-16 code units of `name=text` parts, U+0001 between parts. */
class Fnv1a {
  private hash = 0x811c9dc5;
  private parts = 0;

  part(name: string, text: string): void {
    if (this.parts++ > 0) this.add("\u0001");
    this.add(name);
    this.add("=");
    this.add(text);
  }

  value(): number {
    return this.hash >>> 0;
  }

  private add(text: string): void {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.hash = hash;
  }
}

/**
 * Lines the add-in itself rewrote outside an action (a header change with "update lines"): not hand edits, so
 * the checkpoint follows them, except lines that were already hand-edited before, which stay reported.
 */
export function acknowledgeLineUpdates(
  history: SegmentHistory,
  before: readonly LineRow[],
  after: readonly LineRow[],
): SegmentHistory {
  const previous = new Map(before.map((row) => [row.record.lineNo, row]));
  const checkpoint = new Map(history.checkpoint);
  for (const row of after) {
    const old = previous.get(row.record.lineNo);
    if (old && checkpoint.get(row.record.lineNo) === fingerprint(old))
      checkpoint.set(row.record.lineNo, fingerprint(row));
  }
  return { ...history, checkpoint };
}
