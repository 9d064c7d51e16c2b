import type { BookState } from "../../app/store/ports";
import { STATE_SHEET } from "../../app/store/sheetSpecs";
import type { BookParts } from "./bookParts";
import { newWorksheetXml, replaceRows, rowsXml } from "./sheetWriter";
import { addWorksheet } from "./workbookEdits";
import { BOOK_STATE_KEYS, STATE_HEADER, stateRow } from "../stateSheetLayout";

const EMPTY_STATE: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };

function statePart(book: BookParts): string | undefined {
  return book.workbook().sheets.find((s) => s.name === STATE_SHEET)?.part;
}

/** The state sheet (laid out in stateSheetLayout) holds key/value rows; very hidden so users do not edit it by accident. */
export function readState(book: BookParts): BookState {
  const part = statePart(book);
  if (!part) return EMPTY_STATE;
  const grid = book.grid(part, STATE_SHEET);
  const state: Record<string, unknown> = { ...EMPTY_STATE };
  for (const expected of BOOK_STATE_KEYS) {
    const row = stateRow(expected) + 1;
    const key = grid.rows.get(row)?.[0];
    const value = grid.rows.get(row)?.[1];
    if (key === "contactSource") state.contactSource = value === null || value === undefined ? "" : String(value);
    else if (typeof key === "string" && (BOOK_STATE_KEYS as readonly string[]).includes(key))
      state[key] = Number(value) || 0;
  }
  return state as unknown as BookState;
}

export function writeState(book: BookParts, state: BookState): void {
  const rows = [[...STATE_HEADER], ...BOOK_STATE_KEYS.map((key) => [key, state[key]])];
  const part = statePart(book);
  if (!part) {
    addWorksheet(
      book,
      STATE_SHEET,
      newWorksheetXml([], rowsXml("", STATE_SHEET, 1, rows, []), { freezeHeader: false }),
      "veryHidden",
    );
    return;
  }
  const old = book.pkg.bytes(part) ?? new Uint8Array();
  book.pkg.write(part, (out) =>
    replaceRows(old, 1, out, (prefix) => out.write(rowsXml(prefix, STATE_SHEET, 1, rows, []))),
  );
}
