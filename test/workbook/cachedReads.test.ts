import { addContacts } from "../../src/app/addContacts";
import { loadContacts } from "../../src/app/store/contactSource";
import { contactSources } from "../../src/app/contactSourceChoice";
import { createSegment } from "../../src/app/createSegment";
import { delegateBook } from "../../src/app/store/delegateBook";
import type { SegmentBook } from "../../src/app/store/ports";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { ReadProgressStore } from "../../src/taskpane/readProgress";
import { CachedReads } from "../../src/workbook/cachedReads";
import { SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import { MemoryBook } from "../support/memoryBook";

const CTX = { today: "2026-11-25", workdate: "2026-11-25", locale: "en", userId: "T", time: "10:00:00" };
const JO = [[{ table: "Contact" as const, field: "Salesperson Code", filter: "JO" }]];

/** A MemoryBook whose every read is counted, opened anew each time as the pane's ExcelBook is. */
function counted(book: MemoryBook) {
  const reads = { contacts: 0, rows: 0, opens: 0 };
  const open = async (): Promise<SegmentBook> => {
    reads.opens++;
    return delegateBook(book, {
      readContactSheet: (r) => (reads.contacts++, book.readContactSheet(r)),
      readRows: (spec) => (reads.rows++, book.readRows(spec)),
    });
  };
  return { reads, open };
}

async function bookWithSegment() {
  const book = new MemoryBook(bcBaseSheet());
  await createSegment(book, CTX, { description: "Spring" });
  return book;
}

describe("reads kept for live counts", () => {
  it("reads the contacts and the segment once for many previews, with the same counts as a fresh book", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    const fresh = await addContacts(book, CTX, {
      segmentNo: "SEG00001",
      groups: JO,
      options: NO_OPTIONS,
      preview: true,
    });
    for (let i = 0; i < 5; i++) {
      const viaCache = await addContacts(cached.book(), CTX, {
        segmentNo: "SEG00001",
        groups: JO,
        options: NO_OPTIONS,
        preview: true,
      });
      expect(viaCache.added).toBe(fresh.added);
    }
    expect(reads.contacts).toBe(1);
    expect(reads.opens).toBe(1);
    const rowsAfterFirst = reads.rows;
    await addContacts(cached.book(), CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS, preview: true });
    expect(reads.rows).toBe(rowsAfterFirst);
  });

  it("builds the contact table once for the same sheet read", async () => {
    const book = await bookWithSegment();
    const cached = new CachedReads(counted(book).open);
    const first = await loadContacts(cached.book(), CTX);
    expect(await loadContacts(cached.book(), CTX)).toBe(first);
    expect(await loadContacts(cached.book(), { ...CTX, locale: "sv" })).not.toBe(first);
  });

  it("reads again after invalidate(), and tells subscribers", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    const heard = jest.fn();
    cached.subscribe(heard);
    await cached.book().readContactSheet({});
    const before = cached.version();
    const sheet = bcBaseSheet();
    sheet.values[10][5] = "JO";
    book.setContacts(sheet);
    cached.invalidate();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(cached.version()).toBe(before + 1);
    expect((await cached.book().readContactSheet({})).values[10][5]).toBe("JO");
    expect(reads.contacts).toBe(2);
  });

  it("drops the kept reads after a commit through an observed opener, even a failed one", async () => {
    const book = await bookWithSegment();
    const { open } = counted(book);
    const cached = new CachedReads(open);
    const linesBefore = (await cached.book().readRows(SEGMENT_LINES)).length;
    await addContacts(await cached.observe(open)(), CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    expect((await cached.book().readRows(SEGMENT_LINES)).length).toBeGreaterThan(linesBefore);

    const failing = async (): Promise<SegmentBook> =>
      delegateBook(await open(), { commit: () => Promise.reject(new Error("sync failed")) });
    const version = cached.version();
    await expect((await cached.observe(failing)()).commit({})).rejects.toThrow("sync failed");
    expect(cached.version()).toBe(version + 1);
  });

  it("keeps the contact read across a commit of its own that wrote none of it, and serves actions from it", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    const heard = jest.fn();
    cached.subscribe(heard);
    const kept = await cached.book().readContactSheet({});
    const rowsBefore = reads.rows;
    const result = await addContacts(await cached.observe(open)(), CTX, {
      segmentNo: "SEG00001",
      groups: JO,
      options: NO_OPTIONS,
    });
    expect(result.added).toBeGreaterThan(0);
    // The action's book read the contacts from the kept read; the commit told subscribers and dropped the rest.
    expect(reads.contacts).toBe(1);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(await cached.book().readContactSheet({})).toBe(kept);
    expect((await cached.book().readRows(SEGMENT_LINES)).length).toBe(result.added);
    expect(reads.rows).toBeGreaterThan(rowsBefore);
  });

  it("reads the contact sheet again after a commit of its own that wrote to it", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    await cached.book().readContactSheet({});
    const writing = async (): Promise<SegmentBook> => delegateBook(await open(), { commit: () => Promise.resolve() });
    const change = {
      contactCells: { sheetName: "Contacts", headerRow: 1, column: 20, header: "X", addColumn: true, cells: [] },
    };
    await (await cached.observe(writing)()).commit(change);
    await cached.book().readContactSheet({});
    expect(reads.contacts).toBe(2);
  });

  it("lets actions read the contact sheet themselves once Excel refused to report changes", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    cached.stopKeeping();
    const action = await cached.observe(open)();
    await action.readContactSheet({});
    await action.readContactSheet({});
    expect(reads.contacts).toBe(2);
    expect(reads.opens).toBe(1);
  });

  it("does not keep a failed read, nor a read that finished after invalidate()", async () => {
    const book = await bookWithSegment();
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let opens = 0;
    const cached = new CachedReads(async () => {
      opens++;
      if (fail) throw new Error("Excel is busy");
      await gate;
      return book;
    });
    await expect(cached.book().readState()).rejects.toThrow("Excel is busy");
    fail = false;
    const late = cached.book().readContactSheet({});
    cached.invalidate();
    release();
    await late;
    await cached.book().readContactSheet({});
    expect(opens).toBe(3);
  });

  it("drop() forgets kept reads without telling subscribers, so a Cancel starts no read by itself", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    const heard = jest.fn();
    cached.subscribe(heard);
    await cached.book().readContactSheet({});
    const version = cached.version();
    cached.drop();
    expect(heard).not.toHaveBeenCalled();
    expect(cached.version()).toBe(version);
    await cached.book().readContactSheet({});
    expect(reads.contacts).toBe(2);
  });

  it("keeps nothing once Excel refused to report changes", async () => {
    const book = await bookWithSegment();
    const { reads, open } = counted(book);
    const cached = new CachedReads(open);
    cached.stopKeeping();
    await cached.book().readContactSheet({});
    await cached.book().readContactSheet({});
    expect(reads.contacts).toBe(2);
  });

  it("lets the pane's books list the contact sources through both wrappers, as index.tsx stacks them", async () => {
    const book = new MemoryBook(bcBaseSheet());
    const store = new ReadProgressStore();
    const open = store.track(async () => book);
    const paneBook = await new CachedReads(open).observe(open)();
    expect(await contactSources(paneBook)).toEqual({
      tables: [],
      sheets: ["Contacts"],
      current: "Contacts",
      stored: "",
    });
  });
});
