/**
 * `segments copy`: every dedicated sheet's records from one book to another, one generic loop over the sheet specs
 * (docs/decisions.md §D48). Works between any two gateways (a workbook and a PostgreSQL schema, either way); the
 * target's gateway makes the one commit all or nothing.
 */
import { DomainError } from "../domain/errors";
import { SEED_TEMPLATES } from "./store/dedicatedSheets";
import type { SegmentBook, SheetChange, StoredRow } from "./store/ports";
import { keyOf } from "./store/rows";
import { DEDICATED_SHEETS, INTERACTION_TEMPLATES, SCHEMA_VERSION, type SheetSpec } from "./store/sheetSpecs";

export interface CopyOptions {
  /** Replace the target's segment data (--force); otherwise a target that holds any is refused. */
  readonly replace: boolean;
  /** How messages name the source and the target ("book.xlsx", "schema \"segments\" on …"). */
  readonly fromName: string;
  readonly toName: string;
}

export interface CopiedSheet {
  readonly sheet: string;
  readonly rows: number;
  /** Rows that carry cells of the user's own columns (kept by a workbook target, not by a database). */
  readonly rowsWithOwnColumns: number;
}

export interface CopyOutcome {
  readonly sheets: readonly CopiedSheet[];
  readonly lastSegmentNo: number;
  /** Rows the target held and the copy replaced (--force). */
  readonly replaced: number;
}

/** Copies; throws before any write when the source cannot be copied whole or the target is taken. */
export async function copyBook(from: SegmentBook, to: SegmentBook, options: CopyOptions): Promise<CopyOutcome> {
  await to.claim?.({ book: "whole" });
  const source: { spec: SheetSpec<object>; rows: StoredRow<object>[] }[] = [];
  let present = 0;
  for (const spec of DEDICATED_SHEETS) {
    if (await from.hasSheet(spec)) present += 1;
    const rows = await from.readRows(spec);
    // A cell that could not be read would reach the target blank: refused, so the copy never loses it.
    const bad = rows.find((row) => row.problem);
    if (bad?.problem) throw bad.problem.error;
    source.push({ spec, rows });
  }
  if (present === 0)
    throw new DomainError(
      `${options.fromName} holds no dedicated sheets or tables: nothing to copy.`,
      "nothing-to-copy",
    );

  const createSheets: { spec: SheetSpec; rows: StoredRow<object>[] }[] = [];
  const sheets: SheetChange[] = [];
  const taken: string[] = [];
  let replaced = 0;
  for (const { spec, rows } of source) {
    if (!(await to.hasSheet(spec))) {
      createSheets.push({ spec, rows });
      continue;
    }
    const current = await to.readRows(spec);
    if (current.length > 0 && !isSeedTemplates(spec, current)) {
      taken.push(`${spec.sheetName} (${current.length} ${current.length === 1 ? "row" : "rows"})`);
      replaced += current.length;
    }
    sheets.push({ spec, deleteKeys: current.map((row) => keyOf(spec, row.record)), insert: rows });
  }
  if (taken.length > 0 && !options.replace)
    throw new DomainError(
      `${options.toName} already holds segment data: ${taken.join(", ")}. Nothing was copied; add --force to replace it with ${options.fromName}'s.`,
      "copy-target-taken",
    );

  const [fromState, toState] = [await from.readState(), await to.readState()];
  // Segment numbers are never reused (docs/business-rules.md §1.1): the target's counter never goes back.
  const lastSegmentNo = Math.max(fromState.lastSegmentNo, toState.lastSegmentNo);
  await to.commit({
    createSheets,
    sheets,
    state: { lastSegmentNo, schemaVersion: Math.max(toState.schemaVersion, SCHEMA_VERSION) },
  });
  return {
    sheets: source.map(({ spec, rows }) => ({
      sheet: spec.sheetName,
      rows: rows.length,
      rowsWithOwnColumns: rows.filter((row) => [...row.extra.values()].some((cell) => cell !== null && cell !== ""))
        .length,
    })),
    lastSegmentNo,
    replaced: taken.length > 0 ? replaced : 0,
  };
}

/** A new book's or schema's own templates, untouched: they count as empty, and the copy replaces them. */
function isSeedTemplates(spec: SheetSpec<object>, rows: readonly StoredRow<object>[]): boolean {
  if (spec !== INTERACTION_TEMPLATES || rows.length !== SEED_TEMPLATES.length) return false;
  const seeds = new Map(SEED_TEMPLATES.map((t) => [keyOf(spec, t), JSON.stringify(ordered(spec, t))]));
  return rows.every((row) => seeds.get(keyOf(spec, row.record)) === JSON.stringify(ordered(spec, row.record)));
}

function ordered(spec: SheetSpec<object>, record: object): unknown[] {
  const values = record as Record<string, unknown>;
  return spec.columns.map((column) => values[column.prop] ?? "");
}
