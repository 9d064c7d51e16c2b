/**
 * The live count's condition cache, kept only while the contact sheet and the Interaction Log stay the same. The
 * domain keys cached results by column, filter and dates, not by the cells, so an edit to either between two
 * keystrokes (a hand edit, entries canceled) must empty it or the count would no longer be exact. The same read
 * object is taken as unchanged (a gateway that caches its read returns the same one); a new object is compared by
 * a fingerprint of its cells (about 30 ms at 100,000 rows, less than evaluating the conditions again), taken only
 * once a second object comes.
 */
import { delegateBook } from "../../../../app/store/delegateBook";
import type { SegmentBook, StoredRow } from "../../../../app/store/ports";
import type { BitSet } from "../../../../domain/bitset";
import type { ContactSheetInput } from "../../../../domain/contacts";
// Only to recognise the read that Interaction Log conditions run on: the other sheets a count reads hold no condition.
import { INTERACTION_LOG, type SheetSpec } from "../../../../app/store/sheetSpecs";

/** FNV-1a over every cell and the shape of the sheet; a separator keeps ["ab",""] apart from ["a","b"]. */
export function sheetFingerprint(input: ContactSheetInput): string {
  const shape = [
    input.sheetName,
    input.firstRow,
    input.firstColumn,
    input.locale,
    input.hasTotalsRow,
    (input.numberFormats ?? []).join("\u0001"),
    input.values.length,
  ];
  return `${cellsHash(input.values)}:${JSON.stringify(shape)}`;
}

/** The same over stored rows' records (the Interaction Log as the count reads it). */
export function rowsFingerprint(rows: readonly StoredRow<unknown>[]): string {
  return `${cellsHash(rows.map((row) => Object.values(row.record as object)))}:${rows.length}`;
}

function cellsHash(rows: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5 | 0;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    hash = Math.imul(hash ^ 0x1f, 16777619);
  };
  for (const row of rows) {
    for (const cell of row) add(typeof cell === "string" ? cell : `${typeof cell}:${String(cell)}`);
    hash = Math.imul(hash ^ 0x1e, 16777619);
  }
  return (hash >>> 0).toString(36);
}

export class CountCache {
  readonly results = new Map<string, BitSet>();
  private readonly contacts = new ReadCheck<ContactSheetInput>(sheetFingerprint);
  private readonly entries = new ReadCheck<readonly StoredRow<unknown>[]>(rowsFingerprint);

  /** The book as the count sees it: every read of the contact sheet or the log first checks that the cache still holds. */
  watch(book: SegmentBook): SegmentBook {
    return delegateBook(book, {
      readContactSheet: async (request) => {
        const input = await book.readContactSheet(request);
        if (this.contacts.changed(input)) this.results.clear();
        return input;
      },
      readRows: async <R>(spec: SheetSpec<R>) => {
        const rows = await book.readRows(spec);
        if (spec.sheetName === INTERACTION_LOG.sheetName && this.entries.changed(rows)) this.results.clear();
        return rows;
      },
    });
  }
}

/**
 * Whether a read differs from the last one: the same object never does, a new one when its fingerprint does. The
 * first read is not fingerprinted (nothing is cached from before it): a panel that opens on a kept read of 100,000
 * contacts starts counting at once; the prints are taken when a second object comes.
 */
class ReadCheck<T> {
  private last?: T;
  private lastPrint?: string;

  constructor(private readonly fingerprint: (read: T) => string) {}

  changed(read: T): boolean {
    if (read === this.last) return false;
    const last = this.last;
    this.last = read;
    if (last === undefined) return false;
    const before = this.lastPrint ?? this.fingerprint(last);
    this.lastPrint = this.fingerprint(read);
    return this.lastPrint !== before;
  }
}
