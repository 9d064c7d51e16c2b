/**
 * Where a segment's lines are on the Segment Lines sheet, as addresses Excel can select: whole rows, neighbouring
 * rows merged into one area ("5:9,12:12"), the areas split into parts that each fit Excel's limit on an address's
 * length. The pane selects one part at a time, so a segment whose lines lie in many separate blocks is shown part
 * by part (docs/decisions.md §D44). The rows are those of this read: a user who sorts the sheet moves them.
 */
import type { SegmentBook } from "./store/ports";
import { MAX_ADDRESS_CHARS } from "./store/excelLimits";
import { SEGMENT_LINES } from "./store/sheetSpecs";
import { loadSegment } from "./store/segmentRecords";

export interface LineRowsPart {
  /** Whole rows of the sheet, "5:9,12:12". */
  readonly address: string;
  /** How many of the segment's lines the part covers. */
  readonly lines: number;
}

export interface SegmentLineRows {
  readonly sheetName: string;
  readonly lines: number;
  /** In sheet order; none when the segment has no lines. */
  readonly parts: readonly LineRowsPart[];
}

export async function segmentLineRows(book: SegmentBook, segmentNo: string): Promise<SegmentLineRows> {
  // A line with a cell that cannot be read is still a row to show: showing it is how the user gets to fix it.
  const segment = await loadSegment(book, segmentNo, { allowProblems: true });
  const rows = segment.lines.flatMap((line) => (line.sheetRow === undefined ? [] : [line.sheetRow]));
  return { sheetName: SEGMENT_LINES.sheetName, lines: rows.length, parts: rowParts(rows) };
}

/** 1-based sheet rows (any order, no repeats) as selectable parts of at most `maxChars` characters each. */
export function rowParts(rows: readonly number[], maxChars = MAX_ADDRESS_CHARS): LineRowsPart[] {
  const parts: LineRowsPart[] = [];
  let address = "";
  let lines = 0;
  for (const run of rowRuns(rows)) {
    const area = `${run.first}:${run.last}`;
    const count = run.last - run.first + 1;
    if (address !== "" && address.length + 1 + area.length > maxChars) {
      parts.push({ address, lines });
      address = "";
      lines = 0;
    }
    address = address === "" ? area : `${address},${area}`;
    lines += count;
  }
  if (address !== "") parts.push({ address, lines });
  return parts;
}

/** Runs of consecutive rows, in sheet order. */
function rowRuns(rows: readonly number[]): { first: number; last: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last.last + 1) last.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}
