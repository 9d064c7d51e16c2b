/**
 * Peer for building the table: arquero making its own table from the same 2-D values ours builds from. Every column
 * is taken out of the rows (blanks as null), and the three columns the step filters on are prepared the way the
 * arquero filter peer needs them: Name lower-cased, Mailing Groups split and lower-cased, Employees numbers. That is
 * the least arquero must do to answer the step with ours' semantics; ours also folds, types and checks every column.
 */
import * as aq from "arquero";
import { MAILING_HEADER, NAME_HEADER, NUMBER_HEADER, type Sheet } from "../data";

export function arqueroTableFrom(sheet: Sheet): { numRows(): number } {
  const header = sheet.values[0];
  const rowCount = sheet.rowCount;
  const columns: Record<string, unknown[]> = {};
  for (let c = 0; c < header.length; c++) {
    const name = String(header[c]);
    const column = new Array<unknown>(rowCount);
    for (let r = 0; r < rowCount; r++) {
      const value = sheet.values[r + 1][c];
      column[r] = value === "" || value === undefined ? null : value;
    }
    columns[name] = column;
  }
  columns[NAME_HEADER] = columns[NAME_HEADER].map((name) =>
    typeof name === "string" ? name.trim().toLowerCase() : name,
  );
  columns[MAILING_HEADER] = columns[MAILING_HEADER].map((cell) =>
    String(cell ?? "")
      .split(/[;,]/)
      .map((code) => code.trim().toLowerCase())
      .filter((code) => code !== ""),
  );
  columns[NUMBER_HEADER] = columns[NUMBER_HEADER].map((n) => (typeof n === "number" ? n : null));
  return aq.table(columns);
}
