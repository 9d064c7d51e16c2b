/**
 * The two writes outside the dedicated sheets: Mailing Groups cells of the contact sheet (Apply Mailing Group) and a
 * new plain sheet (an exported mailing list). Each is checked in full before anything is written. The contact sheet
 * is changed cell by cell: every other cell, row and attribute of its part stays as written.
 */
import type { ContactCellsChange, NewSheet } from "../../app/store/ports";
import { headerKey } from "../../domain/contacts/fields";
import { DomainError } from "../../domain/errors";
import { checkCellText, checkSheetName } from "../../app/store/excelLimits";
import type { BookParts } from "./bookParts";
import { cellXml, newWorksheetXml, rowsXml } from "./sheetWriter";
import { columnLetters, parseRef } from "./workbookParts";
import { addWorksheet, dropCalcChain, ensureOwnStyles } from "./workbookEdits";
import { growTable } from "./tableParts";
import { applySplices, NS_MAIN, xmlParser, type Splice } from "./xml";
import type { CellValue } from "./worksheetReader";

interface RowPlace {
  readonly start: number;
  readonly openEnd: number;
  end: number;
  readonly selfClosing: boolean;
  /** Where a cell of the target column goes when the row has none: before the first cell right of it. */
  insertAt?: number;
  target?: { start: number; end: number; style?: number };
}

/** Where each row and each cell of one column sit in the worksheet text. */
function layout(xml: string, column: number) {
  const parser = xmlParser();
  const rows = new Map<number, RowPlace>();
  let prefix = "";
  let sheetDataEnd = -1;
  let depth = 0;
  let row = 0;
  let cellColumn = 0;
  let current: RowPlace | undefined;
  let cell: { start: number; end: number; style?: number } | undefined;
  let hasFormulas = false;
  parser.on("opentag", (tag) => {
    depth++;
    if (tag.uri !== NS_MAIN) return;
    const openEnd = parser.position;
    const start = xml.lastIndexOf("<", openEnd - 1);
    if (tag.local === "sheetData" && depth === 2) {
      prefix = tag.prefix;
      sheetDataEnd = tag.isSelfClosing ? start : -1;
    } else if (tag.local === "row" && depth === 3) {
      row = tag.attributes.r ? Number(tag.attributes.r.value) : row + 1;
      cellColumn = 0;
      current = { start, openEnd, end: openEnd, selfClosing: tag.isSelfClosing };
      rows.set(row, current);
    } else if (tag.local === "c" && depth === 4 && current) {
      const ref = tag.attributes.r?.value;
      cellColumn = ref ? parseRef(ref).startColumn : cellColumn + 1;
      if (cellColumn === column)
        cell = { start, end: openEnd, style: tag.attributes.s ? Number(tag.attributes.s.value) : undefined };
      else if (cellColumn > column && current.insertAt === undefined) current.insertAt = start;
      if (tag.isSelfClosing && cell) {
        current.target = cell;
        cell = undefined;
      }
    } else if (tag.local === "f" && depth === 5) {
      hasFormulas = true;
    }
  });
  parser.on("closetag", (tag) => {
    depth--;
    if (tag.uri !== NS_MAIN || tag.isSelfClosing) return;
    if (tag.local === "c" && depth === 3 && cell && current) {
      cell.end = parser.position;
      current.target = cell;
      cell = undefined;
    } else if (tag.local === "row" && depth === 2 && current) {
      current.end = parser.position;
    } else if (tag.local === "sheetData" && depth === 1) {
      sheetDataEnd = xml.lastIndexOf("</", parser.position - 1);
    }
  });
  parser.write(xml).close();
  return { rows, prefix, sheetDataEnd, hasFormulas };
}

/** Checks the change against the sheet; returns the write. */
export function prepareContactCells(book: BookParts, change: ContactCellsChange): () => void {
  const sheet = book.workbook().sheets.find((s) => s.name === change.sheetName);
  if (!sheet?.part) throw new DomainError(`The contact sheet "${change.sheetName}" is gone. Try again.`, "stale");
  const part = sheet.part;
  const column = change.column + 1;
  const at = (row: number) => `${columnLetters(column)}${row}`;
  const current = new Map<number, CellValue>();
  book.readSheet(part, {
    cell: (row, c, value) => {
      if (c === column) current.set(row, value);
    },
  });
  const isBlank = (row: number) => {
    const value = current.get(row);
    return value === undefined || value === "";
  };
  if (change.addColumn) {
    const taken = [change.headerRow, ...change.cells.map((c) => c.sheetRow)].find((row) => !isBlank(row));
    if (taken !== undefined) {
      throw new DomainError(
        `Cannot add the ${change.header} column to ${change.sheetName}: cell ${at(taken)} is not empty. Make room right of the contact table, or add a ${change.header} column yourself.`,
        "stale",
      );
    }
  } else if (headerKey(String(current.get(change.headerRow) ?? "")) !== headerKey(change.header)) {
    throw new DomainError(
      `${change.sheetName}: cell ${at(change.headerRow)} no longer holds the ${change.header} header. Try again.`,
      "stale",
    );
  }
  const writes = [
    ...(change.addColumn ? [{ sheetRow: change.headerRow, value: change.header }] : []),
    ...change.cells,
  ].sort((a, b) => a.sheetRow - b.sheetRow);
  // Checked now, so a cell over Excel's limit refuses the change before anything is written.
  for (const w of writes) checkCellText(change.sheetName, at(w.sheetRow), w.value);
  const table = change.addColumn
    ? book.tables().find((t) => {
        if (t.sheetName !== change.sheetName) return false;
        const bounds = parseRef(t.ref);
        return bounds.startRow === change.headerRow && bounds.endColumn === column - 1;
      })
    : undefined;
  return () => {
    const xml = book.pkg.text(part) ?? "";
    const { rows, prefix, sheetDataEnd, hasFormulas } = layout(xml, column);
    const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    const splices: Splice[] = [];
    for (const { sheetRow, value } of writes) {
      const place = rows.get(sheetRow);
      const cellOf = (style?: number) => cellXml(prefix, change.sheetName, at(sheetRow), value, style);
      if (place?.target) {
        splices.push({ start: place.target.start, end: place.target.end, text: cellOf(place.target.style) });
      } else if (place && !place.selfClosing) {
        const insert = place.insertAt ?? xml.lastIndexOf("</", place.end - 1);
        splices.push({ start: insert, end: insert, text: cellOf() });
      } else if (place) {
        const open = xml.slice(place.start, place.openEnd - 2);
        splices.push({
          start: place.start,
          end: place.openEnd,
          text: `${open}>${cellOf()}</${prefix ? `${prefix}:` : ""}row>`,
        });
      } else {
        const next = rowNumbers.find((r) => r > sheetRow);
        const insert = next !== undefined ? rows.get(next)!.start : sheetDataEnd;
        if (insert < 0) throw new DomainError(`${change.sheetName}: the sheet's cell data could not be found.`, "io");
        const r = prefix ? `${prefix}:row` : "row";
        splices.push({ start: insert, end: insert, text: `<${r} r="${sheetRow}">${cellOf()}</${r}>` });
      }
    }
    // A cell's formula seen by the layout pass: the calculation chain would be stale after the rewrite.
    if (hasFormulas) dropCalcChain(book);
    book.pkg.set(part, applySplices(xml, splices));
    book.changed();
    if (table) growTable(book, table.part, change.header);
  };
}

/** Refuses a name the workbook already has (Excel compares sheet names ignoring case); returns the write. */
export function prepareNewSheet(book: BookParts, spec: NewSheet): () => void {
  const clash = book.workbook().sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
  if (clash)
    throw new DomainError(
      `The workbook already has a sheet named "${clash.name}". Choose another name.`,
      "duplicate-sheet",
    );
  checkSheetName(spec.name);
  rowsXml("", spec.name, 1, [spec.header, ...spec.rows], []);
  return () => addPlainSheet(book, spec);
}

/** Text-formatted columns, so a value such as "=1+1 Åsa" stays text also when someone edits it later in Excel. */
export function addPlainSheet(book: BookParts, spec: NewSheet): void {
  const styles = ensureOwnStyles(book);
  const columns = spec.header.map((header, i) => {
    const longest = Math.max(header.length, ...spec.rows.map((row) => (row[i] ?? "").length));
    return { width: Math.max(10, Math.min(40, longest + 2)), style: styles.text };
  });
  const header = rowsXml(
    "",
    spec.name,
    1,
    [spec.header],
    spec.header.map(() => ({ style: styles.header })),
  );
  const body = rowsXml(
    "",
    spec.name,
    2,
    spec.rows,
    spec.header.map(() => ({ style: styles.text })),
  );
  addWorksheet(book, spec.name, newWorksheetXml(columns, header + body, { freezeHeader: false }));
}
