import type XlsxPopulate from "xlsx-populate";
import type { BookState } from "../../app/store/ports";
import { STATE_SHEET } from "../../app/store/sheetSpecs";
import { plainCell } from "./cells";

const EMPTY_STATE: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };
const KEYS: readonly (keyof BookState)[] = ["schemaVersion", "lastSegmentNo", "contactSource"];

/** The state sheet holds key/value rows; it is very hidden so users do not edit it by accident. */
export function readState(workbook: XlsxPopulate.Workbook): BookState {
  const sheet = workbook.sheet(STATE_SHEET);
  if (!sheet) return EMPTY_STATE;
  const state: Record<string, unknown> = { ...EMPTY_STATE };
  for (let row = 2; row <= KEYS.length + 1; row++) {
    const key = plainCell(sheet.cell(row, 1).value());
    const value = plainCell(sheet.cell(row, 2).value());
    if (key === "contactSource") state.contactSource = value === null ? "" : String(value);
    else if (typeof key === "string" && KEYS.includes(key as keyof BookState)) state[key] = Number(value) || 0;
  }
  return state as unknown as BookState;
}

export function writeState(workbook: XlsxPopulate.Workbook, state: BookState): void {
  let sheet = workbook.sheet(STATE_SHEET);
  if (!sheet) {
    sheet = workbook.addSheet(STATE_SHEET);
    sheet.hidden("very");
  }
  sheet.cell(1, 1).value("Key");
  sheet.cell(1, 2).value("Value");
  KEYS.forEach((key, i) => {
    sheet.cell(i + 2, 1).value(key);
    sheet.cell(i + 2, 2).value(state[key]);
  });
}
