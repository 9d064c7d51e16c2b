/**
 * Cell formats from the styles part: each cell style's number format code (a contact sheet's columns tell dates from
 * numbers by it) and whether it shows a date (a 1904 book's date serials are moved to the 1900 system Excel's
 * Range.values would not do, but the domain expects).
 */
import { attribute, child, childrenOf, type XmlElement } from "./xml";

const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellStyles {
  /** Format code by cell style index (the s attribute of a cell). */
  readonly formats: readonly string[];
  readonly isDate: readonly boolean[];
}

/** A format shows a date or time when, outside quotes, escapes and [brackets], it uses d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\-?/ ]*$/i.test(bare);
}

export function readCellStyles(root: XmlElement | undefined): CellStyles {
  if (!root) return { formats: [], isDate: [] };
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts");
  for (const format of numFmts ? childrenOf(numFmts, "numFmt") : []) {
    custom.set(Number(attribute(format, "numFmtId")), attribute(format, "formatCode") ?? "");
  }
  const cellXfs = child(root, "cellXfs");
  const formats = (cellXfs ? childrenOf(cellXfs, "xf") : []).map((xf) => {
    const id = Number(attribute(xf, "numFmtId") ?? 0);
    return (
      custom.get(id) ??
      BUILT_IN[id] ??
      (id >= 27 && id <= 36 ? "yyyy-mm-dd" : id >= 50 && id <= 58 ? "yyyy-mm-dd" : "General")
    );
  });
  return { formats, isDate: formats.map(isDateFormat) };
}
