/**
 * The request side of the Excel fake: a RequestContext whose proxies only queue commands, and a sync() that sends
 * the batch to the in-memory host the way Excel does (in order, no rollback, size limits, loaded values published
 * only when the whole batch came back).
 */
import { FakeExcelError, type BookModel } from "./model";

export interface FakeExcelOptions {
  /** ExcelApi version the host supports ("1.7" .. "1.20"); isSetSupported and API availability follow it. */
  readonly apiVersion?: string;
  /** Excel on the web: 5 MB per request and per response, measured here as the batch's UTF-8 JSON. */
  readonly payloadLimit?: number;
  /** A range read of more cells than this returns values = null, as Excel does. */
  readonly cellLimit?: number;
}

export interface SyncStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Per sync, in order: what the batch held (for enumerating boundaries in fault tests). */
  readonly log: { requestBytes: number; responseBytes: number; commands: number; writes: number }[];
  calcSuspended: number;
  screenSuspended: number;
  eventsDisabled: number;
  undoGroups: number;
}

export interface Fault {
  /** Absolute sync number (stats.syncs after that sync started). */
  readonly at: number;
  /** "before": the batch is rejected untouched; "after": it is applied, then reported as failed. */
  readonly when: "before" | "after";
  readonly code: string;
}

export interface Command {
  readonly payload: unknown;
  readonly write: boolean;
  run(): void;
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 !== b1 ? a1 - b1 : (a2 ?? 0) - (b2 ?? 0);
}

const utf8Bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");

/** What a host (one Excel instance over one workbook) shares between its contexts. */
export interface FakeHost {
  readonly book: BookModel;
  readonly options: Required<FakeExcelOptions>;
  readonly stats: SyncStats;
  readonly faults: Fault[];
  latencyMs: number;
  /** Called as each sync starts, before anything is applied: lets a test run another context's syncs in between. */
  beforeSync?: (syncNo: number) => Promise<void> | void;
  isSetSupported(name: string, version?: string): boolean;
}

export class FakeRequestContext {
  private queue: Command[] = [];
  /** Publishing of loaded values, held back until the batch has fully succeeded. */
  private staged: (() => void)[] = [];
  private response: unknown[] = [];
  closed = false;

  constructor(readonly host: FakeHost) {}

  get pendingWrites(): number {
    return this.queue.filter((c) => c.write).length;
  }

  enqueue(command: Command): void {
    if (this.closed)
      throw new FakeExcelError(
        "InvalidObjectPath",
        "The object was created in another Excel.run and is no longer valid.",
      );
    this.queue.push(command);
  }

  stage(publish: () => void, responseItem: unknown): void {
    this.staged.push(publish);
    this.response.push(responseItem);
  }

  requireApi(version: string, what: string): void {
    if (compareVersions(this.host.options.apiVersion, version) < 0) {
      throw new FakeExcelError(
        "ApiNotFound",
        `${what} needs ExcelApi ${version}; this host supports ${this.host.options.apiVersion}.`,
      );
    }
  }

  assertWritable(sheetName?: string, isProtected = false): void {
    const book = this.host.book;
    if (book.readOnly) throw new FakeExcelError("AccessDenied", "The workbook is open read-only.");
    if (isProtected)
      throw new FakeExcelError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet (${sheetName}).`,
      );
  }

  async sync(): Promise<void> {
    const { host } = this;
    const stats = host.stats;
    const syncNo = ++stats.syncs;
    const batch = this.queue;
    this.queue = [];
    this.staged = [];
    this.response = [];
    if (host.beforeSync) await host.beforeSync(syncNo);
    if (host.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, host.latencyMs));

    const requestBytes = utf8Bytes(batch.map((c) => c.payload));
    const entry = {
      requestBytes,
      responseBytes: 0,
      commands: batch.length,
      writes: batch.filter((c) => c.write).length,
    };
    stats.log.push(entry);
    stats.requestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);

    const fault = host.faults.find((f) => f.at === syncNo);
    if (fault?.when === "before")
      throw new FakeExcelError(fault.code, `Injected failure of sync ${syncNo} (nothing applied).`);
    if (host.book.cellEditMode) {
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (requestBytes > host.options.payloadLimit) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    batch.forEach((command, index) => {
      try {
        command.run();
      } catch (error) {
        // Commands before the failing one stay applied; the rest of the batch is dropped.
        if (error instanceof FakeExcelError) error.debugInfo.errorLocation = `command ${index + 1} of ${batch.length}`;
        throw error;
      }
    });
    const responseBytes = utf8Bytes(this.response);
    entry.responseBytes = responseBytes;
    stats.responseBytes += responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > host.options.payloadLimit) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
    }
    if (fault?.when === "after")
      throw new FakeExcelError(fault.code, `Injected failure of sync ${syncNo} (applied, reported as failed).`);
    for (const publish of this.staged) publish();
  }
}

/**
 * Base of every proxy. The resolver finds the host object when the sync reaches this proxy's place in the batch
 * (ItemNotFound is thrown there); loaded properties become readable only after that sync succeeded.
 */
export abstract class FakeObject<T> {
  private target: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    payload: unknown,
  ) {
    if (payload !== undefined) context.enqueue({ payload, write: false, run: () => void this.resolve() });
  }

  /** The host object; resolved once, at the first command of a sync that needs it. */
  resolve(): T | null {
    if (this.target === undefined) {
      this.target = this.resolver();
      const isNull = this.target === null;
      this.context.stage(() => (this.nullKnown = isNull), null);
    }
    return this.target;
  }

  protected need(): T {
    const target = this.resolve();
    if (target === null) throw new FakeExcelError("InvalidObjectPath", `${this.constructor.name} is a null object.`);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded("isNullObject");
    return this.nullKnown;
  }

  /** load("a, b"), load(["a", "b"]) or load({ select: "a,b" }); unknown names fail at once. */
  load(names?: string | string[] | { select?: string | string[] }): this {
    const list = normaliseNames(names);
    for (const name of list) this.readProperty(undefined, name);
    this.context.enqueue({
      payload: { load: list, on: this.constructor.name },
      write: false,
      run: () => {
        const target = this.resolve();
        // Excel lets a batch load properties of a null object (getItemOrNullObject): the sync succeeds and they read null.
        if (target === null)
          return this.context.stage(
            () => list.forEach((name) => this.loaded.set(name, null)),
            list.map(() => null),
          );
        const values = list.map((name) => this.readProperty(target, name));
        this.context.stage(
          () => list.forEach((name, i) => this.loaded.set(name, values[i])),
          values.map((value) => this.responseOf(value)),
        );
      },
    });
    return this;
  }

  /** What a loaded value weighs in the response (collections answer with their items' loaded properties). */
  protected responseOf(value: unknown): unknown {
    return value;
  }

  /** Returns the property's current host value; with no target, only checks that the name exists. */
  protected abstract readProperty(target: T | undefined, name: string): unknown;

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected command(payload: unknown, run: (target: T) => void, write = true): void {
    this.context.enqueue({ payload, write, run: () => run(this.need()) });
  }
}

export function unknownProperty(owner: string, name: string): never {
  throw new Error(`The fake's ${owner} has no property '${name}' (not in the subset the gateway uses).`);
}

function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function normaliseNames(names: string | string[] | { select?: string | string[] } | undefined): string[] {
  const raw =
    names === undefined ? [] : typeof names === "string" || Array.isArray(names) ? names : (names.select ?? []);
  const list = (Array.isArray(raw) ? raw : raw.split(",")).map((n) => n.trim()).filter((n) => n !== "");
  if (list.length === 0)
    throw new Error("The fake needs explicit property names in load(): loading everything is slow in Excel too.");
  return list;
}
