/**
 * Gives the fake's worksheets the event sources of Excel (worksheet.onChanged, worksheets.onChanged,
 * worksheets.onNameChanged), fed by the playground's grid. Added here, not in the fake, because only the playground
 * has a user who edits cells by hand. Registration rides in the next sync, as in Excel.
 */
import type { FakeRequestContext } from "../../../test/support/excelFake/context";
import { FakeWorksheet, FakeWorksheetCollection } from "../../../test/support/excelFake/objects";
import type { SheetModel } from "../../../test/support/excelFake/model";
import type { WorkbookEvent, WorkbookEvents } from "../workbook/events";

function eventSource(
  context: FakeRequestContext,
  events: WorkbookEvents,
  type: WorkbookEvent["type"],
  apiVersion: string,
  sheetOf?: () => SheetModel | null,
) {
  return {
    add(handler: (args: WorkbookEvent) => unknown) {
      let off: (() => void) | undefined;
      context.enqueue({
        payload: { addHandler: type },
        write: false,
        run: () => {
          context.requireApi(apiVersion, `${type} events`);
          off = events.on(type, handler, sheetOf?.() ?? undefined);
        },
      });
      return {
        context,
        remove: () => context.enqueue({ payload: { removeHandler: type }, write: false, run: () => off?.() }),
      };
    },
  };
}

export function addEventSources(events: WorkbookEvents): void {
  const define = (prototype: object, name: string, get: (this: FakeWorksheet & FakeWorksheetCollection) => unknown) =>
    Object.defineProperty(prototype, name, { configurable: true, get });
  define(FakeWorksheet.prototype, "onChanged", function () {
    return eventSource(this.context, events, "WorksheetChanged", "1.7", () => this.resolve());
  });
  define(FakeWorksheetCollection.prototype, "onChanged", function () {
    return eventSource(this.context, events, "WorksheetChanged", "1.9");
  });
  define(FakeWorksheetCollection.prototype, "onNameChanged", function () {
    return eventSource(this.context, events, "WorksheetNameChanged", "1.17");
  });
}
