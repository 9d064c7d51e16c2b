/**
 * Excel's worksheet events for the simulated workbook, with Excel's argument shapes (Excel.WorksheetChangedEventArgs,
 * Excel.WorksheetNameChangedEventArgs). Like Excel, nothing fires while Runtime.enableEvents is false, and handlers
 * run after the change, never inside it.
 */
import type { BookModel, SheetModel } from "../../../test/support/excelFake/model";

export type ChangeType = "RangeEdited" | "RowDeleted";

export interface WorksheetChangedArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: ChangeType;
  /** The changed cells on their sheet, without the sheet's name ("B4", "5:5", "A3:S303"). */
  readonly address: string;
  readonly source: "Local";
  readonly worksheetId: string;
}

export interface WorksheetNameChangedArgs {
  readonly type: "WorksheetNameChanged";
  readonly nameBefore: string;
  readonly nameAfter: string;
  readonly source: "Local";
  readonly worksheetId: string;
}

export type WorkbookEvent = WorksheetChangedArgs | WorksheetNameChangedArgs;
type Handler = (args: WorkbookEvent) => unknown;

interface Listener {
  readonly type: WorkbookEvent["type"];
  /** Undefined: every sheet (the WorksheetCollection's event). */
  readonly sheet?: SheetModel;
  readonly handler: Handler;
}

export class WorkbookEvents {
  private readonly listeners = new Set<Listener>();
  private readonly ids = new WeakMap<SheetModel, string>();
  private nextId = 1;

  constructor(private readonly book: BookModel) {}

  /** A sheet's id, stable while the page lives (Excel's ids are GUIDs; these look like them). */
  idOf(sheet: SheetModel): string {
    let id = this.ids.get(sheet);
    if (!id) this.ids.set(sheet, (id = `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`));
    return id;
  }

  sheetOf(id: string): SheetModel | undefined {
    return this.book.sheets.find((sheet) => this.ids.get(sheet) === id);
  }

  /** Registers a handler; the returned function removes it. */
  on(type: WorkbookEvent["type"], handler: Handler, sheet?: SheetModel): () => void {
    const listener = { type, handler, sheet };
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Fires an event of `sheet` unless events are off; false when they were off. */
  fire(sheet: SheetModel, event: WorkbookEvent): boolean {
    if (!this.book.eventsEnabled) return false;
    for (const listener of [...this.listeners]) {
      if (listener.type !== event.type || (listener.sheet && listener.sheet !== sheet)) continue;
      // Asynchronous and isolated, as in Excel: a failing handler does not undo the edit or stop other handlers.
      setTimeout(
        () =>
          void Promise.resolve()
            .then(() => listener.handler(event))
            .catch((error) => console.error("Event handler failed:", error)),
      );
    }
    return true;
  }
}
