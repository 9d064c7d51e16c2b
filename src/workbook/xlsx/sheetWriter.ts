/**
 * Rows of cells as worksheet XML, and a worksheet part with the rows from one row down replaced by new ones while
 * everything else in the part (column widths, views, conditional formats, table and drawing links) stays as written.
 * Text is always an inline string (t="inlineStr"): it can never be taken as a formula, and the shared string part,
 * which every other sheet points into, is left as it was.
 */
import { DomainError } from "../../domain/errors";
import type { Cell } from "../rowCodec";
import { checkCellText, checkRowCount } from "../../app/store/excelLimits";
import { columnLetters } from "./workbookParts";
import { applySplices, encodeXstring, escapeText, NS_MAIN, xmlParser, type Splice } from "./xml";

export interface ColumnFormat {
  /** Cell style index for the column's cells (undefined: none). */
  readonly style?: number;
  /** A date column of a 1904 book: serials are written in its date system. */
  readonly shift1904?: boolean;
}

export function cellXml(
  prefix: string,
  sheetName: string,
  ref: string,
  value: Cell,
  style: number | undefined,
  shift1904 = false,
): string {
  const c = prefix ? `${prefix}:c` : "c";
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<${c} r="${ref}"${s}/>` : "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new DomainError(`${sheetName}!${ref}: ${value} is not a number Excel can store.`, "cell-value");
    return `<${c} r="${ref}"${s}><${prefix ? `${prefix}:` : ""}v>${shift1904 ? value - 1462 : value}</${prefix ? `${prefix}:` : ""}v></${c}>`;
  }
  if (typeof value === "boolean")
    return `<${c} r="${ref}"${s} t="b"><${prefix ? `${prefix}:` : ""}v>${value ? 1 : 0}</${prefix ? `${prefix}:` : ""}v></${c}>`;
  checkCellText(sheetName, ref, value);
  const p = prefix ? `${prefix}:` : "";
  return `<${c} r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(encodeXstring(value))}</${p}t></${p}is></${c}>`;
}

/** Rows from `firstRow` down, cells from column A. */
export function rowsXml(
  prefix: string,
  sheetName: string,
  firstRow: number,
  rows: readonly (readonly Cell[])[],
  formats: readonly ColumnFormat[],
): string {
  checkRowCount(sheetName, firstRow + rows.length - 1);
  const letters = Array.from({ length: Math.max(formats.length, ...rows.map((r) => r.length)) }, (_, i) =>
    columnLetters(i + 1),
  );
  const row = prefix ? `${prefix}:row` : "row";
  const pieces: string[] = [];
  rows.forEach((cells, i) => {
    const r = firstRow + i;
    pieces.push(`<${row} r="${r}">`);
    cells.forEach((value, column) =>
      pieces.push(
        cellXml(prefix, sheetName, `${letters[column]}${r}`, value, formats[column]?.style, formats[column]?.shift1904),
      ),
    );
    pieces.push(`</${row}>`);
  });
  return pieces.join("");
}

/** Thrown to stop parsing once the rows above `fromRow` are known: the rows below are replaced unread. */
class Enough extends Error {}

/**
 * Positions in a worksheet part: its sheetData element and the rows above `fromRow`. Parsing stops at the first row
 * at or below `fromRow`; the end of sheetData is then its end tag, the last one in the part: the part was read
 * whole before, so it is well-formed, and what follows sheetData are its sibling elements, which hold no such tag.
 */
function sheetDataLayout(xml: string, fromRow: number) {
  const parser = xmlParser();
  let sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean; prefix: string } | undefined;
  const kept: Splice[] = [];
  let rowStart = -1;
  let rowNumber = 0;
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth++;
    if (tag.uri !== NS_MAIN) return;
    const openEnd = parser.position;
    if (tag.local === "sheetData" && depth === 2) {
      sheetData = {
        start: xml.lastIndexOf("<", openEnd - 1),
        openEnd,
        end: openEnd,
        selfClosing: tag.isSelfClosing,
        prefix: tag.prefix,
      };
      if (tag.isSelfClosing) throw new Enough();
    } else if (tag.local === "row" && sheetData && depth === 3) {
      rowNumber = tag.attributes.r ? Number(tag.attributes.r.value) : rowNumber + 1;
      if (rowNumber >= fromRow) throw new Enough();
      rowStart = xml.lastIndexOf("<", openEnd - 1);
      if (tag.isSelfClosing) kept.push({ start: rowStart, end: openEnd, text: "" });
    }
  });
  parser.on("closetag", (tag) => {
    depth--;
    if (tag.uri !== NS_MAIN || tag.isSelfClosing) return;
    if (tag.local === "sheetData" && depth === 1 && sheetData) {
      sheetData.end = parser.position;
      throw new Enough();
    } else if (tag.local === "row" && depth === 2) kept.push({ start: rowStart, end: parser.position, text: "" });
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  if (sheetData && !sheetData.selfClosing && sheetData.end === sheetData.openEnd) {
    const close = `</${sheetData.prefix ? `${sheetData.prefix}:` : ""}sheetData>`;
    sheetData.end = xml.lastIndexOf(close) + close.length;
    if (sheetData.end < sheetData.openEnd + close.length)
      throw new DomainError("A worksheet part's sheetData element has no end tag.", "io");
  }
  return { sheetData, kept };
}

/** The worksheet with its rows from `fromRow` down replaced by `rowsXml` (built with the prefix it returns). */
export function replaceRows(xml: string, fromRow: number, buildRows: (prefix: string) => string): string {
  const { sheetData, kept } = sheetDataLayout(xml, fromRow);
  if (!sheetData) throw new DomainError("A worksheet part has no sheetData element.", "io");
  const rows = kept.map((row) => xml.slice(row.start, row.end)).join("") + buildRows(sheetData.prefix);
  const name = sheetData.prefix ? `${sheetData.prefix}:sheetData` : "sheetData";
  const open = sheetData.selfClosing
    ? `${xml.slice(sheetData.start, sheetData.openEnd - 2)}>`
    : xml.slice(sheetData.start, sheetData.openEnd);
  return applySplices(xml, [{ start: sheetData.start, end: sheetData.end, text: `${open}${rows}</${name}>` }]);
}

/** The XML of a new worksheet: a frozen header row, column widths and styles, and its rows. */
export function newWorksheetXml(
  columns: readonly { width: number; style?: number }[],
  rows: string,
  options: { freezeHeader: boolean },
): string {
  const cols = columns
    .map(
      (column, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.style ? ` style="${column.style}"` : ""}/>`,
    )
    .join("");
  const pane = options.freezeHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
