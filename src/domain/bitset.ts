/** A fixed-size set of row indexes, 32 rows a word: the currency of filtering. */
export class BitSet {
  readonly words: Uint32Array;

  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static full(size: number): BitSet {
    const set = new BitSet(size);
    set.words.fill(0xffffffff);
    set.clearTail();
    return set;
  }

  has(index: number): boolean {
    return (this.words[index >>> 5] & (1 << (index & 31))) !== 0;
  }

  add(index: number): void {
    this.words[index >>> 5] |= 1 << (index & 31);
  }

  delete(index: number): void {
    this.words[index >>> 5] &= ~(1 << (index & 31));
  }

  clone(): BitSet {
    return new BitSet(this.size, this.words.slice());
  }

  and(other: BitSet): BitSet {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] & other.words[i];
    return new BitSet(this.size, out);
  }

  or(other: BitSet): BitSet {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] | other.words[i];
    return new BitSet(this.size, out);
  }

  andNot(other: BitSet): BitSet {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] & ~other.words[i];
    return new BitSet(this.size, out);
  }

  not(): BitSet {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = ~this.words[i];
    const set = new BitSet(this.size, out);
    set.clearTail();
    return set;
  }

  count(): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) {
      let v = this.words[i];
      v = v - ((v >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      total += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return total;
  }

  /** Row indexes in ascending order. */
  toArray(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words.length; w++) {
      let word = this.words[w];
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        out.push((w << 5) + bit);
        word &= word - 1;
      }
    }
    return out;
  }

  static fromIndexes(size: number, indexes: Iterable<number>): BitSet {
    const set = new BitSet(size);
    for (const i of indexes) set.add(i);
    return set;
  }

  private clearTail(): void {
    const extra = this.words.length * 32 - this.size;
    if (extra > 0) this.words[this.words.length - 1] &= 0xffffffff >>> extra;
  }
}
