import { columnNumber, type PackageInfo } from "./packageParts";

/**
 * Number formats of a contact sheet's columns, read from the package XML. (Asking xlsx-populate for a cell's style
 * clones the cell's format, which would change the contact sheet we only read.)
 */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "m/d/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yyyy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Format code of each cell style index (cellXfs). */
async function styleFormats(info: PackageInfo): Promise<string[]> {
  const xml = (await info.zip.file("xl/styles.xml")?.async("string")) ?? "";
  const custom = new Map<number, string>();
  for (const tag of xml.match(/<numFmt\b[^>]*>/g) ?? []) {
    custom.set(Number(attribute(tag, "numFmtId")), decode(attribute(tag, "formatCode") ?? ""));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return (cellXfs.match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attribute(tag, "numFmtId") ?? 0);
    return custom.get(id) ?? BUILT_IN[id] ?? "General";
  });
}

/**
 * For each column from `firstColumn` to `lastColumn` (1-based), the first non-General format among numeric cells
 * of rows `firstRow`..`lastRow`.
 */
export async function sampleNumberFormats(
  info: PackageInfo,
  sheetName: string,
  bounds: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number },
): Promise<(string | undefined)[]> {
  const formats: (string | undefined)[] = new Array(bounds.lastColumn - bounds.firstColumn + 1).fill(undefined);
  const path = info.sheetPaths.get(sheetName);
  const xml = path ? ((await info.zip.file(path)?.async("string")) ?? "") : "";
  const styles = await styleFormats(info);
  const cellTag = /<c\b[^>]*>/g;
  for (let match = cellTag.exec(xml); match; match = cellTag.exec(xml)) {
    const tag = match[0];
    const ref = /^([A-Z]+)(\d+)$/.exec(attribute(tag, "r") ?? "");
    if (!ref) continue;
    const row = Number(ref[2]);
    if (row > bounds.lastRow) break;
    const type = attribute(tag, "t");
    if (row < bounds.firstRow || (type !== undefined && type !== "n")) continue;
    const index = columnNumber(ref[1]) - bounds.firstColumn;
    if (index < 0 || index >= formats.length || formats[index] !== undefined) continue;
    const format = styles[Number(attribute(tag, "s") ?? 0)];
    if (format && format !== "General") formats[index] = format;
  }
  return formats;
}
