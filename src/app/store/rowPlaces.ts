/**
 * Where Go Back and Go Forward put a segment's rows back on Segment Lines and Segment Criteria
 * (docs/workbook-contract.md §3.1): at the place each row had when it was removed, given by the rows that stood just
 * above and below it, unless the sheet was sorted since; then, and for history written before places were
 * recorded, by Line No. among the segment's rows. Pure: it sees keys and records, never cells.
 */
import { hasNumber, sortedNumbers } from "../../domain/sortedNumbers";
import { foldCase } from "../../domain/text";
import { keyOf } from "./rows";
import type { SheetSpec } from "./sheetSpecs";

/** The keys of the rows that stood just above and below a removed row once it was gone (null: top, bottom). */
export interface RowPlace {
  readonly above: string | null;
  readonly below: string | null;
}

/** A Segment Lines or Segment Criteria record as far as placing it goes. */
export interface SegmentRowKey {
  readonly segmentNo: string;
  readonly lineNo: number;
}

/** The place of each removed row (by key): its nearest neighbours in `order` (keys in sheet order) that stay. */
export function removedPlaces(order: readonly string[], removed: ReadonlySet<string>): Map<string, RowPlace> {
  const places = new Map<string, RowPlace>();
  let above: string | null = null;
  let run: string[] = [];
  for (const key of order) {
    if (removed.has(key)) {
      run.push(key);
      continue;
    }
    for (const gone of run) places.set(gone, { above, below: key });
    run = [];
    above = key;
  }
  for (const gone of run) places.set(gone, { above, below: null });
  return places;
}

/** A row to put back, with the place recorded when it was removed (undefined: not recorded). */
export interface RowToPlace {
  readonly record: SegmentRowKey;
  readonly place?: RowPlace;
}

export interface Placed<T extends RowToPlace> {
  /** The rows in the order to insert them (rows going before the same row keep this order). */
  readonly rows: readonly T[];
  /** By a row's key, the key of the kept row it goes directly before; absent: after the last row. */
  readonly before: ReadonlyMap<string, string>;
  /** Whether the rows went back by Line No. (the sheet sorted since, or no places recorded). */
  readonly byLineNo: boolean;
}

/**
 * Where each of `rows` (one segment's, in the order they were removed) goes among `kept` (the records the change
 * keeps, in sheet order). `orderKept` is false when the segment's own rows no longer stand in the order the add-in
 * left them (the checkpoint): the user sorted the sheet since.
 */
export function placeRows<T extends RowToPlace>(
  spec: SheetSpec,
  kept: readonly SegmentRowKey[],
  rows: readonly T[],
  orderKept: boolean,
): Placed<T> {
  const keys = kept.map((record) => keyOf(spec, record));
  const index = new Map(keys.map((key, i) => [key, i]));
  const intact = (place: RowPlace): boolean => {
    // A neighbour deleted since says nothing about sorting; neighbours apart (or swapped) do.
    if (place.below === null) return true;
    const below = index.get(place.below);
    if (below === undefined) return true;
    if (place.above === null) return below === 0;
    const above = index.get(place.above);
    return above === undefined || below === above + 1;
  };
  const exact = orderKept && rows.every((row) => row.place !== undefined && intact(row.place));
  const byLineNo = lineNoPlaces(kept, keys);
  const before = new Map<string, string>();
  const ordered = exact ? rows : [...rows].sort((a, b) => a.record.lineNo - b.record.lineNo);
  for (const row of ordered) {
    const anchor = exact ? placeAnchor(row.place!, keys, index) : undefined;
    const at = anchor === "by line no." || !exact ? byLineNo(row.record) : anchor;
    if (at !== undefined) before.set(keyOf(spec, row.record), at);
  }
  return { rows: ordered, before, byLineNo: !exact && rows.length > 0 };
}

/** The kept row a placed row goes before (undefined: after the last row); "by line no." when both neighbours are gone. */
function placeAnchor(
  place: RowPlace,
  keys: readonly string[],
  index: ReadonlyMap<string, number>,
): string | undefined | "by line no." {
  if (place.below !== null && index.has(place.below)) return place.below;
  if (place.above === null) return keys[0];
  const above = index.get(place.above);
  if (above !== undefined) return keys[above + 1];
  if (place.below === null) return undefined;
  return "by line no.";
}

/**
 * By Line No.: before the segment's kept row with the next higher Line No., else right after the one with the next
 * lower, else (the segment has no rows left) after the last row.
 */
function lineNoPlaces(
  kept: readonly SegmentRowKey[],
  keys: readonly string[],
): (record: SegmentRowKey) => string | undefined {
  const bySegment = new Map<string, { lineNo: number; at: number }[]>();
  kept.forEach((row, at) => {
    const segment = foldCase(row.segmentNo.trim());
    if (!bySegment.has(segment)) bySegment.set(segment, []);
    bySegment.get(segment)!.push({ lineNo: row.lineNo, at });
  });
  for (const rows of bySegment.values()) rows.sort((a, b) => a.lineNo - b.lineNo);
  return (record) => {
    const rows = bySegment.get(foldCase(record.segmentNo.trim())) ?? [];
    // The first of the segment's rows with a higher Line No. (binary search: a restore of many rows stays n log n).
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].lineNo > record.lineNo) hi = mid;
      else lo = mid + 1;
    }
    if (lo < rows.length) return keys[rows[lo].at];
    if (rows.length > 0) return keys[rows[rows.length - 1].at + 1];
    return undefined;
  };
}

/** Whether `now` (Line Nos. in sheet order) keeps the relative order of `then` for the rows in both. */
export function sameRelativeOrder(then: readonly number[], now: readonly number[]): boolean {
  const inNow = sortedNumbers(now);
  const inThen = sortedNumbers(then);
  const a = then.filter((no) => hasNumber(inNow, no));
  const b = now.filter((no) => hasNumber(inThen, no));
  return a.length === b.length && a.every((no, i) => no === b[i]);
}
