/**
 * The simulated workbook as the playground page holds it: the fake's model, its events and the grid's operations,
 * plus a version number that moves whenever the grid or the pane changed something, so React draws the grid again
 * (at most once per frame, since the pane can sync many times in a row).
 */
import type { BookModel } from "../../../test/support/excelFake/model";
import { WorkbookEvents, type WorkbookEvent } from "../workbook/events";
import { GridOps } from "../workbook/gridOps";

export class WorkbookStore {
  readonly events: WorkbookEvents;
  readonly ops: GridOps;
  readonly documentSettings = new Map<string, unknown>();
  /** The events fired so far, newest first (the page shows the last few). */
  readonly log: WorkbookEvent[] = [];
  private version = 0;
  private scheduled = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly book: BookModel) {
    this.events = new WorkbookEvents(book);
    this.ops = new GridOps(book, this.events);
    this.events.on("WorksheetChanged", (event) => this.record(event));
    this.events.on("WorksheetNameChanged", (event) => this.record(event));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  changed = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.version++;
      for (const listener of this.listeners) listener();
    });
  };

  private record(event: WorkbookEvent): void {
    this.log.unshift(event);
    this.log.length = Math.min(this.log.length, 50);
    this.changed();
  }
}
