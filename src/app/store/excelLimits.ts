/**
 * Excel's limits, checked by both gateways before anything is written: a book that breaks one is repaired or refused
 * by Excel.
 */
import { DomainError, type DomainErrorKey, type DomainErrorParams } from "../../domain/errors";

export const MAX_CELL_CHARS = 32_767;
export const MAX_ROWS = 1_048_576;
export const MAX_SHEET_NAME = 31;
/** The longest range address Excel takes in one reference ("5:9,12:12,..."): longer ones are refused. */
export const MAX_ADDRESS_CHARS = 255;

/** Refuses text longer than a cell holds. */
export function checkCellText(sheetName: string, ref: string, text: string): void {
  if (text.length > MAX_CELL_CHARS) {
    throw new DomainError(
      `${sheetName}!${ref}: ${text.length.toLocaleString("en")} characters; an Excel cell holds at most ${MAX_CELL_CHARS.toLocaleString("en")}. Nothing was written.`,
      "excel-limit",
      { key: "cell-too-long", sheet: sheetName, cell: ref, chars: text.length, max: MAX_CELL_CHARS },
    );
  }
}

/** Refuses a write that would reach past Excel's last row; `lastRow` is the 1-based row the write would end on. */
export function checkRowCount(sheetName: string, lastRow: number): void {
  if (lastRow > MAX_ROWS) {
    throw new DomainError(
      `${sheetName} would need ${lastRow.toLocaleString("en")} rows; Excel's limit is ${MAX_ROWS.toLocaleString("en")}.`,
      "excel-limit",
      { key: "too-many-rows", sheet: sheetName, rows: lastRow, max: MAX_ROWS },
    );
  }
}

interface SheetNameRule {
  readonly key: DomainErrorKey;
  readonly text: string;
}

function sheetNameRule(name: string): SheetNameRule | undefined {
  if (name.trim() === "") return { key: "sheet-name-blank", text: "a sheet name cannot be blank" };
  if (name.length > MAX_SHEET_NAME)
    return {
      key: "sheet-name-too-long",
      text: `a sheet name has at most ${MAX_SHEET_NAME} characters ("${name}" has ${name.length})`,
    };
  const bad = /[[\]:*?/\\]/.exec(name);
  if (bad) return { key: "sheet-name-character", text: `a sheet name cannot contain ${bad[0]} ("${name}")` };
  if (name.startsWith("'") || name.endsWith("'"))
    return { key: "sheet-name-apostrophe", text: `a sheet name cannot start or end with an apostrophe ("${name}")` };
  if (name.toLowerCase() === "history")
    return { key: "sheet-name-history", text: `"${name}" is a name Excel keeps for itself` };
  return undefined;
}

/** Why Excel would refuse this sheet name, or undefined when it is a valid one. */
export function sheetNameProblem(name: string): string | undefined {
  return sheetNameRule(name)?.text;
}

export function checkSheetName(name: string): void {
  const rule = sheetNameRule(name);
  if (!rule) return;
  // A blank name has nothing to show; any other is named so the pane can say it in the user's language.
  const params: DomainErrorParams = rule.key === "sheet-name-blank" ? { key: rule.key } : { key: rule.key, name };
  throw new DomainError(`Cannot add the sheet: ${rule.text}.`, "excel-limit", params);
}
