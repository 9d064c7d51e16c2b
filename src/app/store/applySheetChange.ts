/**
 * The one rule for applying a SheetChange to a dedicated sheet's rows, shared by both gateways and the test double:
 * rows are matched by key, never by position; deletions and updates keep the sheet's order (users sort these
 * sheets); an insert goes directly before the kept row `insertBefore` names for it (Go Back putting a row back where
 * it stood: docs/workbook-contract.md §3.1), else after the last row. An update to a row that is not there (or is
 * deleted by the same change), or an insert placed before such a row, means someone else changed the sheet meanwhile,
 * and is refused as stale; an insert whose key is taken is refused.
 */
import { DomainError } from "../../domain/errors";
import type { SheetChange } from "./ports";
import { keyOf, type StoredRow } from "./rows";
import type { SheetSpec } from "./sheetSpecs";

/** What becomes of one existing row: kept as it is, deleted, or replaced by the update given. */
export type RowFate = "keep" | "delete" | StoredRow<object>;

/** A row to insert and where: directly before the row at index `before` of the rows passed in, else after the last row. */
export interface PlacedInsert {
  readonly row: StoredRow<object>;
  readonly before?: number;
}

export interface AppliedSheetChange {
  /** One fate per row passed in, in the same order. */
  readonly fates: readonly RowFate[];
  /** The rows to insert, in the change's order; rows with the same place keep that order. */
  readonly inserts: readonly PlacedInsert[];
}

/** A row key as users read it in a message: the key's parts (as compared, lower case) joined by " / ". */
export function describeKey(key: string): string {
  return key.split("\u0000").join(" / ");
}

/** Two rows of a sheet as read with the same key: the sheet cannot be used until one is removed or renumbered. */
export function duplicateRowsError(spec: SheetSpec, first: number, second: number, sharedKey: string): DomainError {
  const what = spec.keyProps.length > 1 ? "key" : spec.columns[0].header;
  const rowKey = describeKey(sharedKey);
  return new DomainError(
    `${spec.sheetName} rows ${first} and ${second} have the same ${what} (${rowKey}). Remove or renumber one of them.`,
    "duplicate-key",
    {
      key: "duplicate-rows",
      sheet: spec.sheetName,
      rows: [first, second],
      rowKey,
    },
  );
}

/** The fates of `current` (the sheet's records in sheet order) under `change`; throws "stale" or "duplicate-key". */
export function applySheetChange(spec: SheetSpec, current: readonly object[], change: SheetChange): AppliedSheetChange {
  const deleted = new Set(change.deleteKeys ?? []);
  const updates = new Map((change.update ?? []).map((row) => [keyOf(spec, row.record), row]));
  const inserts = change.insert ?? [];
  // Sets and maps as large as what the change touches, never as the sheet: each row is keyed once
  // (docs/decisions.md §D115).
  const insertKeys = new Set(inserts.map((row) => keyOf(spec, row.record)));
  const anchors = new Set(change.insertBefore?.values() ?? []);
  const kept = new Map<string, number>();
  const taken = new Set<string>();
  const fates = current.map((record, i): RowFate => {
    const key = keyOf(spec, record);
    if (deleted.has(key)) return "delete";
    if (insertKeys.has(key)) taken.add(key);
    if (anchors.has(key)) kept.set(key, i);
    const update = updates.get(key);
    if (!update) return "keep";
    updates.delete(key);
    return update;
  });
  if (updates.size > 0) throw staleRows(spec, [...updates.keys()]);
  // The first insert, in the change's order, whose key a kept row or an insert before it holds.
  if (taken.size > 0 || insertKeys.size < inserts.length) {
    const seen = new Set<string>();
    for (const row of inserts) {
      const key = keyOf(spec, row.record);
      if (taken.has(key) || seen.has(key)) throw takenKey(spec, key);
      seen.add(key);
    }
  }
  return { fates, inserts: placeInserts(spec, kept, inserts, change.insertBefore) };
}

/**
 * Each insert with the index of the kept row it goes before (`kept`: the kept rows that inserts name, by key); a
 * place naming no kept row is refused as stale.
 */
function placeInserts(
  spec: SheetSpec,
  kept: ReadonlyMap<string, number>,
  inserts: readonly StoredRow<object>[],
  insertBefore: ReadonlyMap<string, string> | undefined,
): PlacedInsert[] {
  if (!insertBefore || insertBefore.size === 0) return inserts.map((row) => ({ row }));
  const missing: string[] = [];
  const placed = inserts.map((row): PlacedInsert => {
    const anchor = insertBefore.get(keyOf(spec, row.record));
    if (anchor === undefined) return { row };
    const before = kept.get(anchor);
    if (before === undefined) missing.push(anchor);
    return { row, before };
  });
  if (missing.length > 0) throw staleRows(spec, missing);
  return placed;
}

/** Updates (or inserts placed before rows) whose rows are not there: someone else changed the sheet meanwhile. */
export function staleRows(spec: SheetSpec, keys: readonly string[]): DomainError {
  const missing = keys.map(describeKey).join(", ");
  return new DomainError(
    `${spec.sheetName}: rows changed by someone else meanwhile (${missing}). Try again.`,
    "stale",
    {
      key: "stale-rows",
      sheet: spec.sheetName,
      keys: keys.map(describeKey),
    },
  );
}

/** The rows after `change`: the usual way to use applySheetChange when rows are kept as records. */
export function applySheetChangeToRows<T extends StoredRow<object>>(
  spec: SheetSpec,
  current: readonly T[],
  change: SheetChange,
): StoredRow<object>[] {
  const { fates, inserts } = applySheetChange(
    spec,
    current.map((row) => row.record),
    change,
  );
  return rowsInOrder(fates, inserts, (i) => current[i]);
}

/**
 * The rows after a change, in sheet order: each kept or updated row preceded by the inserts placed before it, then
 * the inserts placed after the last row. `kept(i)` is what a kept row is in the caller's own form.
 */
export function rowsInOrder<T>(
  fates: readonly RowFate[],
  inserts: readonly PlacedInsert[],
  kept: (index: number) => T | StoredRow<object>,
): (T | StoredRow<object>)[] {
  const before = new Map<number, StoredRow<object>[]>();
  const last: StoredRow<object>[] = [];
  for (const { row, before: at } of inserts) {
    if (at === undefined) last.push(row);
    else before.set(at, [...(before.get(at) ?? []), row]);
  }
  const rows: (T | StoredRow<object>)[] = [];
  fates.forEach((fate, i) => {
    rows.push(...(before.get(i) ?? []));
    if (fate === "keep") rows.push(kept(i));
    else if (fate !== "delete") rows.push(fate);
  });
  return [...rows, ...last];
}

/** An insert whose key a row of the sheet has already. */
export function takenKey(spec: SheetSpec, key: string): DomainError {
  const rowKey = describeKey(key);
  return new DomainError(`${spec.sheetName} already has a row ${rowKey}.`, "duplicate-key", {
    key: "duplicate-row",
    sheet: spec.sheetName,
    rowKey,
  });
}
