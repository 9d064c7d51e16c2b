/**
 * Writes as a list of small operations packed into batches of at most 4 MiB of request (Excel on the web caps a
 * request at 5 MB): contiguous value blocks, never one call per row. Each batch suspends calculation, and screen
 * updating where ExcelApi 1.9 allows.
 */
import { checkCellText, checkRowCount, MAX_CELL_CHARS } from "../../app/store/excelLimits";
import type { Cell } from "../rowCodec";
import { BLOCK_BYTES } from "./blockRead";
import { jsonBytes } from "./bytes";

export interface WriteOp {
  /** Estimated request bytes. */
  readonly bytes: number;
  emit(context: Excel.RequestContext): void;
}

/** Per-command overhead in a batch (object paths and method names), a generous estimate. */
const OP_OVERHEAD = 400;
/** Values chunks leave room for the formats and other commands of their batch. */
export const CHUNK_BYTES = BLOCK_BYTES - 64 * 1024;

/** Strings Excel would not keep as typed in a General cell: formulas, numbers, booleans (docs/workbook-contract.md §4: stored as text). */
const RISKY = /^([=+\-@\t\r]|\s*[+-]?(\d|\.\d)|\s*(true|false)\s*$)/i;

const sheetOf = (context: Excel.RequestContext, name: string) => context.workbook.worksheets.getItem(name);

/**
 * `cells` written from (top, left) in row chunks. `formats` per column is applied to each chunk first (text
 * columns get "@" before their values); a column without one gets "@" on a chunk whose strings Excel would
 * re-interpret, so the user's own columns keep their text too.
 */
export function valuesOps(
  sheetName: string,
  top: number,
  left: number,
  cells: readonly Cell[][],
  formats: readonly (string | undefined)[] = [],
  chunkBytes = CHUNK_BYTES,
): WriteOp[] {
  checkLimits(sheetName, top, left, cells);
  const ops: WriteOp[] = [];
  let start = 0;
  while (start < cells.length) {
    let bytes = 0;
    let end = start;
    while (end < cells.length) {
      const rowBytes = jsonBytes(cells[end]) + 1;
      if (end > start && bytes + rowBytes > chunkBytes) break;
      bytes += rowBytes;
      end++;
    }
    ops.push(chunkOp(sheetName, top + start, left, cells.slice(start, end), formats, bytes));
    start = end;
  }
  return ops;
}

/** Excel's limits, checked while the ops are planned, so nothing is written when one is broken. */
function checkLimits(sheetName: string, top: number, left: number, cells: readonly Cell[][]): void {
  checkRowCount(sheetName, top + cells.length);
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.length > MAX_CELL_CHARS)
        checkCellText(sheetName, `${columnLetters(left + c + 1)}${top + r + 1}`, cell);
    }),
  );
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function chunkOp(
  sheetName: string,
  top: number,
  left: number,
  chunk: Cell[][],
  formats: readonly (string | undefined)[],
  bytes: number,
): WriteOp {
  const width = chunk[0].length;
  const chunkFormats = Array.from(
    { length: width },
    (_, c) =>
      formats[c] ?? (chunk.some((row) => typeof row[c] === "string" && RISKY.test(row[c] as string)) ? "@" : undefined),
  );
  const spans: { from: number; to: number; format: string }[] = [];
  chunkFormats.forEach((format, c) => {
    const last = spans[spans.length - 1];
    if (format === undefined) return;
    if (last && last.to === c - 1 && last.format === format) last.to = c;
    else spans.push({ from: c, to: c, format });
  });
  return {
    bytes: bytes + OP_OVERHEAD * (1 + spans.length),
    emit(context) {
      const sheet = sheetOf(context, sheetName);
      for (const span of spans) {
        // One format for the whole span: Excel applies a single value to every cell of the range.
        sheet.getRangeByIndexes(top, left + span.from, chunk.length, span.to - span.from + 1).numberFormat =
          span.format as unknown as string[][];
      }
      sheet.getRangeByIndexes(top, left, chunk.length, width).values = chunk;
    },
  };
}

/** Deletes a whole row range of a table's columns, moving what is below up (the table shrinks). */
export function deleteRowsOp(sheetName: string, top: number, left: number, rows: number, columns: number): WriteOp {
  return {
    bytes: OP_OVERHEAD,
    emit: (context) => sheetOf(context, sheetName).getRangeByIndexes(top, left, rows, columns).delete("Up"),
  };
}

export function customOp(bytes: number, emit: (context: Excel.RequestContext) => void): WriteOp {
  return { bytes: bytes + OP_OVERHEAD, emit };
}

/** Operations that must land in one batch (so one sync applies all of them or none). */
export function combine(ops: readonly WriteOp[]): WriteOp {
  return {
    bytes: ops.reduce((sum, op) => sum + op.bytes, 0),
    emit: (context) => ops.forEach((op) => op.emit(context)),
  };
}

export interface BatchOptions {
  readonly screenUpdating: boolean;
  /** Request bytes per batch (4 MiB; tests use less to get many batches out of a small workbook). */
  readonly batchBytes?: number;
  /** Called after each batch's sync succeeded (progress, tests). */
  readonly afterBatch?: (index: number) => void;
}

/** Sends the operations in order, packed into as few syncs as the size limit allows. */
export async function runOps(
  context: Excel.RequestContext,
  ops: readonly WriteOp[],
  options: BatchOptions,
): Promise<number> {
  let batch: WriteOp[] = [];
  let size = 0;
  let batches = 0;
  const flush = async () => {
    context.application.suspendApiCalculationUntilNextSync();
    if (options.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.emit(context);
    await context.sync();
    options.afterBatch?.(batches++);
    batch = [];
    size = 0;
  };
  for (const op of ops) {
    if (batch.length > 0 && size + op.bytes > (options.batchBytes ?? BLOCK_BYTES)) await flush();
    batch.push(op);
    size += op.bytes;
  }
  if (batch.length > 0) await flush();
  return batches;
}
