/**
 * Dictionary codes, per row or per list item, in the narrowest array that holds the dictionary's largest code
 * (docs/decisions.md §D81): most columns have a few distinct values, and a million rows of 4-byte codes each made
 * the build allocate so much outside the JavaScript heap that V8 collected the whole sheet's values to make room.
 */
export type Codes = Uint8Array | Uint16Array | Int32Array;

/** Bytes a code takes in the narrowest array that holds `largestCode`. */
function widthFor(largestCode: number): number {
  return largestCode <= 0xff ? 1 : largestCode <= 0xffff ? 2 : 4;
}

function codesOfWidth(length: number, width: number): Codes {
  return width === 1 ? new Uint8Array(length) : width === 2 ? new Uint16Array(length) : new Int32Array(length);
}

/** Zeroed codes of this length, in the narrowest array that holds `largestCode`. */
export function newCodes(length: number, largestCode: number): Codes {
  return codesOfWidth(length, widthFor(largestCode));
}

/** The largest code the array holds. */
export function largestCodeOf(codes: Codes): number {
  return codes.BYTES_PER_ELEMENT === 1 ? 0xff : codes.BYTES_PER_ELEMENT === 2 ? 0xffff : 0x7fffffff;
}

/**
 * The largest code to make room for when `code` outgrows the codes after `seen` of their `length` rows: a column
 * whose rows have mostly been distinct so far, and that would at that rate pass 2-byte codes, goes straight to
 * 4-byte ones (docs/decisions.md §D102). Names and e-mail addresses otherwise went through 1-, 2- and 4-byte copies
 * of a million codes each, allocation that made V8 collect the whole sheet's values during the build.
 */
export function largestCodeAhead(code: number, seen: number, length: number): number {
  return code * 2 > seen && (code / seen) * length > 0xffff ? 0x10000 : code;
}

/** A copy of the codes `length` long (at least their length) in an array that also holds `largestCode`. */
export function resizedCodes(codes: Codes, length: number, largestCode: number): Codes {
  const copy = codesOfWidth(length, Math.max(codes.BYTES_PER_ELEMENT, widthFor(largestCode)));
  copy.set(codes);
  return copy;
}

/** The codes of a dictionary of `size` entries in the narrowest array: these when they are, else a copy. */
export function narrowestCodes(codes: Codes, size: number): Codes {
  const width = widthFor(Math.max(0, size - 1));
  if (codes.BYTES_PER_ELEMENT === width) return codes;
  const copy = codesOfWidth(codes.length, width);
  copy.set(codes);
  return copy;
}
