/**
 * A strict in-memory fake of the Excel JS API subset the office-js gateway uses (see objects.ts for the list),
 * because office-addin-mock enforces none of Excel's rules. One FakeExcel is one Excel instance over one workbook;
 * `run` is its Excel.run, and each run gets a fresh context, so two runs whose syncs interleave behave like two
 * co-authors (or two task panes) on the same workbook.
 */
import {
  compareVersions,
  FakeRequestContext,
  type Fault,
  type FakeExcelOptions,
  type FakeHost,
  type SyncStats,
} from "./context";
import { BookModel, FakeExcelError } from "./model";
import { FakeRuntime, FakeWorkbook } from "./objects";

export { BookModel, FakeExcelError } from "./model";
export type { SyncStats } from "./context";

export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  readonly runtime: FakeRuntime;

  constructor(host: FakeHost) {
    super(host);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }
}

export interface RunOptions {
  /** ExcelApi 1.20: every sync of this run is one undo group. */
  readonly mergeUndoGroup?: boolean;
}

export class FakeExcel implements FakeHost {
  readonly book = new BookModel();
  readonly options: Required<FakeExcelOptions>;
  readonly stats: SyncStats = emptyStats();
  readonly faults: Fault[] = [];
  latencyMs = 0;
  beforeSync?: (syncNo: number) => Promise<void> | void;

  constructor(options: FakeExcelOptions = {}) {
    this.options = { apiVersion: "1.7", payloadLimit: 5_000_000, cellLimit: 5_000_000, ...options };
    if (compareVersions(this.options.apiVersion, "1.7") < 0) throw new Error("The fake models ExcelApi 1.7 and up.");
  }

  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && compareVersions(this.options.apiVersion, version) >= 0;
  }

  /** Excel.run: the batch gets a new context; a write left queued without a final sync is a bug, so it fails. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> => {
    const context = new FakeExcelContext(this);
    if (options.mergeUndoGroup) {
      if (!this.isSetSupported("ExcelApi", "1.20"))
        throw new FakeExcelError("ApiNotFound", "RunOptions.mergeUndoGroup needs ExcelApi 1.20.");
      this.stats.undoGroups++;
    }
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingWrites > 0)
        throw new Error(`Excel.run ended with ${context.pendingWrites} queued write(s) never synced.`);
      return result;
    } finally {
      context.closed = true;
    }
  };

  /** Fails the `n`th sync from now (1 = the next one): before applying it, or after applying it. */
  failSync(n: number, when: Fault["when"] = "before", code = "GeneralException"): void {
    this.faults.push({ at: this.stats.syncs + n, when, code });
  }

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }
}

function emptyStats(): SyncStats {
  return {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    log: [],
    calcSuspended: 0,
    screenSuspended: 0,
    eventsDisabled: 0,
    undoGroups: 0,
  };
}
