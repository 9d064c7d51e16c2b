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

/**
 * Multi-valued rows: a row matches when one of its values is set in the mask; a row without values counts as
 * the blank value, mask[0].
 */
export function rowsFromLists(mask: Uint8Array, offsets: Int32Array, codes: Codes): BitSet {
  const n = offsets.length - 1;
  const set = new BitSet(n);
  const words = set.words;
  const blank = mask[0];
  let start = offsets[0];
  for (let base = 0, w = 0; base < n; base += 32, w++) {
    const end = base + 32 < n ? base + 32 : n;
    let word = 0;
    for (let r = base; r < end; r++) {
      const stop = offsets[r + 1];
      let hit = start === stop ? blank : 0;
      for (let i = start; i < stop; i++) {
        if (mask[codes[i]] !== 0) {
          hit = 1;
          break;
        }
      }
      word |= hit << (r - base);
      start = stop;
    }
    words[w] = word;
  }
  return set;
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
export function rowsFromListsWithin(mask: Uint8Array, offsets: Int32Array, codes: Codes, within: BitSet): BitSet {
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
      const row = base + bit;
      const start = offsets[row];
      const stop = offsets[row + 1];
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
  offsets: Int32Array | undefined,
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
      if (offsets) {
        const start = offsets[row];
        const stop = offsets[row + 1];
        if (start === stop) note(0);
        for (let i = start; i < stop; i++) note(codes[i]);
      } else note(codes[row]);
      if (found.length > limit) return undefined;
      word &= word - 1;
    }
  }
  return Int32Array.from(found);
}
