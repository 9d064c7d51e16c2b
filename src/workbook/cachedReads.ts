/**
 * Reads kept between live counts. A count as the user types must not read 100,000 contacts (and the segment's
 * sheets) from Excel again on every keystroke, so the preview book keeps each read until invalidate(): the pane
 * calls it when Excel reports a change anywhere in the workbook. A commit of the pane's own drops the reads of the
 * add-in's sheets, and the contact sheet's only when it wrote to it. An action that writes opens a fresh book, whose
 * commit re-checks what it read; its contact sheet comes from the kept read, which Excel's change events vouch for
 * (docs/decisions.md §D38).
 */
import { delegateBook } from "../app/store/delegateBook";
import type { BookChange, BookState, SegmentBook, StoredRow } from "../app/store/ports";
import type { ContactSheetInput } from "../domain/contacts";
import type { SheetSpec } from "../app/store/sheetSpecs";

interface Reads {
  readonly contacts: Map<string, Promise<ContactSheetInput>>;
  readonly rows: Map<SheetSpec, Promise<StoredRow<unknown>[]>>;
  readonly sheets: Map<SheetSpec, Promise<boolean>>;
  state?: Promise<BookState>;
  /** One underlying book per generation, opened on the first miss. */
  book?: Promise<SegmentBook>;
}

const emptyReads = (): Reads => ({ contacts: new Map(), rows: new Map(), sheets: new Map() });

export class CachedReads {
  private reads = emptyReads();
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  private keeping = true;

  constructor(private readonly open: () => Promise<SegmentBook>) {}

  /** Changes whenever the kept reads are dropped: a count shown for an older version is out of date. */
  readonly version = (): number => this.generation;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Drops every kept read. A read still running keeps filling the old generation's maps, never the new ones. */
  readonly invalidate = (): void => {
    this.reads = emptyReads();
    this.generation++;
    for (const listener of this.listeners) listener();
  };

  /**
   * Drops every kept read without telling subscribers: after a Cancel the user asked for less work, so nothing may
   * start a read again by itself; the next count or panel read starts afresh.
   */
  readonly drop = (): void => {
    this.reads = emptyReads();
  };

  /** Without news of changes (Excel refused the events) nothing may be kept: every read goes to the workbook. */
  readonly stopKeeping = (): void => {
    this.keeping = false;
    this.invalidate();
  };

  /**
   * The preview book: reads come from the cache; a commit through it goes to a fresh book and then invalidates.
   */
  book(): SegmentBook {
    return {
      listContactSources: () => this.open().then((book) => book.listContactSources()),
      readContactSheet: (request) =>
        this.keep(this.reads.contacts, request.name ?? "", (book) => book.readContactSheet(request)),
      hasSheet: (spec) => this.keep(this.reads.sheets, spec, (book) => book.hasSheet(spec)),
      readRows: <R>(spec: SheetSpec<R>) =>
        this.keep(this.reads.rows, spec, (book) => book.readRows<unknown>(spec)) as Promise<StoredRow<R>[]>,
      readState: () => {
        if (!this.keeping) return this.open().then((book) => book.readState());
        const reads = this.reads;
        return (reads.state ??= this.forget(
          this.underlying(reads).then((book) => book.readState()),
          () => (reads.state = undefined),
        ));
      },
      commit: (change) => this.observe(this.open)().then((book) => book.commit(change)),
    };
  }

  /**
   * Wraps an opener for actions: their books read the contact sheet through the kept reads while Excel reports
   * changes (docs/decisions.md §D38), and every commit through them drops what it may have changed, whether it
   * succeeds or not.
   */
  observe(open: () => Promise<SegmentBook>): () => Promise<SegmentBook> {
    return async () => {
      const book = await open();
      return delegateBook(book, {
        readContactSheet: (request) =>
          this.keeping
            ? this.keep(this.reads.contacts, request.name ?? "", (kept) => kept.readContactSheet(request))
            : book.readContactSheet(request),
        commit: async (change: BookChange) => {
          try {
            await book.commit(change);
          } finally {
            this.committed(change);
          }
        },
      });
    };
  }

  /**
   * After a commit of the pane's own: the add-in's sheets and the state are read again; the contact sheet only when
   * the change wrote to it, since Excel reports no change of ours (the write protocol turns events off) and the
   * add-in writes nothing else there.
   */
  private committed(change: BookChange): void {
    const kept = change.contactCells ? undefined : this.reads.contacts;
    this.reads = { ...emptyReads(), contacts: kept ?? new Map() };
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  private underlying(reads: Reads): Promise<SegmentBook> {
    return (reads.book ??= this.forget(this.open(), () => (reads.book = undefined)));
  }

  private keep<K, V>(map: Map<K, Promise<V>>, key: K, read: (book: SegmentBook) => Promise<V>): Promise<V> {
    if (!this.keeping) return this.open().then(read);
    const kept = map.get(key);
    if (kept) return kept;
    const reads = this.reads;
    const value = this.forget(this.underlying(reads).then(read), () => map.delete(key));
    map.set(key, value);
    return value;
  }

  /** A failed read is not kept: the next count tries again (after the user fixed the sheet, say). */
  private forget<V>(value: Promise<V>, drop: () => void): Promise<V> {
    value.catch(drop);
    return value;
  }
}
