/**
 * From a per-code mask (dictionary entry or boolean code) to the rows: one pass over the codes, 32 rows per
 * word, no calls or allocations per row.
 */
import { BitSet } from "../bitset";

/** Rows whose single code is set in the mask. */
export function rowsFromCodes(mask: Uint8Array, codes: Int32Array | Uint8Array): BitSet {
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
export function rowsFromLists(mask: Uint8Array, offsets: Int32Array, codes: Int32Array): BitSet {
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
