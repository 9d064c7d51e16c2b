/**
 * The worksheet reader of worksheetReader.ts on the byte scanner (fastXml.ts): the same visitor calls with the same
 * values, for the contact sheet, where saxes alone cost as much as the command bench's floor
 * (docs/decisions.md §D52). The common cells, a number or a shared string's index written in plain digits, are read from the bytes
 * without making a string; every other cell goes through the readers' shared cellValue. Throws UnusualXml when the
 * part holds XML the scanner leaves to saxes, possibly after some visitor calls: the caller starts again.
 */
import { FastXml, type ScanHandler } from "./fastXml";
import {
  cellValue,
  DATE_1904_OFFSET,
  ELEMENTS,
  openCol,
  openRow,
  refColumn,
  refRow,
  UNRESOLVED,
  type TagAttributes,
  type WorksheetContext,
  type WorksheetVisitor,
} from "./worksheetReader";

const [ROW, C, COL, V, F, IS, R_PH, T] = ELEMENTS.map((_, i) => i);
const MINUS = 0x2d;
/** Cell types of one letter, by their byte. */
const ONE_LETTER_TYPES: Readonly<Record<number, string>> = { 0x73: "s", 0x62: "b", 0x65: "e", 0x6e: "n", 0x64: "d" };
/**
 * inlineStr, the type of every text cell the add-in writes (a segment's lines, the interaction log): read from its
 * bytes, as making a string of each was a tenth of such a sheet's scan.
 */
const INLINE_STR_BYTES = Uint8Array.from("inlineStr", (char) => char.charCodeAt(0));

function sameBytes(bytes: Uint8Array, start: number, expected: Uint8Array): boolean {
  for (let i = 0; i < expected.length; i++) if (bytes[start + i] !== expected[i]) return false;
  return true;
}

export function scanWorksheet(data: Uint8Array, context: WorksheetContext, visitor: WorksheetVisitor): void {
  const xml = new FastXml(data, ELEMENTS);
  const bytes = xml.data;
  const { styles, date1904 } = context;
  let strings: readonly string[] | undefined;
  const stringsOnce = () => (strings ??= context.strings());
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
  // A <v> written in one piece is kept as its byte range; a second piece makes it text.
  let valueStart = -1;
  let valueEnd = -1;
  let valueText = "";
  let formulaText = "";
  let inlineText = "";

  /** The open tag's attributes, for the readers' shared openRow and openCol. */
  const tag: TagAttributes = {
    text(name) {
      const at = xml.find(name);
      return at < 0 ? undefined : xml.value(at);
    },
    number(name) {
      const at = xml.find(name);
      return at < 0 ? NaN : xml.numberValue(at);
    },
    filled(name) {
      const at = xml.find(name);
      return at >= 0 && xml.valueEnd(at) > xml.valueStart(at);
    },
  };

  const valueString = () => (valueStart >= 0 ? xml.text(valueStart, valueEnd) : "") + valueText;

  /** The column and row of a reference such as "AB12" read from its bytes; the string readers when unusual. */
  function readReference(attribute: number): void {
    const start = xml.valueStart(attribute);
    const end = xml.valueEnd(attribute);
    let i = start;
    let letters = 0;
    for (; i < end; i++) {
      const code = bytes[i] | 0x20;
      if (code < 97 || code > 122) break;
      letters = letters * 26 + (code - 96);
    }
    const digits = xml.digits(i, end);
    if (i === start || digits < 0) {
      const ref = xml.value(attribute);
      column = refColumn(ref) || column + 1;
      row = refRow(ref) || row;
      return;
    }
    column = letters;
    row = digits || row;
  }

  function finishCell(): void {
    if (type === "s" && valueText === "" && valueStart >= 0) {
      const index = xml.digits(valueStart, valueEnd);
      if (index >= 0) {
        if (visitor.sharedString) visitor.sharedString(row, column, index, style);
        else visitor.cell(row, column, stringsOnce()[index] ?? "", style);
        return;
      }
    } else if (type === "b" && valueText === "" && valueEnd - valueStart === 1) {
      // A boolean written as one digit, as LibreOffice writes it even under a formula (TRUE()): read from its byte.
      const digit = bytes[valueStart];
      if (digit === 0x30 || digit === 0x31) {
        visitor.cell(row, column, digit === 0x31, style);
        return;
      }
    } else if ((type === "" || type === "n") && valueText === "" && valueStart >= 0) {
      const negative = bytes[valueStart] === MINUS;
      const magnitude = xml.digits(negative ? valueStart + 1 : valueStart, valueEnd);
      if (magnitude >= 0) {
        const number = negative ? -magnitude : magnitude;
        visitor.cell(row, column, date1904 && styles.isDate[style] ? number + DATE_1904_OFFSET : number, style);
        return;
      }
    }
    const value = cellValue(
      type,
      hasValue,
      valueString(),
      hasFormula,
      formulaText,
      inlineText,
      style,
      context,
      stringsOnce,
    );
    if (value === UNRESOLVED) visitor.unresolved?.(row, column);
    else if (value !== undefined) visitor.cell(row, column, value, style);
  }

  const handler: ScanHandler = {
    open(element) {
      switch (element) {
        case ROW:
          row = openRow(tag, row, visitor);
          column = 0;
          break;
        case C: {
          const r = xml.find("r");
          if (r >= 0 && xml.valueEnd(r) > xml.valueStart(r)) readReference(r);
          else column++;
          const t = xml.find("t");
          if (t < 0) type = "";
          else {
            const start = xml.valueStart(t);
            const length = xml.valueEnd(t) - start;
            type =
              (length === 1 && ONE_LETTER_TYPES[bytes[start]]) ||
              (length === INLINE_STR_BYTES.length && sameBytes(bytes, start, INLINE_STR_BYTES) && "inlineStr") ||
              xml.value(t);
          }
          const s = xml.find("s");
          style = s < 0 ? 0 : xml.numberValue(s);
          hasValue = hasFormula = inInline = false;
          valueStart = valueEnd = -1;
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
      xml.capturing = capture !== 0;
    },
    text(start, end) {
      if (capture === 1) {
        if (valueStart < 0 && valueText === "") {
          valueStart = start;
          valueEnd = end;
        } else valueText += xml.text(start, end);
      } else if (capture === 2) formulaText += xml.text(start, end);
      else if (capture === 3) inlineText += xml.text(start, end);
    },
    close(element) {
      switch (element) {
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
      xml.capturing = capture !== 0;
    },
  };
  xml.scan(handler);
}
