/**
 * The very hidden state sheet (laid out in stateSheetLayout) as the Excel gateway reads and writes it: the book's
 * state, the co-authoring revision stamp, the write journal's marker (its parts run along the journal row from
 * column C) and a =DATE(1904,1,1) probe whose value tells the workbook's date system.
 */
import type { BookState } from "../../app/store/ports";
import type { Cell } from "../rowCodec";
import { STATE_HEADER, STATE_LABELS, STATE_RANGE, stateRange, stateRow } from "../stateSheetLayout";

export { STATE_RANGE };
/** 0-based sheet rows. */
export const REVISION_ROW = stateRow("revision");
export const JOURNAL_ROW = stateRow("journal");
export const PROBE_FORMULA = "=DATE(1904,1,1)";
/** DATE(1904,1,1) is 1462 in the 1900 date system and 0 in the 1904 one. */
export const DAYS_1900_TO_1904 = 1462;

export interface StoredState {
  readonly state: BookState;
  readonly stamp: string;
  /** "" when no write is in progress (or was interrupted). */
  readonly journalMarker: string;
  /** Serial difference to add to this workbook's date cells to get 1900-system serials. */
  readonly dateOffset: number;
  /** False when the probe cell is missing (a sheet made by the command): the next commit writes it. */
  readonly hasProbe: boolean;
}

export const EMPTY_STATE: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };

export function parseState(values: readonly (readonly unknown[])[] | undefined): StoredState {
  const byKey = new Map<string, unknown>();
  for (const row of values ?? []) if (typeof row[0] === "string") byKey.set(row[0], row[1]);
  const text = (key: string) => {
    const value = byKey.get(key);
    return value === undefined || value === null ? "" : String(value);
  };
  const probe = byKey.get("dateProbe");
  return {
    state: {
      schemaVersion: Number(byKey.get("schemaVersion")) || 0,
      lastSegmentNo: Number(byKey.get("lastSegmentNo")) || 0,
      contactSource: text("contactSource"),
    },
    stamp: text("revision"),
    journalMarker: text("journal"),
    dateOffset: probe === 0 ? DAYS_1900_TO_1904 : 0,
    hasProbe: typeof probe === "number",
  };
}

/** The value cells a commit writes, schemaVersion down to revision, as stateCells lays them out. */
export const STATE_VALUES_RANGE = stateRange("B", "schemaVersion", "revision");
/** Where the revision stamp sits in stateCells' rows. */
export const STAMP_INDEX = stateRow("revision") - stateRow("schemaVersion");

export function stateCells(state: BookState, stamp: string): Cell[][] {
  return [[state.schemaVersion], [state.lastSegmentNo], [state.contactSource], [stamp]];
}

/** The labels and an empty value column of a new state sheet (the probe is written by the commit). */
export function newStateSheetCells(): Cell[][] {
  return STATE_LABELS.map((label, i) => [label, i === 0 ? STATE_HEADER[1] : ""]);
}
