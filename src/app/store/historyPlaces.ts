/**
 * The places stored with Go Back history (docs/workbook-contract.md §3.1, §6): each entry's rows to put back carry
 * the place they had on their sheet when they were removed, beside the rows, in `linePlaces` and `criteriaPlaces`.
 * History written before places were recorded has none; its rows go back by Line No.
 */
import type { HistoryEntry, SegmentDelta, SegmentHistory } from "../../domain/segments/history";
import { keyOf } from "./rows";
import { removedPlaces, type RowPlace } from "./rowPlaces";
import { SEGMENT_CRITERIA, SEGMENT_LINES } from "./sheetSpecs";

/** A delta as stored: the places parallel to insertLines and insertCriteria (null: not known). */
export interface PlacedDelta extends SegmentDelta {
  readonly linePlaces?: readonly (RowPlace | null)[];
  readonly criteriaPlaces?: readonly (RowPlace | null)[];
}

export type PlacedSheet = "lines" | "criteria";

const SPECS = { lines: SEGMENT_LINES, criteria: SEGMENT_CRITERIA } as const;

function rowsOf(delta: SegmentDelta, sheet: PlacedSheet) {
  return sheet === "lines" ? delta.insertLines : delta.insertCriteria;
}

/** The recorded place of each row the entry puts back on `sheet`, parallel to its rows (undefined: none recorded). */
export function recordedPlaces(entry: HistoryEntry, sheet: PlacedSheet): (RowPlace | undefined)[] {
  const delta = entry.delta as PlacedDelta;
  const places: unknown = sheet === "lines" ? delta.linePlaces : delta.criteriaPlaces;
  return rowsOf(delta, sheet).map((_, i) => (Array.isArray(places) ? asPlace(places[i]) : undefined));
}

/** A place as parsed from the sheet's JSON; anything else is no place (the row goes back by Line No.). */
function asPlace(value: unknown): RowPlace | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { above, below } = value as Record<string, unknown>;
  const key = (v: unknown): v is string | null => v === null || typeof v === "string";
  return key(above) && key(below) ? { above, below } : undefined;
}

/**
 * `next` with places recorded on its entries that are not stored yet. They are replayed on the sheets' key orders
 * as read: each entry's rows were removed from the sheet as the entries before it left it, and the rows those
 * entries added went after the last row (an action appends; a commit with several entries is Reuse Criteria).
 */
export function recordPlaces(
  next: SegmentHistory,
  isStored: (entry: HistoryEntry) => boolean,
  segmentNo: string,
  /** Each sheet's keys in sheet order, asked for only when an entry puts rows back on that sheet. */
  orders: Readonly<Record<PlacedSheet, () => readonly string[]>>,
): SegmentHistory {
  const fresh = [...next.undo, ...next.redo].filter((entry) => !isStored(entry));
  if (fresh.length === 0) return next;
  const places = { lines: replay("lines"), criteria: replay("criteria") };
  const placed = new Map<HistoryEntry, HistoryEntry>(
    fresh.map((entry, i) => {
      const delta: PlacedDelta = { ...entry.delta, linePlaces: places.lines[i], criteriaPlaces: places.criteria[i] };
      return [entry, { ...entry, delta }];
    }),
  );
  const withPlaces = (entries: readonly HistoryEntry[]) => entries.map((entry) => placed.get(entry) ?? entry);
  return { ...next, undo: withPlaces(next.undo), redo: withPlaces(next.redo) };

  function replay(sheet: PlacedSheet): (RowPlace | null)[][] {
    // No entry puts rows back on this sheet: no places to find, and the sheet's keys are not replayed for nothing.
    if (fresh.every((entry) => rowsOf(entry.delta, sheet).length === 0)) return fresh.map(() => []);
    const spec = SPECS[sheet];
    let order = orders[sheet]();
    return fresh.map((entry) => {
      const removed = new Set(rowsOf(entry.delta, sheet).map((row) => keyOf(spec, row.record)));
      const found = removedPlaces(order, removed);
      const added = sheet === "lines" ? entry.delta.deleteLineNos : entry.delta.deleteCriteriaLineNos;
      order = [
        ...order.filter((key) => !removed.has(key)),
        ...added.map((lineNo) => keyOf(spec, { segmentNo, lineNo })),
      ];
      return rowsOf(entry.delta, sheet).map((row) => found.get(keyOf(spec, row.record)) ?? null);
    });
  }
}
