/**
 * A checkpoint (each line's fingerprint by Line No., in sheet order) held in typed arrays: a Map of 83,610 lines
 * with a string per print took some 5 MB, and an action holds two or three of them at once; these arrays take
 * 16 bytes a line (docs/decisions.md §D113). It reads as a ReadonlyMap with a Map's semantics: a Line No. given
 * twice to from() keeps its first place and its last print.
 */

/** A print fingerprint() writes: a 32-bit number in base 36, as `(n >>> 0).toString(36)` spells it. */
function printNumber(print: string): number | undefined {
  if (print.length === 0 || print.length > 7) return undefined;
  const n = parseInt(print, 36);
  return n >= 0 && n <= 0xffffffff && n.toString(36) === print ? n : undefined;
}

export class Checkpoint implements ReadonlyMap<number, string> {
  /** Line Nos. in sheet order. */
  private readonly lineNos: Float64Array;
  /** Each line's print as its number; a print that is none (blank, or written otherwise) is in `odd`. */
  private readonly prints: Uint32Array;
  private readonly odd: ReadonlyMap<number, string>;
  /** Positions in `lineNos` sorted by Line No., made at the first lookup, which searches them. */
  #sorted: Uint32Array | undefined;

  private constructor(lineNos: Float64Array, prints: Uint32Array, odd: ReadonlyMap<number, string>) {
    this.lineNos = lineNos;
    this.prints = prints;
    this.odd = odd;
  }

  /** The pairs in order, as `new Map(pairs)` would hold them (a stored checkpoint may name a Line No. twice). */
  static from(pairs: Iterable<readonly [number, string]>): Checkpoint {
    const lines = [...new Map(pairs)];
    return Checkpoint.of(
      lines.length,
      (i) => lines[i][0],
      (i) => lines[i][1],
    );
  }

  /**
   * The checkpoint of `size` lines, each Line No. once (a segment's lines as read, whose keys are checked), the i-th
   * with Line No. `lineNoAt(i)` and print `printAt(i)`, given as its text or as the number it spells
   * (fingerprintNumber): no pair, string or growing array per line.
   */
  static of(size: number, lineNoAt: (i: number) => number, printAt: (i: number) => string | number): Checkpoint {
    const lineNos = new Float64Array(size);
    const prints = new Uint32Array(size);
    const odd = new Map<number, string>();
    for (let i = 0; i < size; i++) {
      lineNos[i] = lineNoAt(i) || 0; // -0 is 0, as a Map's key (a Line No. is never NaN)
      const print = printAt(i);
      const number = typeof print === "number" ? print : printNumber(print);
      if (number === undefined) odd.set(i, print as string);
      else prints[i] = number;
    }
    return new Checkpoint(lineNos, prints, odd);
  }

  private get byLineNo(): Uint32Array {
    const lineNos = this.lineNos;
    this.#sorted ??= Uint32Array.from(lineNos.keys()).sort((a, b) => lineNos[a] - lineNos[b]);
    return this.#sorted;
  }

  get size(): number {
    return this.lineNos.length;
  }

  private indexOf(lineNo: number): number {
    const { byLineNo, lineNos } = this;
    let low = 0;
    let high = byLineNo.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = lineNos[byLineNo[mid]];
      if (found === lineNo) return byLineNo[mid];
      if (found < lineNo) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private printAt(i: number): string {
    return this.odd.get(i) ?? this.prints[i].toString(36);
  }

  /** What `made` makes of each line, in order, as a Map's iterators give it. */
  private each<T>(made: (lineNo: number, i: number) => T): MapIterator<T> {
    return Array.from(this.lineNos, made).values();
  }

  has(lineNo: number): boolean {
    return this.indexOf(lineNo) >= 0;
  }

  get(lineNo: number): string | undefined {
    const i = this.indexOf(lineNo);
    return i < 0 ? undefined : this.printAt(i);
  }

  forEach(callback: (print: string, lineNo: number, map: ReadonlyMap<number, string>) => void): void {
    this.lineNos.forEach((lineNo, i) => callback(this.printAt(i), lineNo, this));
  }

  entries(): MapIterator<[number, string]> {
    return this.each((lineNo, i) => [lineNo, this.printAt(i)]);
  }

  keys(): MapIterator<number> {
    return this.each((lineNo) => lineNo);
  }

  values(): MapIterator<string> {
    return this.each((_, i) => this.printAt(i));
  }

  [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }
}
