/**
 * The add-in's own sheets (the dedicated sheets and the state sheet) and their tables are never a contact source:
 * read as contacts, Add would put segment rows in as contacts and Apply Mailing Group would write into them.
 */
import { DomainError } from "../domain/errors";
import { DEDICATED_SHEETS, STATE_SHEET } from "./store/sheetSpecs";

// Excel compares sheet and table names ignoring case.
const OWN_NAMES = new Set(
  [...DEDICATED_SHEETS.flatMap((spec) => [spec.sheetName, spec.tableName]), STATE_SHEET].map((name) =>
    name.trim().toLowerCase(),
  ),
);

export function isAddinSheet(name: string): boolean {
  return OWN_NAMES.has(name.trim().toLowerCase());
}

/** Refuses a sheet or table name that is one of the add-in's own. */
export function refuseAddinSheet(name: string): void {
  if (isAddinSheet(name)) {
    throw new DomainError(
      `"${name.trim()}" is one of the add-in's own sheets and cannot hold contacts. Choose the sheet or table your contacts are on.`,
      "no-contacts",
      { key: "addin-sheet-source", name: name.trim() },
    );
  }
}
