/**
 * An insert-only hash set of strings that numbers its keys 0, 1, 2, … in order of insertion.
 * Why not a Map: at a million distinct keys a Map's growing hash tables make the garbage collector the main cost
 * of building a table (measured about 2x slower). Here the table is a typed array, which the collector does not
 * scan. A slot is one int (docs/decisions.md §D108): the key's number + 1 in the low bits that index the table, and
 * the hash's bits above them as a tag, so a probe compares text only when the tags agree; growing hashes the keys
 * again.
 */
export class StringTable {
  /** The keys, by number. */
  readonly keys: string[] = [];
  /**
   * Open addressing with linear probing, one int a slot: key number + 1 (0 = empty slot) in the bits of `mask`,
   * which hold it while the table is at most half full, and the key's hash outside them.
   */
  private slots = new Int32Array(64);
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
    const { slots, mask } = this;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = slots[at];
      if (slot === 0) {
        this.missedKey = key;
        this.missedHash = hash;
        this.missedAt = at;
        return -1;
      }
      if (((slot ^ hash) & ~mask) === 0 && this.keys[(slot & mask) - 1] === key) return (slot & mask) - 1;
    }
  }

  /** The number of key, adding it first if it is new. */
  add(key: string): number {
    const { slots, mask } = this;
    let hash: number;
    let at: number;
    if (key === this.missedKey) {
      hash = this.missedHash;
      at = this.missedAt;
    } else {
      hash = hashOf(key);
      for (at = hash & mask; ; at = (at + 1) & mask) {
        const slot = slots[at];
        if (slot === 0) break;
        if (((slot ^ hash) & ~mask) === 0 && this.keys[(slot & mask) - 1] === key) return (slot & mask) - 1;
      }
    }
    this.missedKey = undefined;
    const id = this.keys.length;
    this.keys.push(key);
    slots[at] = (hash & ~mask) | (id + 1);
    // Keep the table at most half full so probes stay short.
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    return id;
  }

  /** Twice the slots, every key hashed again: a slot keeps only the hash's bits above the old mask. */
  private grow(): void {
    const keys = this.keys;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < keys.length; id++) {
      const hash = hashOf(keys[id]);
      let at = hash & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = (hash & ~mask) | (id + 1);
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
