/**
 * A book that passes every call to another, except those given: the one way to wrap a book (the pane watches,
 * keeps or times some of its calls), so a method added to the port is passed on everywhere at once.
 */
import type { SegmentBook } from "./ports";

export function delegateBook(book: SegmentBook, overrides: Partial<SegmentBook> = {}): SegmentBook {
  return {
    contactQueries: book.contactQueries,
    readContactSheet: (request) => book.readContactSheet(request),
    listContactSources: () => book.listContactSources(),
    hasSheet: (spec) => book.hasSheet(spec),
    readRows: (spec) => book.readRows(spec),
    readState: () => book.readState(),
    commit: (change) => book.commit(change),
    claim: book.claim?.bind(book),
    ...overrides,
  };
}
