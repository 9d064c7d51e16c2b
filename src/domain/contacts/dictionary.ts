import { StringTable } from "./stringTable";

/** When a dictionary first checks how unique its values are, and how often after: at 1024, 2048, 4096, … values. */
export const FIRST_UNIQUENESS_CHECK = 1024;

/** Share of distinct values above which a dictionary stops deduplicating (docs/decisions.md §D36). */
export const PLAIN_DISTINCT_SHARE = 0.5;

/**
 * Assigns each distinct string a small code, in order of first appearance; code 0 is always the blank "".
 *
 * Nearly unique values (contact numbers, e-mail addresses) gain nothing from a dictionary and cost a hash lookup
 * each, the largest part of building a table when profiled. So a dictionary that may go plain checks at
 * FIRST_UNIQUENESS_CHECK values and at each doubling: when more than PLAIN_DISTINCT_SHARE of the values seen are
 * distinct, it stops looking values up and gives every later value an entry of its own (docs/decisions.md §D36).
 * Entries may then repeat: a reader treats the dictionary as the list of values its codes point at, never as a set.
 */
export class Dictionary {
  private table: StringTable | undefined;
  private list: string[];
  private count = 1;
  private seen = 0;
  private nextCheck: number;

  /** `capacity`: at most how many values will be coded, so a plain dictionary's list is made once, not grown. */
  constructor(
    mayGoPlain = false,
    private readonly capacity = 0,
  ) {
    const table = new StringTable();
    table.add("");
    this.table = table;
    this.list = table.keys;
    this.nextCheck = mayGoPlain ? FIRST_UNIQUENESS_CHECK : Infinity;
  }

  /** True once the dictionary gives every value its own entry. */
  get plain(): boolean {
    return this.table === undefined;
  }

  /** How many entries there are, the blank one included. */
  get size(): number {
    return this.count;
  }

  /** The distinct values by code (then every value, once plain). */
  get entries(): string[] {
    if (this.list.length > this.count) this.list.length = this.count;
    return this.list;
  }

  code(value: string): number {
    if (value === "") return 0;
    const table = this.table;
    if (table === undefined) {
      this.list[this.count] = value;
      return this.count++;
    }
    const code = table.add(value);
    this.count = table.size;
    this.count1();
    return code;
  }

  /**
   * The code of a value that is an entry already, counted as `code` counts it; -1 when it is none (or the
   * dictionary is plain). Every entry is normalised text, so a cell found here as it is needs no normalising
   * (docs/decisions.md §D71): profiled at 1,000,000 rows, normalising was about 6% of building the table, most of
   * it on cells the dictionary held.
   */
  known(value: string): number {
    const table = this.table;
    if (table === undefined || value === "") return -1;
    const code = table.find(value);
    if (code > 0) this.count1();
    return code;
  }

  private count1(): void {
    if (++this.seen === this.nextCheck) {
      this.nextCheck *= 2;
      if (this.count - 1 > this.seen * PLAIN_DISTINCT_SHARE) this.goPlain();
    }
  }

  private goPlain(): void {
    const keys = this.list;
    // Holes are filled as values come; `entries` cuts the list to the values there are.
    const list = new Array<string>(Math.max(keys.length, this.capacity + 1));
    for (let i = 0; i < keys.length; i++) list[i] = keys[i];
    this.list = list;
    this.table = undefined;
  }
}
