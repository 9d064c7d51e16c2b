/**
 * Small pieces of reading a contact sheet through office-js (contactSheet.ts): which number formats to keep from
 * the sampled rows, and which rows are hidden, from the visible view's addresses.
 */

/** How many rows below the header are sampled for number formats (not the whole sheet: formats are heavy). */
export const FORMAT_SAMPLE_ROWS = 20;

/**
 * Per column, the first format other than General among its numeric cells in the sampled rows (the rule the xlsx
 * gateway follows too), so that the domain can tell dates (serial numbers) from numbers; undefined when none.
 */
export function columnNumberFormats(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
): (string | undefined)[] {
  const columns = values.reduce((max, row) => Math.max(max, row.length), 0);
  return Array.from({ length: columns }, (_, c) => {
    for (let r = 0; r < values.length && r < formats.length; r++) {
      const format = formats[r][c];
      if (typeof values[r][c] === "number" && typeof format === "string" && format !== "General") return format;
    }
    return undefined;
  });
}

/** The 1-based row number of an A1 address such as "Contacts!B12", "'My sheet'!$B$12" or "B12:C12". */
export function rowOfAddress(address: string): number {
  const cell = address.slice(address.lastIndexOf("!") + 1).split(":")[0];
  const match = /^\$?[A-Z]{1,3}\$?(\d+)$/i.exec(cell);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return Number(match[1]);
}

/** Sheet rows firstRow .. firstRow+rowCount-1 that are not among the visible ones. */
export function hiddenRowsOf(firstRow: number, rowCount: number, visibleRows: Iterable<number>): Set<number> {
  const visible = new Set(visibleRows);
  const hidden = new Set<number>();
  for (let row = firstRow; row < firstRow + rowCount; row++) if (!visible.has(row)) hidden.add(row);
  return hidden;
}
