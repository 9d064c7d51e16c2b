/**
 * Reads a rectangle of a sheet in row blocks sized from the bytes rows took so far: Excel on the web caps each
 * response at 5 MB, so a block aims at 4 MiB, halves and retries on a payload error, and a null values array
 * (Excel's answer past 5,000,000 cells) is an error, never an empty sheet.
 */
import { DomainError } from "../../domain/errors";
import { jsonBytes } from "./bytes";
import { isPayloadError } from "./errors";

export const BLOCK_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;

export interface BlockSource {
  /** The range of `count` rows starting `offset` rows into the rectangle. */
  range(offset: number, count: number): Excel.Range;
  readonly rows: number;
  readonly columns: number;
  /**
   * The bytes a block's values took (their JSON's UTF-8 length, the default), or an estimate of them (the contact
   * read's sizeOfRows); it sees each block once, in order, and may take its time, the next block waiting for it.
   */
  readonly measure?: (values: unknown[][]) => number | Promise<number>;
}

export interface Block {
  readonly offset: number;
  readonly values: unknown[][];
  readonly range: Excel.Range;
  /** What source.measure said of the values. */
  readonly bytes: number;
}

/**
 * Calls `onBlock` for each block in order, starting at `from` (rows before it were read by the caller's sample);
 * `bytesPerRow` is the sample's estimate. `load` is what each block loads besides values.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  source: BlockSource,
  from: number,
  bytesPerRow: number,
  onBlock: (block: Block) => Promise<void> | void,
  load = "values",
): Promise<void> {
  let estimate = Math.max(bytesPerRow, 2 * source.columns);
  let offset = from;
  while (offset < source.rows) {
    const byBytes = Math.floor(BLOCK_BYTES / estimate);
    const byCells = Math.floor(MAX_CELLS / Math.max(1, source.columns));
    const count = Math.max(1, Math.min(source.rows - offset, byBytes, byCells));
    const range = source.range(offset, count).load(load);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      estimate = (estimate * count) / Math.floor(count / 2);
      continue;
    }
    const values = range.values;
    if (values === null) throw tooManyCells(count, source.columns);
    const bytes = await (source.measure ?? jsonBytes)(values);
    estimate = Math.max(bytes / count, 2 * source.columns);
    await onBlock({ offset, values, range, bytes });
    offset += count;
  }
}

export function tooManyCells(rows: number, columns: number): DomainError {
  return new DomainError(
    `Excel returned no values for ${rows} rows x ${columns} columns (more than Excel reads at once). Nothing was changed; try again, and report this if it persists.`,
    "excel",
  );
}
