/**
 * Which sheets and tables may hold contacts: the visible sheets that are not the add-in's own (its dedicated sheets
 * and its state sheet), and the Excel tables on them. Both gateways list through here, so they list alike.
 */
import type { ContactSourceList } from "../app/store/ports";
import { DEDICATED_SHEETS, STATE_SHEET } from "../app/store/sheetSpecs";

/** A sheet as a gateway found it, with the names of its Excel tables in the workbook's order. */
export interface SheetFacts {
  readonly name: string;
  readonly visible: boolean;
  readonly tables: readonly string[];
}

// Excel compares sheet and table names ignoring case.
const ADDIN_SHEETS = new Set(
  [...DEDICATED_SHEETS.map((spec) => spec.sheetName), STATE_SHEET].map((name) => name.toLowerCase()),
);
const ADDIN_TABLES = new Set(DEDICATED_SHEETS.map((spec) => spec.tableName.toLowerCase()));

/** Sheets in tab order; their tables follow the same order. */
export function contactSourceList(sheets: readonly SheetFacts[]): ContactSourceList {
  const open = sheets.filter((sheet) => sheet.visible && !ADDIN_SHEETS.has(sheet.name.toLowerCase()));
  return {
    tables: open.flatMap((sheet) =>
      sheet.tables
        .filter((name) => !ADDIN_TABLES.has(name.toLowerCase()))
        .map((name) => ({ name, sheetName: sheet.name })),
    ),
    sheets: open.map((sheet) => sheet.name),
  };
}
