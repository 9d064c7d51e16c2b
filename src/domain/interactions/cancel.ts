/**
 * Cancel and uncancel (docs/business-rules.md §8.2). A logged segment's new state overwrites Canceled on all its entries
 * (so uncanceling it also uncancels entries canceled one by one); an entry cannot be uncanceled while its logged
 * segment is canceled. "switch" is BC's action: the opposite of the first selected row, applied to all of them.
 */
import { DomainError } from "../errors";
import { noOfInteractions, type InteractionLogEntry, type LoggedSegment } from "./logEntry";

export type CancelTarget = { readonly logged: number } | { readonly entries: readonly number[] };
export type CancelMode = "cancel" | "uncancel" | "switch";

export interface CancelPlan {
  /** The state set. */
  readonly canceled: boolean;
  /** Rows whose values change (Canceled, or a logged segment's No. of Interactions). */
  readonly logged: readonly LoggedSegment[];
  readonly entries: readonly InteractionLogEntry[];
}

const newState = (mode: CancelMode, first: boolean) => (mode === "switch" ? !first : mode === "cancel");

export function planCancel(
  logged: readonly LoggedSegment[],
  entries: readonly InteractionLogEntry[],
  target: CancelTarget,
  mode: CancelMode,
): CancelPlan {
  if ("logged" in target) return cancelLogged(logged, entries, target.logged, mode);
  return cancelEntries(logged, entries, target.entries, mode);
}

function cancelLogged(
  logged: readonly LoggedSegment[],
  entries: readonly InteractionLogEntry[],
  entryNo: number,
  mode: CancelMode,
): CancelPlan {
  const segment = logged.find((l) => l.entryNo === entryNo);
  if (!segment) {
    const known =
      logged
        .map((l) => l.entryNo)
        .sort((a, b) => a - b)
        .join(", ") || "none";
    throw new DomainError(
      `Logged segment ${entryNo} does not exist (Logged Segments entries: ${known}).`,
      "not-found",
      {
        key: "logged-not-found",
        entryNo,
        known: logged.map((l) => l.entryNo).sort((a, b) => a - b),
      },
    );
  }
  const canceled = newState(mode, segment.canceled);
  const changed = entries
    .filter((e) => e.loggedSegmentEntryNo === entryNo && e.canceled !== canceled)
    .map((e) => ({ ...e, canceled }));
  return { canceled, entries: changed, logged: recount(logged, entries, changed, [{ ...segment, canceled }]) };
}

function cancelEntries(
  logged: readonly LoggedSegment[],
  entries: readonly InteractionLogEntry[],
  entryNos: readonly number[],
  mode: CancelMode,
): CancelPlan {
  const byNo = new Map(entries.map((e) => [e.entryNo, e]));
  const unique = [...new Set(entryNos)];
  const missing = unique.filter((no) => !byNo.has(no));
  if (unique.length === 0)
    throw new DomainError("Name at least one interaction log entry.", "validation", { key: "entries-none" });
  if (missing.length > 0) {
    throw new DomainError(
      `Interaction Log has no entr${missing.length === 1 ? "y" : "ies"} ${missing.join(", ")}.`,
      "not-found",
      { key: "entries-not-found", entries: missing },
    );
  }
  const selected = unique.map((no) => byNo.get(no)!);
  const canceled = newState(mode, selected[0].canceled);
  if (!canceled) {
    const loggedByNo = new Map(logged.map((l) => [l.entryNo, l]));
    for (const entry of selected) {
      const segment = loggedByNo.get(entry.loggedSegmentEntryNo);
      if (segment?.canceled) {
        throw new DomainError(
          `Canceled must be equal to 'No' in Logged Segment: Entry No.=${segment.entryNo}. Current value is 'Yes'. ` +
            `Entry ${entry.entryNo} belongs to canceled logged segment ${segment.entryNo} (${segment.segmentNo}): uncancel the logged segment instead.`,
          "validation",
          {
            key: "entry-in-canceled-logged",
            entryNo: entry.entryNo,
            loggedEntryNo: segment.entryNo,
            segmentNo: segment.segmentNo,
          },
        );
      }
    }
  }
  const changed = selected.filter((e) => e.canceled !== canceled).map((e) => ({ ...e, canceled }));
  return { canceled, entries: changed, logged: recount(logged, entries, changed, []) };
}

/** Logged segments whose state or BC count changes once `changed` entries (and `updated` segments) are applied. */
function recount(
  logged: readonly LoggedSegment[],
  entries: readonly InteractionLogEntry[],
  changed: readonly InteractionLogEntry[],
  updated: readonly LoggedSegment[],
): LoggedSegment[] {
  const newEntry = new Map(changed.map((e) => [e.entryNo, e]));
  const after = entries.map((e) => newEntry.get(e.entryNo) ?? e);
  const newLogged = new Map(updated.map((l) => [l.entryNo, l]));
  const touched = new Set([...updated.map((l) => l.entryNo), ...changed.map((e) => e.loggedSegmentEntryNo)]);
  return logged
    .filter((l) => touched.has(l.entryNo))
    .flatMap((l) => {
      const next = newLogged.get(l.entryNo) ?? l;
      const recounted = { ...next, noOfInteractions: noOfInteractions(next, after) };
      return newLogged.has(l.entryNo) || recounted.noOfInteractions !== l.noOfInteractions ? [recounted] : [];
    });
}
