/**
 * Rows of cells as worksheet XML, and a worksheet part with the rows from one row down replaced by new ones while
 * everything else in the part (column widths, views, conditional formats, table and drawing links) stays as written.
 * Text is always an inline string (t="inlineStr"): it can never be taken as a formula, and the shared string part,
 * which every other sheet points into, is left as it was. Rows are written to a sink as they are made, so a sheet of
 * many megabytes goes straight into its deflated part (XlsxPackage.write) and is never held as one string.
 */
import { DomainError } from "../../domain/errors";
import type { Cell } from "../rowCodec";
import { checkCellText, checkRowCount } from "../../app/store/excelLimits";
import { columnLetters } from "./workbookParts";
import { encodeXstring, escapeText, NS_MAIN, xmlParser, type Splice } from "./xml";

export interface ColumnFormat {
  /** Cell style index for the column's cells (undefined: none). */
  readonly style?: number;
  /** A date column of a 1904 book: serials are written in its date system. */
  readonly shift1904?: boolean;
}

/** Where XML goes as it is written: a part being deflated, or pieces joined into a string. */
export interface XmlSink {
  write(data: string | Uint8Array): void;
}

/**
 * xml:space="preserve" only where whitespace would otherwise be at a reader's mercy (at either end, runs, breaks and
 * tabs), as Excel writes it: on every cell it made a third of a dedicated sheet's XML, read again by every command.
 */
function keepsSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || text.includes("  ") || /[\t\n\r]/.test(text);
}

/**
 * A character that escaping or Excel's _xHHHH_ encoding may change (a control character, & < >, an underscore, the
 * two non-characters): text without one, most of a dedicated sheet's, is written as it is without their four passes.
 */
// eslint-disable-next-line no-control-regex
const MAY_NEED_ESCAPING = /[\u0000-\u001f&<>_\ufffe\uffff]/;

function textXml(p: string, value: string): string {
  const encoded = MAY_NEED_ESCAPING.test(value) ? escapeText(encodeXstring(value)) : value;
  const space = keepsSpace(value) ? ' xml:space="preserve"' : "";
  return `<${p}is><${p}t${space}>${encoded}</${p}t></${p}is>`;
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
  const p = prefix ? `${prefix}:` : "";
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<${c} r="${ref}"${s}/>` : "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new DomainError(`${sheetName}!${ref}: ${value} is not a number Excel can store.`, "cell-value");
    return `<${c} r="${ref}"${s}><${p}v>${shift1904 ? value - 1462 : value}</${p}v></${c}>`;
  }
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${c}>`;
  checkCellText(sheetName, ref, value);
  return `<${c} r="${ref}"${s} t="inlineStr">${textXml(p, value)}</${c}>`;
}

/**
 * Writes `count` rows from `firstRow` down, cells from column A, row `i`'s cells asked for only when it is written
 * (so a caller need not hold every row's cells at once).
 */
export function writeRowsXml(
  out: XmlSink,
  prefix: string,
  sheetName: string,
  firstRow: number,
  count: number,
  cellsOf: (index: number) => readonly Cell[],
  formats: readonly ColumnFormat[],
): void {
  checkRowCount(sheetName, firstRow + count - 1);
  const row = prefix ? `${prefix}:row` : "row";
  const letters: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = firstRow + i;
    const cells = cellsOf(i);
    let xml = `<${row} r="${r}">`;
    for (let column = 0; column < cells.length; column++) {
      const format = formats[column];
      const ref = `${(letters[column] ??= columnLetters(column + 1))}${r}`;
      xml += cellXml(prefix, sheetName, ref, cells[column], format?.style, format?.shift1904);
    }
    out.write(`${xml}</${row}>`);
  }
}

/** Rows from `firstRow` down, cells from column A, as one string (for small sheets). */
export function rowsXml(
  prefix: string,
  sheetName: string,
  firstRow: number,
  rows: readonly (readonly Cell[])[],
  formats: readonly ColumnFormat[],
): string {
  const pieces: string[] = [];
  writeRowsXml(
    { write: (text) => pieces.push(String(text)) },
    prefix,
    sheetName,
    firstRow,
    rows.length,
    (i) => rows[i],
    formats,
  );
  return pieces.join("");
}

/** Thrown to stop parsing once the rows above `fromRow` are known: the rows below are replaced unread. */
class Enough extends Error {}

/** Text is decoded and parsed this much at a time, until the first row to replace. */
const LAYOUT_CHUNK = 1 << 16;

/**
 * Positions (in characters of `text`, the part's text decoded so far) in a worksheet part: its sheetData element and
 * the rows above `fromRow`. Parsing stops at the first row at or below `fromRow`, so a large sheet is decoded only as
 * far as its header; the end of sheetData is then its end tag, the last one in the part: the part was read whole
 * before, so it is well-formed, and what follows sheetData are its sibling elements, which hold no such tag.
 */
function sheetDataLayout(data: Uint8Array, fromRow: number) {
  const parser = xmlParser();
  const decoder = new TextDecoder();
  let text = "";
  let sheetData: { start: number; openEnd: number; end?: number; selfClosing: boolean; prefix: string } | undefined;
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
        start: text.lastIndexOf("<", openEnd - 1),
        openEnd,
        end: tag.isSelfClosing ? openEnd : undefined,
        selfClosing: tag.isSelfClosing,
        prefix: tag.prefix,
      };
      if (tag.isSelfClosing) throw new Enough();
    } else if (tag.local === "row" && sheetData && depth === 3) {
      rowNumber = tag.attributes.r ? Number(tag.attributes.r.value) : rowNumber + 1;
      if (rowNumber >= fromRow) throw new Enough();
      rowStart = text.lastIndexOf("<", openEnd - 1);
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
    for (let at = 0; at < data.length; at += LAYOUT_CHUNK) {
      const chunk = decoder.decode(data.subarray(at, at + LAYOUT_CHUNK), { stream: true });
      text += chunk;
      parser.write(chunk);
    }
    parser.close();
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  return { text, sheetData, kept };
}

/**
 * Writes the worksheet `data` to `out` with its rows from `fromRow` down replaced by what `writeRows` writes (with
 * the prefix it is given). Everything outside sheetData is copied as the bytes it was.
 */
export function replaceRows(
  data: Uint8Array,
  fromRow: number,
  out: XmlSink,
  writeRows: (prefix: string) => void,
): void {
  const { text, sheetData, kept } = sheetDataLayout(data, fromRow);
  if (!sheetData) throw new DomainError("A worksheet part has no sheetData element.", "io");
  const name = sheetData.prefix ? `${sheetData.prefix}:sheetData` : "sheetData";
  const byteAt = (index: number) => Buffer.byteLength(text.slice(0, index), "utf8");
  let end: number;
  if (sheetData.end !== undefined) end = byteAt(sheetData.end);
  else {
    const close = Buffer.from(`</${name}>`, "utf8");
    end = Buffer.from(data.buffer, data.byteOffset, data.byteLength).lastIndexOf(close) + close.length;
    if (end < byteAt(sheetData.openEnd) + close.length)
      throw new DomainError("A worksheet part's sheetData element has no end tag.", "io");
  }
  out.write(data.subarray(0, byteAt(sheetData.start)));
  out.write(
    sheetData.selfClosing
      ? `${text.slice(sheetData.start, sheetData.openEnd - 2)}>`
      : text.slice(sheetData.start, sheetData.openEnd),
  );
  for (const row of kept) out.write(text.slice(row.start, row.end));
  writeRows(sheetData.prefix);
  out.write(`</${name}>`);
  out.write(data.subarray(end));
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
