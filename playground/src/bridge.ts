/**
 * What the playground page shares with the task pane in its iframe: the workbook (the Excel fake's BookModel, which
 * outlives a reload of the pane), the change events of the simulated Excel, and the settings. The pane's stand-in
 * for office.js finds it on window.parent under this name.
 */
import type { BookModel } from "../../test/support/excelFake/model";
import type { WorkbookEvents } from "./workbook/events";
import type { PlaygroundSettings } from "./settings";

export const BRIDGE_NAME = "__contactSegmentsPlayground";
/** On the pane's window: the Excel fake's SyncStats (syncs, bytes asked and answered), for the pane bench. */
export const EXCEL_STATS_NAME = "__contactSegmentsExcelStats";
/**
 * On the pane's window: when the Excel fake worked on the pane's thread (performance.now() intervals, one per sync),
 * work Excel does in Excel, never on the pane's thread; the pane bench leaves it out of the pane's long tasks.
 */
export const EXCEL_BUSY_NAME = "__contactSegmentsExcelBusy";

export interface BusyInterval {
  readonly start: number;
  readonly end: number;
}

export interface PlaygroundBridge {
  readonly book: BookModel;
  readonly events: WorkbookEvents;
  /** Read at each sync, so a new latency applies without reloading the pane. */
  readonly settings: () => PlaygroundSettings;
  /** Office.context.document.settings: stored with the workbook, so they too outlive the pane. */
  readonly documentSettings: Map<string, unknown>;
  /** The pane synced: the grid shows the workbook again. */
  readonly changed: () => void;
}

export type BridgeWindow = Window & { [BRIDGE_NAME]?: PlaygroundBridge };
