/**
 * The playground's stand-in for office.js, loaded in the task pane's iframe where Office would load office.js:
 * Office.onReady, Office.context (display language, theme, requirement sets) and Excel.run over the Excel fake.
 * The workbook itself belongs to the page around the pane (see bridge.ts), so it survives a reload of the pane; the
 * fake's request side is created here, in the pane's own window, so errors and arrays the pane receives are of its
 * own realm (an `instanceof Error` in the pane behaves as with the real office.js).
 */
import { FakeExcel } from "../../../test/support/excelFake";
import {
  BRIDGE_NAME,
  EXCEL_BUSY_NAME,
  EXCEL_STATS_NAME,
  type BridgeWindow,
  type BusyInterval,
  type PlaygroundBridge,
} from "../bridge";
import { addEventSources } from "./eventSources";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Office's own colours for its light and dark themes (Office.context.officeTheme). */
const OFFICE_THEMES = {
  light: {
    isDarkTheme: false,
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    isDarkTheme: true,
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3B3B3B",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

/** Resolves in a new task (a message, not a timer: browsers clamp nested timers to 4 ms). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

function findBridge(): PlaygroundBridge {
  const bridge = (window.parent as BridgeWindow)[BRIDGE_NAME];
  if (!bridge) {
    document.body.textContent =
      "This page is the task pane of the playground: open the playground page instead (npm run playground).";
    throw new Error("No playground around the task pane.");
  }
  return bridge;
}

/** Office.context.document.settings over the page's map, so they belong to the workbook as in Office. */
function documentSettings(store: Map<string, unknown>) {
  return {
    get: (name: string) => store.get(name) ?? null,
    set: (name: string, value: unknown) => void store.set(name, value),
    remove: (name: string) => void store.delete(name),
    saveAsync: (callback?: (result: { status: "succeeded" }) => void) =>
      setTimeout(() => callback?.({ status: "succeeded" })),
  };
}

function install(bridge: PlaygroundBridge): void {
  const settings = bridge.settings();
  const excel = new FakeExcel({ apiVersion: settings.apiVersion });
  // The page's workbook, not a new one: the field is read-only to keep tests from swapping books mid-run.
  Object.defineProperty(excel, "book", { value: bridge.book });
  const busy: BusyInterval[] = [];
  let busySince: number | undefined;
  excel.beforeSync = async () => {
    bridge.changed();
    // Office answers a sync in a task of its own (a message from Excel), never in the task that sent it: so does the
    // stand-in with no latency, else a read of many blocks would be one long task no pane in Excel ever sees.
    const latencyMs = bridge.settings().latencyMs;
    await (latencyMs === 0 ? nextTask() : new Promise((resolve) => setTimeout(resolve, latencyMs)));
    // What follows until the answer is the fake doing Excel's part: running the batch, measuring the answer.
    busySince = performance.now();
  };
  addEventSources(bridge.events);

  /** The batch's syncs answered apart: Excel's work in one task, the pane's next step in the next, as in Office. */
  const answeredApart = (context: Excel.RequestContext): Excel.RequestContext => {
    const sync = context.sync.bind(context);
    const apart = async <T>(value?: T): Promise<T> => {
      try {
        return await sync(value);
      } finally {
        if (busySince !== undefined) busy.push({ start: busySince, end: performance.now() });
        busySince = undefined;
        await nextTask();
      }
    };
    return Object.assign(context, { sync: apart });
  };

  const run = async <T>(first: Batch<T> | { mergeUndoGroup?: boolean }, second?: Batch<T>): Promise<T> => {
    const [batch, options] = typeof first === "function" ? [first, {}] : [second, first];
    if (typeof batch !== "function") throw new Error("The playground's Excel.run takes (batch) or (options, batch).");
    try {
      return await excel.run((context) => batch(answeredApart(context)), options);
    } finally {
      bridge.changed();
    }
  };

  const ready = Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (info: unknown) => void) => ready.then((info) => (callback?.(info), info)),
    context: {
      displayLanguage: settings.language,
      contentLanguage: settings.language,
      officeTheme: OFFICE_THEMES[settings.theme],
      requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
      document: { settings: documentSettings(bridge.documentSettings) },
    },
    actions: { associate: () => undefined },
  };
  // The bench (bench/pane) reads how many bytes the pane asked of Excel, and when the fake worked, from here.
  Object.assign(window, { Office: office, Excel: { run }, [EXCEL_STATS_NAME]: excel.stats, [EXCEL_BUSY_NAME]: busy });
}

install(findBridge());
