/**
 * An insert-only hash set of strings that numbers its keys 0, 1, 2, … in order of insertion.
 * Why not a Map: at a million distinct keys a Map's growing hash tables make the garbage collector the main cost
 * of building a table (measured about 2x slower). Here the table is a typed array, which the collector does not
 * scan; each slot holds the key's hash beside its number, so a probe reads one cache line and growing never
 * hashes a string again.
 */
export class StringTable {
  /** The keys, by number. */
  readonly keys: string[] = [];
  /** Open addressing with linear probing, two ints a slot: key number + 1 (0 = empty slot), then the key's hash. */
  private slots = new Int32Array(2 * 64);
  private mask = 63;
  /**
   * The key `find` last missed and the empty slot where it stopped, until the table next changes: a dictionary
   * looks a cell up as written and adds it when missing, so `add` of that key takes the slot without hashing and
   * probing again (docs/decisions.md §D96).
   */
  private missedKey: string | undefined;
  private missedHash = 0;
  private missedAt = 0;

  get size(): number {
    return this.keys.length;
  }

  /** The number of key, or -1. */
  find(key: string): number {
    const hash = hashOf(key);
    const slots = this.slots;
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const id = slots[2 * at] - 1;
      if (id < 0) {
        this.missedKey = key;
        this.missedHash = hash;
        this.missedAt = at;
        return -1;
      }
      if (slots[2 * at + 1] === hash && this.keys[id] === key) return id;
    }
  }

  /** The number of key, adding it first if it is new. */
  add(key: string): number {
    const slots = this.slots;
    let hash: number;
    let at: number;
    if (key === this.missedKey) {
      hash = this.missedHash;
      at = this.missedAt;
    } else {
      hash = hashOf(key);
      for (at = hash & this.mask; ; at = (at + 1) & this.mask) {
        const id = slots[2 * at] - 1;
        if (id < 0) break;
        if (slots[2 * at + 1] === hash && this.keys[id] === key) return id;
      }
    }
    this.missedKey = undefined;
    const id = this.keys.length;
    this.keys.push(key);
    slots[2 * at] = id + 1;
    slots[2 * at + 1] = hash;
    // Keep the table at most half full so probes stay short.
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from] === 0) continue;
      let at = old[from + 1] & mask;
      while (slots[2 * at] !== 0) at = (at + 1) & mask;
      slots[2 * at] = old[from];
      slots[2 * at + 1] = old[from + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, then a final mix so that similar keys (CT000001, CT000002) spread out. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}
