/**
 * From a per-code mask (dictionary entry or boolean code) to the rows: one pass over the codes, 32 rows per
 * word, no calls or allocations per row.
 */
import { BitSet } from "../bitset";
import type { Codes } from "../contacts/codes";

/** Rows whose single code is set in the mask. */
export function rowsFromCodes(mask: Uint8Array, codes: Codes): BitSet {
  const n = codes.length;
  const set = new BitSet(n);
  const words = set.words;
  const full = n >>> 5;
  for (let w = 0; w < full; w++) {
    const base = w << 5;
    let word = 0;
    for (let b = 0; b < 32; b++) word |= mask[codes[base + b]] << b;
    words[w] = word;
  }
  for (let r = full << 5; r < n; r++) words[full] |= mask[codes[r]] << (r & 31);
  return set;
}

/** A multi-valued column's rows as cells, and each cell's values (docs/decisions.md §D107). */
export interface Lists {
  readonly cells: Codes;
  readonly cellStarts: Int32Array;
  readonly codes: Codes;
}

/**
 * Multi-valued rows: a row matches when one of its values is set in the mask; a row without values counts as
 * the blank value, mask[0]. Each distinct cell is judged once, then the rows' cells are looked up as codes are.
 */
export function rowsFromLists(mask: Uint8Array, lists: Lists): BitSet {
  return rowsFromCodes(cellMask(mask, lists), lists.cells);
}

/** Per cell, whether one of its values is set in the mask (a cell without values: mask[0]). */
export function cellMask(mask: Uint8Array, lists: Lists): Uint8Array {
  const { cellStarts, codes } = lists;
  const cellCount = cellStarts.length - 1;
  const out = new Uint8Array(cellCount);
  const blank = mask[0];
  for (let cell = 0; cell < cellCount; cell++) {
    const start = cellStarts[cell];
    const stop = cellStarts[cell + 1];
    let hit = start === stop ? blank : 0;
    for (let i = start; i < stop && hit === 0; i++) hit = mask[codes[i]] !== 0 ? 1 : 0;
    out[cell] = hit;
  }
  return out;
}

/**
 * rowsFromCodes for only the rows in `within` (those earlier conditions of a group left): cost follows the
 * rows still in play, not the sheet.
 */
export function rowsFromCodesWithin(mask: Uint8Array, codes: Codes, within: BitSet): BitSet {
  const set = new BitSet(within.size);
  const out = set.words;
  const candidates = within.words;
  for (let w = 0; w < candidates.length; w++) {
    let word = candidates[w];
    if (word === 0) continue;
    const base = w << 5;
    let hit = 0;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      hit |= mask[codes[base + bit]] << bit;
      word &= word - 1;
    }
    out[w] = hit;
  }
  return set;
}

/** rowsFromLists for only the rows in `within`. */
export function rowsFromListsWithin(mask: Uint8Array, lists: Lists, within: BitSet): BitSet {
  const { cells, cellStarts, codes } = lists;
  const set = new BitSet(within.size);
  const out = set.words;
  const candidates = within.words;
  const blank = mask[0];
  for (let w = 0; w < candidates.length; w++) {
    let word = candidates[w];
    if (word === 0) continue;
    const base = w << 5;
    let hits = 0;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      const cell = cells[base + bit];
      const start = cellStarts[cell];
      const stop = cellStarts[cell + 1];
      let hit = start === stop ? blank : 0;
      for (let i = start; i < stop && hit === 0; i++) hit = mask[codes[i]] !== 0 ? 1 : 0;
      hits |= hit << bit;
      word &= word - 1;
    }
    out[w] = hits;
  }
  return set;
}

/**
 * The distinct dictionary codes used by the rows in `within` (a row without values uses code 0, the blank),
 * or undefined once there are more than `limit`: then evaluating the whole dictionary is cheaper.
 */
export function codesWithin(
  within: BitSet,
  dictionarySize: number,
  codes: Codes,
  lists: Lists | undefined,
  limit: number,
): Int32Array | undefined {
  const seen = new Uint8Array(dictionarySize);
  const found: number[] = [];
  const note = (code: number) => {
    if (seen[code] === 0) {
      seen[code] = 1;
      found.push(code);
    }
  };
  const candidates = within.words;
  for (let w = 0; w < candidates.length; w++) {
    let word = candidates[w];
    while (word !== 0) {
      const row = (w << 5) + 31 - Math.clz32(word & -word);
      if (lists) {
        const cell = lists.cells[row];
        const start = lists.cellStarts[cell];
        const stop = lists.cellStarts[cell + 1];
        if (start === stop) note(0);
        for (let i = start; i < stop; i++) note(codes[i]);
      } else note(codes[row]);
      if (found.length > limit) return undefined;
      word &= word - 1;
    }
  }
  return Int32Array.from(found);
}
