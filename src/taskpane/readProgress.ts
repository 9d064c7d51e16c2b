/**
 * Progress of the contact sheet reads under way, for the pane's one ProgressBar, and their Cancel. Each book the
 * pane opens gets watch(): its reads report here and stop when cancel() aborts the signal they were given. After a
 * cancel, new books get a new signal.
 */
import { delegateBook } from "../app/store/delegateBook";
import type { SegmentBook } from "../app/store/ports";
import type { ReadWatch } from "../workbook/readWatch";

export interface ReadProgressState {
  readonly rows: number;
  readonly total: number;
}

export class ReadProgressStore {
  private controller = new AbortController();
  private state: ReadProgressState | undefined;
  private readonly listeners = new Set<() => void>();

  /** onCancel: whatever kept a book opened with the old signal must drop it (the pane's kept reads). */
  constructor(private readonly onCancel: () => void = () => undefined) {}

  readonly snapshot = (): ReadProgressState | undefined => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The watch to open a book with now. */
  watch(): ReadWatch {
    return {
      signal: this.controller.signal,
      progress: (rows, total) => this.set(rows < total ? { rows, total } : undefined),
    };
  }

  /** Wraps an opener so the bar goes away when a read ends, whether it finished, failed or was canceled. */
  track(open: () => Promise<SegmentBook>): () => Promise<SegmentBook> {
    return async () => {
      const book = await open();
      return delegateBook(book, {
        readContactSheet: (request) => book.readContactSheet(request).finally(() => this.set(undefined)),
      });
    };
  }

  readonly cancel = (): void => {
    this.controller.abort();
    this.controller = new AbortController();
    this.set(undefined);
    this.onCancel();
  };

  private set(next: ReadProgressState | undefined): void {
    if (next?.rows === this.state?.rows && next?.total === this.state?.total) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
