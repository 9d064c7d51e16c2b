import { foldCase } from "../text";

/**
 * Row of each contact number, keyed by its case-folded form (docs/decisions.md §D1): a ReadonlyMap over the numbers
 * as written. It hashes and compares them ignoring case without folding them first, and folds only text beyond
 * ASCII: profiled, folding a million numbers to key a map made a million strings for the garbage collector. The
 * table is a typed array sized once for every contact, which the collector does not scan (see StringTable), and
 * holds one int a slot (docs/decisions.md §D95).
 */
export class NumberIndex implements ReadonlyMap<string, number> {
  /**
   * Open addressing with linear probing, one int a slot: row + 1 in the low `rowBits` (0 = empty slot), the folded
   * hash's bits above them as a tag, so a probe compares text only when the tags agree.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly rowMask: number;
  /**
   * The first row of each number, in order of insertion; made only once a row comes out of order. Until then the
   * i-th number's first row is row i, as on every sheet the table is built from (no blank or repeated number).
   */
  private firstRows: Int32Array | undefined;
  private count = 0;

  /** `numbers`: each contact's number as written, by row; rows are added with addFirst once their number is there. */
  constructor(
    private readonly numbers: readonly string[],
    private readonly capacity: number,
  ) {
    // At most half full, so probes stay short, and never grown.
    let size = 64;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.rowMask = lowBitsHolding(capacity);
  }

  /** Records the row's number unless the same number, ignoring case, is there already; returns that row, or -1. */
  addFirst(row: number): number {
    const text = this.numbers[row];
    const hash = foldedHash(text);
    const { slots, mask, rowMask } = this;
    const tag = hash & ~rowMask;
    let at = hash & mask;
    for (; ; at = (at + 1) & mask) {
      const slot = slots[at];
      if (slot === 0) break;
      const found = (slot & rowMask) - 1;
      if ((slot & ~rowMask) === tag && sameFolded(this.numbers[found], text)) return found;
    }
    if (row >= this.capacity) throw new Error("NumberIndex: row beyond its capacity");
    slots[at] = (row + 1) | tag;
    if (this.firstRows === undefined && row !== this.count) this.firstRows = inOrder(this.count, this.capacity);
    if (this.firstRows !== undefined) this.firstRows[this.count] = row;
    this.count++;
    return -1;
  }

  /** The row of a number written in any case, or -1. */
  rowIgnoringCase(text: string): number {
    return this.probe(text, sameFolded);
  }

  get size(): number {
    return this.count;
  }

  /** The row whose folded number is `key` (a key in another case is another key, as in a Map of folded numbers). */
  get(key: string): number | undefined {
    const row = this.probe(key, foldsTo);
    return row < 0 ? undefined : row;
  }

  has(key: string): boolean {
    return this.probe(key, foldsTo) >= 0;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.count; i++) {
      const row = this.firstRow(i);
      callback.call(thisArg, row, foldCase(this.numbers[row]), this);
    }
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.count; i++) {
      const row = this.firstRow(i);
      yield [foldCase(this.numbers[row]), row];
    }
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.count; i++) yield foldCase(this.numbers[this.firstRow(i)]);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.count; i++) yield this.firstRow(i);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** The first row of the i-th number added. */
  private firstRow(i: number): number {
    return this.firstRows === undefined ? i : this.firstRows[i];
  }

  private probe(key: string, matches: (number: string, key: string) => boolean): number {
    const hash = foldedHash(key);
    const { slots, mask, rowMask } = this;
    const tag = hash & ~rowMask;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = slots[at];
      if (slot === 0) return -1;
      if ((slot & ~rowMask) === tag && matches(this.numbers[(slot & rowMask) - 1], key)) return (slot & rowMask) - 1;
    }
  }
}

/** The smallest mask of low bits that holds every value up to `largest` (at least one bit, at most 31). */
export function lowBitsHolding(largest: number): number {
  let mask = 1;
  while (mask < largest && mask < 0x7fffffff) mask = mask * 2 + 1;
  return mask;
}

/** Rows 0..count-1 in an array of `capacity`. */
function inOrder(count: number, capacity: number): Int32Array {
  const rows = new Int32Array(capacity);
  for (let i = 0; i < count; i++) rows[i] = i;
  return rows;
}

const LAST_ASCII = 0x7f;
const UPPER_A = 65;
const UPPER_Z = 90;
const TO_LOWER = 32;

/** The hash of foldCase(text), computed without making the folded string when the text is ASCII. */
export function foldedHash(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > LAST_ASCII) return mixedHash(foldCase(text));
    if (c >= UPPER_A && c <= UPPER_Z) c += TO_LOWER;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return mix(hash);
}

/** FNV-1a over UTF-16 code units, then a final mix so that similar keys (ct000001, ct000002) spread out. */
function mixedHash(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix(hash);
}

function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}

/**
 * foldCase(text) === folded. ASCII letters fold one for one whatever surrounds them, so a difference among the ASCII
 * characters before any other decides; text beyond ASCII is folded properly (its length may change).
 */
export function foldsTo(text: string, folded: string): boolean {
  const n = text.length;
  if (n !== folded.length) return !isAscii(text) && foldCase(text) === folded;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c > LAST_ASCII) return foldCase(text) === folded;
    if (c >= UPPER_A && c <= UPPER_Z) c += TO_LOWER;
    if (c !== folded.charCodeAt(i)) return false;
  }
  return true;
}

/** foldCase(a) === foldCase(b), folding only text beyond ASCII. */
export function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return !(isAscii(a) && isAscii(b)) && foldCase(a) === foldCase(b);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca > LAST_ASCII || cb > LAST_ASCII) return foldCase(a) === foldCase(b);
    if (ca >= UPPER_A && ca <= UPPER_Z) ca += TO_LOWER;
    if (cb >= UPPER_A && cb <= UPPER_Z) cb += TO_LOWER;
    if (ca !== cb) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > LAST_ASCII) return false;
  return true;
}
