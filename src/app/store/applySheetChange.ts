/**
 * The one rule for applying a SheetChange to a dedicated sheet's rows, shared by both gateways and the test double:
 * rows are matched by key, never by position; deletions and updates keep the sheet's order (users sort these
 * sheets); inserts go after the last row. An update to a row that is not there (or is deleted by the same change)
 * means someone else changed the sheet meanwhile, and is refused as stale; an insert whose key is taken is refused.
 */
import { DomainError } from "../../domain/errors";
import type { SheetChange } from "./ports";
import { keyOf, type StoredRow } from "./rows";
import type { SheetSpec } from "./sheetSpecs";

/** What becomes of one existing row: kept as it is, deleted, or replaced by the update given. */
export type RowFate = "keep" | "delete" | StoredRow<object>;

export interface AppliedSheetChange {
  /** One fate per row passed in, in the same order. */
  readonly fates: readonly RowFate[];
  /** The rows to append, in order, after the rows kept. */
  readonly inserts: readonly StoredRow<object>[];
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
  const keys = new Set<string>();
  const fates = current.map((record): RowFate => {
    const key = keyOf(spec, record);
    if (deleted.has(key)) return "delete";
    keys.add(key);
    const update = updates.get(key);
    if (!update) return "keep";
    updates.delete(key);
    return update;
  });
  if (updates.size > 0) {
    const missing = [...updates.keys()].map(describeKey).join(", ");
    throw new DomainError(
      `${spec.sheetName}: rows changed by someone else meanwhile (${missing}). Try again.`,
      "stale",
      {
        key: "stale-rows",
        sheet: spec.sheetName,
        keys: [...updates.keys()].map(describeKey),
      },
    );
  }
  const inserts = change.insert ?? [];
  for (const row of inserts) {
    const key = keyOf(spec, row.record);
    if (keys.has(key)) {
      const rowKey = describeKey(key);
      throw new DomainError(`${spec.sheetName} already has a row ${rowKey}.`, "duplicate-key", {
        key: "duplicate-row",
        sheet: spec.sheetName,
        rowKey,
      });
    }
    keys.add(key);
  }
  return { fates, inserts };
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
  const rows: StoredRow<object>[] = [];
  fates.forEach((fate, i) => {
    if (fate === "keep") rows.push(current[i]);
    else if (fate !== "delete") rows.push(fate);
  });
  return [...rows, ...inserts];
}
