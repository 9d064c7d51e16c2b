import { StringTable } from "./stringTable";

/**
 * Row of each contact number, keyed by its case-folded form: a ReadonlyMap built on StringTable, because a sheet
 * of a million contacts makes a Map of a million keys the slowest part of reading it (see StringTable).
 */
export class NumberIndex implements ReadonlyMap<string, number> {
  private readonly table = new StringTable();
  private rows: Int32Array;

  constructor(capacity: number) {
    this.rows = new Int32Array(Math.max(1, capacity));
  }

  /** Records row for key unless the key is there already; returns the row it already had, or -1. */
  addFirst(key: string, row: number): number {
    const before = this.table.size;
    const id = this.table.add(key);
    if (id < before) return this.rows[id];
    if (id >= this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    this.rows[id] = row;
    return -1;
  }

  get size(): number {
    return this.table.size;
  }

  get(key: string): number | undefined {
    const id = this.table.find(key);
    return id < 0 ? undefined : this.rows[id];
  }

  has(key: string): boolean {
    return this.table.find(key) >= 0;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    const keys = this.table.keys;
    for (let id = 0; id < keys.length; id++) callback.call(thisArg, this.rows[id], keys[id], this);
  }

  *entries(): MapIterator<[string, number]> {
    const keys = this.table.keys;
    for (let id = 0; id < keys.length; id++) yield [keys[id], this.rows[id]];
  }

  *keys(): MapIterator<string> {
    yield* this.table.keys;
  }

  *values(): MapIterator<number> {
    for (let id = 0; id < this.table.size; id++) yield this.rows[id];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
