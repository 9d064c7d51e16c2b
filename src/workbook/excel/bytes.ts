/** Sizes as Excel on the web counts them (UTF-8 of the JSON batch), and a hash of what an action read. */

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value));

/** Rows sized between two pauses of sizeOfRows: a few hundred kilobytes of cells. */
export const PAUSE_ROWS = 1024;

/** One row in SIZE_STRIDE is measured when a block's size is estimated (sizeOfRows). */
export const SIZE_STRIDE = 8;

/**
 * The UTF-8 bytes of rows' JSON, estimated from one row in SIZE_STRIDE (every row of a short block), calling `pause`
 * after each slice of PAUSE_ROWS rows: the contact read sizes its next block from it, and a sizing too big is
 * answered by a payload error and a smaller block, as any estimate from earlier blocks is (docs/decisions.md §D82).
 */
export async function sizeOfRows(rows: readonly (readonly unknown[])[], pause?: () => Promise<void>): Promise<number> {
  const stride = rows.length <= PAUSE_ROWS ? 1 : SIZE_STRIDE;
  let bytes = rows.length === 0 ? 2 : rows.length + 1;
  for (let from = 0; from < rows.length; from += PAUSE_ROWS) {
    const to = Math.min(rows.length, from + PAUSE_ROWS);
    let sampled = 0;
    let sampledBytes = 0;
    for (let r = from; r < to; r += stride) {
      sampledBytes += utf8Length(JSON.stringify(rows[r]));
      sampled++;
    }
    bytes += Math.round((sampledBytes * (to - from)) / sampled);
    await pause?.();
  }
  return bytes;
}

/** FNV-1a over rows, row by row, so the same cells give the same hash whatever the block sizes were. */
export class RowHash {
  private h = 0x811c9dc5;

  add(rows: readonly (readonly unknown[])[]): this {
    this.addMeasured(rows);
    return this;
  }

  /**
   * add(), returning jsonBytes(rows) counted in the same pass over the rows' JSON: a block of 100,000 contacts is
   * turned into text once, not once to hash it and again to size it.
   */
  addMeasured(rows: readonly (readonly unknown[])[]): number {
    return (rows.length === 0 ? 2 : rows.length + 1) + this.addRows(rows, 0, rows.length);
  }

  /** Hashes rows [from, to), returning the UTF-8 bytes of their JSON (without the brackets and commas between). */
  private addRows(rows: readonly (readonly unknown[])[], from: number, to: number): number {
    let bytes = 0;
    for (let r = from; r < to; r++) {
      const text = JSON.stringify(rows[r]);
      let h = this.h;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        h ^= code;
        h = Math.imul(h, 0x01000193);
        if (code < 0x80) bytes += 1;
        else if (code < 0x800) bytes += 2;
        else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
          // A surrogate pair: four bytes of UTF-8; its second half is hashed, not counted.
          bytes += 4;
          i++;
          h ^= text.charCodeAt(i);
          h = Math.imul(h, 0x01000193);
        } else bytes += 3;
      }
      h ^= 0x0a;
      this.h = Math.imul(h, 0x01000193);
    }
    return bytes;
  }

  value(): string {
    return (this.h >>> 0).toString(16).padStart(8, "0");
  }
}
