import type XlsxPopulate from "xlsx-populate";
import type { BookState } from "../../app/store/ports";
import { STATE_SHEET } from "../../app/store/sheetSpecs";
import { BOOK_STATE_KEYS, STATE_HEADER, stateRow } from "../stateSheetLayout";
import { plainCell } from "./cells";

const EMPTY_STATE: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };

/** The state sheet (laid out in stateSheetLayout) holds key/value rows; very hidden so users do not edit it by accident. */
export function readState(workbook: XlsxPopulate.Workbook): BookState {
  const sheet = workbook.sheet(STATE_SHEET);
  if (!sheet) return EMPTY_STATE;
  const state: Record<string, unknown> = { ...EMPTY_STATE };
  for (const expected of BOOK_STATE_KEYS) {
    const row = stateRow(expected) + 1;
    const key = plainCell(sheet.cell(row, 1).value());
    const value = plainCell(sheet.cell(row, 2).value());
    if (key === "contactSource") state.contactSource = value === null ? "" : String(value);
    else if (typeof key === "string" && (BOOK_STATE_KEYS as readonly string[]).includes(key)) state[key] = Number(value) || 0;
  }
  return state as unknown as BookState;
}

export function writeState(workbook: XlsxPopulate.Workbook, state: BookState): void {
  let sheet = workbook.sheet(STATE_SHEET);
  if (!sheet) {
    sheet = workbook.addSheet(STATE_SHEET);
    sheet.hidden("very");
  }
  sheet.cell(1, 1).value(STATE_HEADER[0]);
  sheet.cell(1, 2).value(STATE_HEADER[1]);
  for (const key of BOOK_STATE_KEYS) {
    sheet.cell(stateRow(key) + 1, 1).value(key);
    sheet.cell(stateRow(key) + 1, 2).value(state[key]);
  }
}
