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

/**
 * A column's codes, made for its first rows only and then for every row at the first slice past them (how wide they
 * must be shows in the first rows: docs/decisions.md §D102). They are then made as wide as the rate of new values
 * since the middle of the first rows foretells (docs/decisions.md §D109): a column whose values all came in its first
 * rows (cities) keeps narrow codes, and a column of company names, a new one every few rows, goes straight to
 * 4 bytes instead of through a 2-byte copy of a million codes dropped later.
 */
export class CodesForEveryRow {
  // The dictionary's size at the first slice from the middle of the first rows on, and that slice's first row.
  private sizeThen = -1;
  private rowThen = 0;

  /**
   * `widest`: the largest code the foretelling may make room for. A list column's cells are combinations of a few
   * values, whose count levels off after the first rows: foretold from those, a few hundred cells looked like more
   * than 2 bytes hold.
   */
  constructor(
    private readonly length: number,
    private readonly firstRows: number,
    private readonly widest: number,
  ) {}

  /** Zeroed codes for the first rows. */
  first(): Codes {
    return newCodes(Math.min(this.length, this.firstRows), 0);
  }

  /** At the start of each slice from..to: `codes` while the slice stays within them, else codes for every row. */
  forSlice(codes: Codes, from: number, to: number, size: number): Codes {
    if (this.sizeThen < 0 && from >= this.firstRows / 2) {
      this.sizeThen = size;
      this.rowThen = from;
    }
    if (to <= codes.length) return codes;
    const { sizeThen, rowThen, length } = this;
    const expected =
      sizeThen < 0 || from <= rowThen
        ? 0
        : Math.min(this.widest, size - 1 + Math.ceil(((size - sizeThen) / (from - rowThen)) * (length - from)));
    return resizedCodes(codes, length, expected);
  }
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
