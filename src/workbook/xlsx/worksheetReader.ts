/**
 * A worksheet part read as a stream of cell values, without building a tree: the contact sheet of 100,000 contacts is
 * some 37 MB of XML. Values come as Excel's Range.values gives them: shared and inline strings (rich text as its plain
 * text), numbers, booleans, error cells as their text (#N/A), a formula's stored result. A formula without a stored
 * result reads as its value when it is a constant (TRUE(), FALSE(), a number, a quoted string, as LibreOffice writes
 * them); any other is reported unresolved.
 */
import { isoToSerial } from "../../domain/contacts/column";
import type { CellStyles } from "./styles";
import { NamespaceScopes, writeChunks } from "./namespaces";
import { decodeXstring, NS_MAIN, plainXmlParser } from "./xml";

/**
 * A row's cells are made as wide as the widest row so far, up to this many columns (docs/decisions.md §D123): an
 * array filled from empty grows twice on the way to the sheet's width, and that garbage was most of what the young
 * generation copied while the sheet was read. A row never ends wider than its sheet's cells
 * (contactSheet.ts readContactSheet, bookParts.ts gridCells).
 */
export const ROW_HINT_MAX = 1024;

export type CellValue = string | number | boolean;

export interface WorksheetContext {
  /** The shared string table, asked for at the first shared-string cell: a sheet of inline strings never reads it. */
  readonly strings: () => readonly string[];
  readonly styles: CellStyles;
  /** Date serials counted from 1904: moved to the 1900 system the rest of the program uses. */
  readonly date1904: boolean;
}

export interface WorksheetVisitor {
  /** Row numbers are 1-based; called for each <row> element, before its cells. */
  row?(row: number, hidden: boolean): void;
  /** A cell with a value (blank cells are not reported). Column is 1-based; style is the cell style index. */
  cell(row: number, column: number, value: CellValue, style: number): void;
  /**
   * A shared string's cell by the string's index, when the reader looks the strings up itself once the sheet is
   * read (meanwhile they may still be being read, see partsAhead.ts); without it, such cells come to cell().
   * Only the byte scanner calls it, for cells whose index is written in plain digits.
   */
  sharedString?(row: number, column: number, index: number, style: number): void;
  /** A <col> element's default cell style for columns min..max (1-based). */
  columnStyle?(min: number, max: number, style: number): void;
  /** A formula cell without a stored result that is not a constant. */
  unresolved?(row: number, column: number): void;
  /** A cell's formula (an f element), with or without a stored result. */
  formula?(row: number, column: number): void;
}

/** The 1900 serial of 1904-01-01, the difference between Excel's two date systems. */
export const DATE_1904_OFFSET = 1462;

/** A formula that is a constant, as its value; undefined for any other formula. */
export function constantFormula(formula: string): CellValue | undefined {
  const text = formula.trim().replace(/^=/, "");
  const bool = /^(TRUE|FALSE)(\(\s*\))?$/i.exec(text);
  if (bool) return bool[1].toUpperCase() === "TRUE";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(text)) return Number(text);
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  return undefined;
}

/** The elements the reader wants, by their number in NamespaceScopes. */
export const ELEMENTS = ["row", "c", "col", "v", "f", "is", "rPh", "t"];
const [ROW, C, COL, V, F, IS, R_PH, T] = ELEMENTS.map((_, i) => i);

/** The column (1-based) of a cell reference "AB12"; 0 when it has none. */
export function refColumn(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** The row (1-based) of a cell reference "AB12"; 0 when it has none. Digits are read in place, without a slice. */
export function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && ((ref.charCodeAt(i) | 0x20) - 97) >>> 0 < 26) i++;
  if (i === ref.length) return 0;
  let row = 0;
  for (let at = i; at < ref.length; at++) {
    const digit = ref.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) {
      const other = Number(ref.slice(i));
      return Number.isInteger(other) ? other : 0;
    }
    row = row * 10 + digit;
  }
  return row;
}

/**
 * A tag's attributes as a reader gives them: both readers (saxes and the byte scanner) hand their <row> and <col>
 * tags to the one function that reads them (openRow, openCol), each answering from its own attribute store.
 */
export interface TagAttributes {
  /** The value (entities decoded), undefined when the tag has no such attribute. */
  text(name: string): string | undefined;
  /** The value as Number() reads it; NaN when absent. */
  number(name: string): number;
  /** Whether the attribute is written with a value that is not empty. */
  filled(name: string): boolean;
}

/** A <row>: tells the visitor, and returns the row number (its r, else the one after `previous`). */
export function openRow(tag: TagAttributes, previous: number, visitor: WorksheetVisitor): number {
  const row = tag.filled("r") ? tag.number("r") : previous + 1;
  const hidden = tag.text("hidden");
  visitor.row?.(row, hidden === "1" || hidden === "true");
  return row;
}

/** A <col>: its default cell style for columns min..max, when it has one. */
export function openCol(tag: TagAttributes, visitor: WorksheetVisitor): void {
  if (!visitor.columnStyle || !tag.filled("style")) return;
  const bound = (name: string) => (tag.text(name) === undefined ? 0 : tag.number(name));
  visitor.columnStyle(bound("min"), bound("max"), tag.number("style"));
}

/** A formula cell without a stored result that is not a constant. */
export const UNRESOLVED = Symbol("unresolved");

/**
 * A cell's value from what its element held (both readers share it): undefined for a blank cell, UNRESOLVED for a
 * formula without a stored result that is not a constant.
 */
export function cellValue(
  type: string,
  hasValue: boolean,
  valueText: string,
  hasFormula: boolean,
  formulaText: string,
  inlineText: string,
  style: number,
  context: WorksheetContext,
  strings: () => readonly string[],
): CellValue | typeof UNRESOLVED | undefined {
  if (type === "inlineStr") return decodeXstring(inlineText);
  if (hasValue && (valueText !== "" || type === "str")) {
    switch (type) {
      case "s":
        return strings()[Number(valueText)] ?? "";
      case "b":
        return valueText.trim() === "1" || valueText.trim().toLowerCase() === "true";
      case "e":
        return valueText.trim();
      case "str":
        return decodeXstring(valueText);
      case "d": {
        const serial = isoToSerial(valueText.trim().slice(0, 10));
        return Number.isNaN(serial) ? valueText : serial;
      }
      default: {
        const number = Number(valueText);
        return Number.isNaN(number)
          ? valueText
          : context.date1904 && context.styles.isDate[style]
            ? number + DATE_1904_OFFSET
            : number;
      }
    }
  }
  if (hasFormula) return constantFormula(formulaText) ?? UNRESOLVED;
  return undefined;
}

export function readWorksheet(data: Uint8Array, context: WorksheetContext, visitor: WorksheetVisitor): void {
  let strings: readonly string[] | undefined;
  const parser = plainXmlParser();
  const scopes = new NamespaceScopes(parser, NS_MAIN, ELEMENTS);
  let row = 0;
  let column = 0;
  let type = "";
  let style = 0;
  let hasValue = false;
  let hasFormula = false;
  let inInline = false;
  let phonetic = 0;
  /** 1: <v>, 2: <f>, 3: <t> of an inline string. */
  let capture = 0;
  let valueText = "";
  let formulaText = "";
  let inlineText = "";
  let attributes: Record<string, string> = {};
  const tag: TagAttributes = {
    text: (name) => attributes[name],
    number: (name) => Number(attributes[name]),
    filled: (name) => !!attributes[name],
  };

  parser.on("opentag", (opened) => {
    attributes = opened.attributes;
    switch (scopes.open(opened.name, attributes)) {
      case ROW:
        row = openRow(tag, row, visitor);
        column = 0;
        break;
      case C: {
        const r = attributes.r;
        if (r) {
          column = refColumn(r) || column + 1;
          row = refRow(r) || row;
        } else column++;
        type = attributes.t ?? "";
        style = Number(attributes.s ?? 0);
        hasValue = hasFormula = inInline = false;
        valueText = formulaText = inlineText = "";
        break;
      }
      case COL:
        openCol(tag, visitor);
        break;
      case V:
        capture = 1;
        hasValue = true;
        break;
      case F:
        capture = 2;
        hasFormula = true;
        visitor.formula?.(row, column);
        break;
      case IS:
        inInline = true;
        break;
      case R_PH:
        phonetic++;
        break;
      case T:
        if (inInline && phonetic === 0) capture = 3;
        break;
    }
  });
  const onText = (text: string) => {
    if (capture === 1) valueText += text;
    else if (capture === 2) formulaText += text;
    else if (capture === 3) inlineText += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    switch (scopes.close(tag.name)) {
      case V:
      case F:
      case T:
        capture = 0;
        break;
      case R_PH:
        phonetic--;
        break;
      case IS:
        inInline = false;
        break;
      case C:
        finishCell();
        break;
    }
  });

  function finishCell(): void {
    const value = cellValue(
      type,
      hasValue,
      valueText,
      hasFormula,
      formulaText,
      inlineText,
      style,
      context,
      () => (strings ??= context.strings()),
    );
    if (value === UNRESOLVED) visitor.unresolved?.(row, column);
    else if (value !== undefined) visitor.cell(row, column, value, style);
  }

  writeChunks(parser, data);
}
