import type { BookState } from "../../app/ports";
import { STATE_SHEET } from "../schema";
import type { BookParts } from "./bookParts";
import { newWorksheetXml, replaceRows, rowsXml } from "./sheetWriter";
import { addWorksheet } from "./workbookEdits";

const EMPTY_STATE: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };
const KEYS: readonly (keyof BookState)[] = ["schemaVersion", "lastSegmentNo", "contactSource"];

function statePart(book: BookParts): string | undefined {
  return book.workbook().sheets.find((s) => s.name === STATE_SHEET)?.part;
}

/** The state sheet holds key/value rows; it is very hidden so users do not edit it by accident. */
export function readState(book: BookParts): BookState {
  const part = statePart(book);
  if (!part) return EMPTY_STATE;
  const grid = book.grid(part, STATE_SHEET);
  const state: Record<string, unknown> = { ...EMPTY_STATE };
  for (let row = 2; row <= KEYS.length + 1; row++) {
    const key = grid.rows.get(row)?.[0];
    const value = grid.rows.get(row)?.[1];
    if (key === "contactSource") state.contactSource = value === null || value === undefined ? "" : String(value);
    else if (typeof key === "string" && KEYS.includes(key as keyof BookState)) state[key] = Number(value) || 0;
  }
  return state as unknown as BookState;
}

export function writeState(book: BookParts, state: BookState): void {
  const rows = [["Key", "Value"], ...KEYS.map((key) => [key, state[key]])];
  const part = statePart(book);
  if (!part) {
    addWorksheet(book, STATE_SHEET, newWorksheetXml([], rowsXml("", STATE_SHEET, 1, rows, []), { freezeHeader: false }), "veryHidden");
    return;
  }
  book.pkg.set(part, replaceRows(book.pkg.text(part) ?? "", 1, (prefix) => rowsXml(prefix, STATE_SHEET, 1, rows, [])));
}
