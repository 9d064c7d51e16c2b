/**
 * The two writes outside the dedicated sheets: Mailing Groups cells of the contact sheet (Apply Mailing Group) and a
 * new plain sheet (an exported mailing list). Each is checked in full before anything is written, so a refusal
 * leaves the workbook in memory as it was.
 */
import JSZip from "jszip";
import type XlsxPopulate from "xlsx-populate";
import type { ContactCellsChange, NewSheet } from "../../app/store/ports";
import { headerKey } from "../../domain/contacts/fields";
import { DomainError } from "../../domain/errors";
import { plainCell } from "./cells";
import { columnLetters, parseRef, type PackageInfo } from "./packageParts";

/** An Excel table of the contact sheet that takes in the added column when the package is written. */
export interface TableGrowth {
  readonly path: string;
  readonly header: string;
}

const isBlank = (value: unknown) => {
  const cell = plainCell(value);
  return cell === null || cell === "";
};

/** Checks the change against the sheet; returns the write and the table to grow, if any. */
export function prepareContactCells(
  workbook: XlsxPopulate.Workbook,
  info: PackageInfo,
  change: ContactCellsChange,
): { write: () => void; growth?: TableGrowth } {
  const sheet = workbook.sheet(change.sheetName);
  if (!sheet) throw new DomainError(`The contact sheet "${change.sheetName}" is gone. Try again.`, "stale");
  const column = change.column + 1;
  const at = (row: number) => `${columnLetters(column)}${row}`;
  const headerCell = sheet.cell(change.headerRow, column);
  if (change.addColumn) {
    const taken = [change.headerRow, ...change.cells.map((c) => c.sheetRow)].find((row) => !isBlank(sheet.cell(row, column).value()));
    if (taken !== undefined) {
      throw new DomainError(
        `Cannot add the ${change.header} column to ${change.sheetName}: cell ${at(taken)} is not empty. Make room right of the contact table, or add a ${change.header} column yourself.`,
        "stale",
      );
    }
  } else if (headerKey(String(plainCell(headerCell.value()) ?? "")) !== headerKey(change.header)) {
    throw new DomainError(`${change.sheetName}: cell ${at(change.headerRow)} no longer holds the ${change.header} header. Try again.`, "stale");
  }
  const table = change.addColumn
    ? info.tables.find((t) => {
        if (t.sheetName !== change.sheetName) return false;
        const bounds = parseRef(t.ref);
        return bounds.startRow === change.headerRow && bounds.endColumn === column - 1;
      })
    : undefined;
  return {
    write: () => {
      if (change.addColumn) headerCell.value(change.header);
      // A string is written as a string cell: xlsx-populate makes formulas only through formula(), never from text.
      for (const { sheetRow, value } of change.cells) sheet.cell(sheetRow, column).value(value === "" ? null : value);
    },
    growth: table ? { path: table.path, header: change.header } : undefined,
  };
}

/** Refuses a name the workbook already has (Excel compares sheet names ignoring case); returns the write. */
export function prepareNewSheet(workbook: XlsxPopulate.Workbook, spec: NewSheet): () => void {
  const clash = workbook.sheets().find((s) => s.name().toLowerCase() === spec.name.toLowerCase());
  if (clash) throw new DomainError(`The workbook already has a sheet named "${clash.name()}". Choose another name.`, "duplicate-sheet");
  return () => writePlainSheet(workbook.addSheet(spec.name), spec);
}

/** Text-formatted columns, so a value such as "=1+1 Åsa" stays text also when someone edits it later in Excel. */
export function writePlainSheet(sheet: XlsxPopulate.Sheet, spec: NewSheet): void {
  const width = spec.header.length;
  spec.header.forEach((header, i) => {
    const values = spec.rows.map((row) => row[i] ?? "");
    sheet.column(i + 1).style("numberFormat", "@");
    sheet.column(i + 1).width(Math.max(10, Math.min(40, Math.max(header.length, ...values.map((v) => v.length)) + 2)));
  });
  sheet.range(1, 1, 1, width).value([[...spec.header]]);
  sheet.range(1, 1, 1, width).style("bold", true);
  if (spec.rows.length > 0) {
    // null, not "", leaves a blank cell blank.
    sheet.range(2, 1, spec.rows.length + 1, width).value(spec.rows.map((row) => spec.header.map((_, i) => (row[i] ?? "") === "" ? null : row[i])));
  }
}

/** Widens each table by its new last column: ref, autoFilter and a tableColumn named as the header cell. */
export async function growTables(data: Buffer, growths: readonly TableGrowth[]): Promise<Buffer> {
  if (growths.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  for (const { path, header } of growths) {
    let xml = await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    const widen = (ref: string) => {
      const b = parseRef(ref);
      return `${columnLetters(b.startColumn)}${b.startRow}:${columnLetters(b.endColumn + 1)}${b.endRow}`;
    };
    xml = xml.replace(/(<table\b[^>]*\sref=")([^"]*)"/, (_, head: string, ref: string) => `${head}${widen(ref)}"`);
    xml = xml.replace(/(<autoFilter\b[^>]*\sref=")([^"]*)"/, (_, head: string, ref: string) => `${head}${widen(ref)}"`);
    const ids = [...xml.matchAll(/<tableColumn\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]));
    const column = `<tableColumn id="${Math.max(0, ...ids) + 1}" name="${escapeXml(header)}"/>`;
    xml = xml.replace(/<tableColumns count="(\d+)"/, (_, count: string) => `<tableColumns count="${Number(count) + 1}"`).replace("</tableColumns>", `${column}</tableColumns>`);
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
