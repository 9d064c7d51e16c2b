/** The widest a cell is shown in a table: longer ones are cut with "…" (--json gives every value whole). */
export const MAX_CELL_WIDTH = 60;

/**
 * A plain-text table with columns padded to their widest cell, cut to MAX_CELL_WIDTH so one long name does not pad
 * every row; line breaks inside a cell are shown as spaces so each row stays one line.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const shown = rows.map((row) => row.map((cell) => cut(cell ?? "")));
  const widths = headers.map((h, i) => Math.max(h.length, ...shown.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (c ?? "").padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...shown.map(line)].join("\n");
}

function cut(cell: string): string {
  const flat = cell.replace(/[\r\n\t]+/g, " ");
  if (flat.length <= MAX_CELL_WIDTH) return flat;
  // By code points, so a cut never splits a character written as a surrogate pair.
  const points = Array.from(flat);
  return points.length <= MAX_CELL_WIDTH ? flat : points.slice(0, MAX_CELL_WIDTH - 1).join("") + "…";
}
