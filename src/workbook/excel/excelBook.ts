/**
 * The task pane's gateway: the SegmentBook port on the Excel JavaScript API. Open one per action: it reads the
 * state and finds the dedicated sheets once (rolling back a write that was interrupted) and remembers every range
 * the action read (with a hash); commit() hands them to the write protocol (writeProtocol.ts), which re-checks
 * them and the revision stamp and writes through the journal, so a failure at any sync leaves the old state or
 * the new one. What a commit writes is planned in commitPlan.ts; the errors it may raise are in errors.ts.
 */
import type {
  BookChange,
  BookState,
  ContactSourceList,
  ContactSourceRequest,
  SegmentBook,
  StoredRow,
} from "../../app/store/ports";
import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { DEDICATED_SHEETS, SCHEMA_VERSION, type SheetSpec } from "../../app/store/sheetSpecs";
import { readContacts, type ReadWatch } from "./contactSheet";
import { listSources } from "./sourceList";
import { parseDedicated, type DedicatedSheet } from "./dedicatedSheet";
import { excelError } from "./errors";
import type { ExcelHost } from "./host";
import { completeEntry, openSession, recordRead, type RecordedRead, type Session } from "./session";
import type { BatchOptions } from "./writeOps";
import { eventsBackOn, journalsLeftBehind, recoverInterruptedWrite, writeChange } from "./writeProtocol";

export interface ExcelBookOptions {
  /** New revision stamps (and journal ids); random by default. */
  readonly token?: () => string;
  readonly clock?: () => number;
  /** A journal older than this was interrupted and is rolled back on open; a younger one is a co-author saving. */
  readonly staleJournalMs?: number;
  /** Request bytes per write batch; 4 MiB unless a test wants many batches from a small change. */
  readonly batchBytes?: number;
  /** Progress of reading the contact sheet, and a signal that cancels it (the pane's ProgressBar and Cancel). */
  readonly watch?: ReadWatch;
}

const DEFAULT_STALE_MS = 120_000;

export class ExcelBook implements SegmentBook {
  private session!: Session;
  private stale = false;
  private reads: RecordedRead[] = [];
  private readonly parsed = new Map<SheetSpec, DedicatedSheet>();
  /** True when open() rolled back an interrupted write. */
  recovered = false;

  private constructor(
    private readonly host: ExcelHost,
    private readonly options: ExcelBookOptions,
  ) {}

  static async open(host: ExcelHost, options: ExcelBookOptions = {}): Promise<ExcelBook> {
    const book = new ExcelBook(host, options);
    await book.load();
    return book;
  }

  private get leftBehind(): Set<string> {
    return journalsLeftBehind(this.host);
  }

  private get batchOptions(): BatchOptions {
    return { screenUpdating: this.host.isSetSupported("1.9"), batchBytes: this.options.batchBytes };
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private async load(): Promise<void> {
    await this.host.run(async (context) => {
      try {
        let session = await openSession(context, DEDICATED_SHEETS);
        const recovery = {
          leftBehind: this.leftBehind,
          now: () => this.now(),
          staleMs: this.options.staleJournalMs ?? DEFAULT_STALE_MS,
          batch: this.batchOptions,
        };
        if (await recoverInterruptedWrite(context, session, recovery)) {
          this.recovered = true;
          session = await openSession(context, DEDICATED_SHEETS);
        }
        this.session = session;
      } catch (error) {
        throw excelError(error, "reading the workbook");
      }
    });
    this.reads = [];
    this.parsed.clear();
    this.stale = false;
  }

  private async fresh(): Promise<Session> {
    if (this.stale) await this.load();
    return this.session;
  }

  async readState(): Promise<BookState> {
    return (await this.fresh()).stored.state;
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    return (await this.fresh()).sheets.get(spec) != null;
  }

  async readRows<R>(spec: SheetSpec<R>): Promise<StoredRow<R>[]> {
    await this.fresh();
    const sheet = await this.host.run((context) => this.dedicated(context, spec));
    return (sheet?.rows ?? []) as StoredRow<R>[];
  }

  async readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput> {
    const { stored } = await this.fresh();
    const wanted = request.name ?? (stored.state.contactSource !== "" ? stored.state.contactSource : "Contacts");
    const { input, read } = await this.host.run(async (context) => {
      try {
        return await readContacts(context, wanted, stored.dateOffset, this.options.watch);
      } catch (error) {
        throw excelError(error, "reading the contact sheet");
      }
    });
    this.reads.push(read);
    return { ...input, locale: "" };
  }

  async listContactSources(): Promise<ContactSourceList> {
    return this.host.run(async (context) => {
      try {
        return await listSources(context);
      } catch (error) {
        throw excelError(error, "listing the sheets and tables");
      }
    });
  }

  /** A dedicated sheet read in full (once per action), its read remembered for the co-authoring check. */
  private async dedicated(context: Excel.RequestContext, spec: SheetSpec): Promise<DedicatedSheet | undefined> {
    const cached = this.parsed.get(spec);
    if (cached) return cached;
    const entry = this.session.sheets.get(spec);
    if (!entry) return undefined;
    try {
      await completeEntry(context, entry);
    } catch (error) {
      throw excelError(error, `reading ${spec.sheetName}`);
    }
    const place = {
      sheetName: entry.sheetName,
      tableName: entry.tableName,
      top: entry.rect.top,
      left: entry.rect.left,
      width: entry.rect.columns,
    };
    const sheet = parseDedicated(spec, place, entry.header, entry.body, this.session.stored.dateOffset);
    this.reads.push(recordRead(`The ${entry.sheetName} sheet`, entry, [entry.header, ...entry.body]));
    this.parsed.set(spec, sheet);
    return sheet;
  }

  async commit(change: BookChange): Promise<void> {
    const session = await this.fresh();
    if (session.stored.state.schemaVersion > SCHEMA_VERSION) {
      throw new DomainError(
        "This workbook was saved by a newer version of Contact Segments. It opens read-only here: update the add-in to change it.",
        "newer-schema",
        {
          key: "newer-schema",
        },
      );
    }
    const token = (this.options.token ?? randomToken)();
    const mergeUndoGroup = this.host.isSetSupported("1.20");
    try {
      await this.host.run(
        async (context) => {
          for (const { spec } of change.sheets ?? []) await this.dedicated(context, spec);
          await writeChange(context, change, {
            session,
            reads: this.reads,
            sheets: this.parsed,
            token,
            now: this.now(),
            batch: this.batchOptions,
            api18: this.host.isSetSupported("1.8"),
            leftBehind: this.leftBehind,
          });
        },
        mergeUndoGroup ? { mergeUndoGroup } : undefined,
      );
    } catch (error) {
      await eventsBackOn(this.host);
      throw error;
    } finally {
      this.stale = true;
    }
  }
}

function randomToken(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}
