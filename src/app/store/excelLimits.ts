/**
 * Excel's limits, checked by both gateways before anything is written: a book that breaks one is repaired or refused
 * by Excel.
 */
import { DomainError } from "../../domain/errors";

export const MAX_CELL_CHARS = 32_767;
export const MAX_ROWS = 1_048_576;
export const MAX_SHEET_NAME = 31;

/** Refuses text longer than a cell holds. */
export function checkCellText(sheetName: string, ref: string, text: string): void {
  if (text.length > MAX_CELL_CHARS) {
    throw new DomainError(
      `${sheetName}!${ref}: ${text.length.toLocaleString("en")} characters; an Excel cell holds at most ${MAX_CELL_CHARS.toLocaleString("en")}. Nothing was written.`,
      "excel-limit",
    );
  }
}

/** Why Excel would refuse this sheet name, or undefined when it is a valid one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME)
    return `a sheet name has at most ${MAX_SHEET_NAME} characters ("${name}" has ${name.length})`;
  const bad = /[[\]:*?/\\]/.exec(name);
  if (bad) return `a sheet name cannot contain ${bad[0]} ("${name}")`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `a sheet name cannot start or end with an apostrophe ("${name}")`;
  if (name.toLowerCase() === "history") return `"History" is a name Excel keeps for itself`;
  return undefined;
}

export function checkSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new DomainError(`Cannot add the sheet: ${problem}.`, "excel-limit");
}
