/**
 * A worksheet part read as a stream of cell values, without building a tree: the contact sheet of 100,000 contacts is
 * some 37 MB of XML. Values come as Excel's Range.values gives them: shared and inline strings (rich text as its plain
 * text), numbers, booleans, error cells as their text (#N/A), a formula's stored result. A formula without a stored
 * result reads as its value when it is a constant (TRUE(), FALSE(), a number, a quoted string, as LibreOffice writes
 * them); any other is reported unresolved.
 */
import { isoToSerial } from "../../domain/contacts/column";
import type { CellStyles } from "./styles";
import { decodeXstring, NS_MAIN, xmlParser } from "./xml";

export type CellValue = string | number | boolean;

export interface WorksheetContext {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  /** Date serials counted from 1904: moved to the 1900 system the rest of the program uses. */
  readonly date1904: boolean;
}

export interface WorksheetVisitor {
  /** Row numbers are 1-based; called for each <row> element, before its cells. */
  row?(row: number, hidden: boolean): void;
  /** A cell with a value (blank cells are not reported). Column is 1-based; style is the cell style index. */
  cell(row: number, column: number, value: CellValue, style: number): void;
  /** A <col> element's default cell style for columns min..max (1-based). */
  columnStyle?(min: number, max: number, style: number): void;
  /** A formula cell without a stored result that is not a constant. */
  unresolved?(row: number, column: number): void;
}

/** The 1900 serial of 1904-01-01, the difference between Excel's two date systems. */
export const DATE_1904_OFFSET = 1462;

const CHUNK = 1 << 20;

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

/** Parses "AB12" into the column and row (1-based); 0 for a part that is missing. */
function cellRef(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  const row = i < ref.length ? Number(ref.slice(i)) : 0;
  return { column, row: Number.isInteger(row) ? row : 0 };
}

export function readWorksheet(data: Uint8Array, context: WorksheetContext, visitor: WorksheetVisitor): void {
  const { strings, styles, date1904 } = context;
  const parser = xmlParser();
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

  parser.on("opentag", (tag) => {
    if (tag.uri !== NS_MAIN) return;
    const attributes = tag.attributes;
    switch (tag.local) {
      case "row": {
        const r = attributes.r?.value;
        row = r ? Number(r) : row + 1;
        column = 0;
        const hidden = attributes.hidden?.value;
        visitor.row?.(row, hidden === "1" || hidden === "true");
        break;
      }
      case "c": {
        const r = attributes.r?.value;
        if (r) {
          const ref = cellRef(r);
          column = ref.column || column + 1;
          if (ref.row) row = ref.row;
        } else column++;
        type = attributes.t?.value ?? "";
        style = Number(attributes.s?.value ?? 0);
        hasValue = hasFormula = inInline = false;
        valueText = formulaText = inlineText = "";
        break;
      }
      case "col":
        if (visitor.columnStyle && attributes.style) {
          visitor.columnStyle(
            Number(attributes.min?.value ?? 0),
            Number(attributes.max?.value ?? 0),
            Number(attributes.style.value),
          );
        }
        break;
      case "v":
        capture = 1;
        hasValue = true;
        break;
      case "f":
        capture = 2;
        hasFormula = true;
        break;
      case "is":
        inInline = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
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
    if (tag.uri !== NS_MAIN) return;
    switch (tag.local) {
      case "v":
      case "f":
      case "t":
        capture = 0;
        break;
      case "rPh":
        phonetic--;
        break;
      case "is":
        inInline = false;
        break;
      case "c":
        finishCell();
        break;
    }
  });

  function finishCell(): void {
    let value: CellValue | undefined;
    if (type === "inlineStr") value = decodeXstring(inlineText);
    else if (hasValue && (valueText !== "" || type === "str")) {
      switch (type) {
        case "s":
          value = strings[Number(valueText)] ?? "";
          break;
        case "b":
          value = valueText.trim() === "1" || valueText.trim().toLowerCase() === "true";
          break;
        case "e":
          value = valueText.trim();
          break;
        case "str":
          value = decodeXstring(valueText);
          break;
        case "d": {
          const serial = isoToSerial(valueText.trim().slice(0, 10));
          value = Number.isNaN(serial) ? valueText : serial;
          break;
        }
        default: {
          const number = Number(valueText);
          value = Number.isNaN(number)
            ? valueText
            : date1904 && styles.isDate[style]
              ? number + DATE_1904_OFFSET
              : number;
        }
      }
    } else if (hasFormula) {
      value = constantFormula(formulaText);
      if (value === undefined) {
        visitor.unresolved?.(row, column);
        return;
      }
    }
    if (value !== undefined) visitor.cell(row, column, value, style);
  }

  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; at += CHUNK) {
    parser.write(decoder.decode(data.subarray(at, Math.min(data.length, at + CHUNK)), { stream: true }));
  }
  parser.write(decoder.decode()).close();
}
