/**
 * The task pane's gateway: the SegmentBook port on the Excel JavaScript API. Open one per action: it reads the
 * state and finds the dedicated sheets once, remembers every range the action read (with a hash), and commit()
 * re-checks them and the revision stamp, then writes through the journal (journal.ts) so a failure at any sync
 * leaves the old state or the new one.
 */
import type { BookChange, BookState, ContactSourceList, ContactSourceRequest, SegmentBook, StoredRow } from "../../app/store/ports";
import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { DEDICATED_SHEETS, SCHEMA_VERSION, STATE_SHEET, type SheetSpec } from "../../app/store/sheetSpecs";
import { planContactCells, type JournalContactCells } from "./contactCells";
import { readContacts, type ReadWatch } from "./contactSheet";
import { listSources } from "./sourceList";
import { columnFormats, newDedicated, parseDedicated, planSheetChange, type DedicatedSheet, type SheetPlan } from "./dedicatedSheet";
import { excelError, officeCode } from "./errors";
import type { ExcelHost } from "./host";
import { checkNewSheets, newSheetOps } from "./newSheets";
import { clearJournal, journalOps, parseMarker, readJournal, removeJournalOnly, rollBack, type Journal, type Marker } from "./journal";
import { changed, completeEntry, openSession, queueSmallReadChecks, recordRead, verifyBigReads, type RecordedRead, type Session } from "./session";
import { stateRange } from "../stateSheetLayout";
import { newStateSheetCells, parseState, PROBE_FORMULA, STATE_RANGE, STATE_VALUES_RANGE, stateCells, type StoredState } from "./stateSheet";
import { combine, customOp, deleteRowsOp, runOps, valuesOps, type BatchOptions, type WriteOp } from "./writeOps";

/** The state rows only the Excel gateway writes; a state sheet the command made lacks their labels. */
const EXCEL_ONLY_KEYS = ["revision", "journal", "dateProbe"] as const;

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
    let set = leftBehind.get(this.host);
    if (!set) leftBehind.set(this.host, (set = new Set()));
    return set;
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
        const marker = parseMarker(session.stored.journalMarker);
        if (marker) {
          const ours = this.leftBehind.has(marker.id);
          if (!ours && this.now() - marker.at < (this.options.staleJournalMs ?? DEFAULT_STALE_MS)) throw busy();
          await rollBack(context, await readJournal(context, marker), marker, this.batchOptions);
          this.recovered = true;
          this.leftBehind.delete(marker.id);
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
    const place = { sheetName: entry.sheetName, tableName: entry.tableName, top: entry.rect.top, left: entry.rect.left, width: entry.rect.columns };
    const sheet = parseDedicated(spec, place, entry.header, entry.body, this.session.stored.dateOffset);
    this.reads.push(recordRead(`The ${entry.sheetName} sheet`, entry, [entry.header, ...entry.body]));
    this.parsed.set(spec, sheet);
    return sheet;
  }

  async commit(change: BookChange): Promise<void> {
    const session = await this.fresh();
    if (session.stored.state.schemaVersion > SCHEMA_VERSION) {
      throw new DomainError("This workbook was saved by a newer version of Contact Segments. It opens read-only here: update the add-in to change it.", "newer-schema");
    }
    const token = (this.options.token ?? randomToken)();
    const mergeUndoGroup = this.host.isSetSupported("1.20");
    try {
      await this.host.run((context) => this.write(context, change, token), mergeUndoGroup ? { mergeUndoGroup } : undefined);
    } catch (error) {
      await this.eventsBackOn();
      throw error;
    } finally {
      this.stale = true;
    }
  }

  /**
   * The write protocol, in syncs: (big reads re-checked in blocks), then one batch that re-reads the stamp, the
   * journal marker and the small reads and writes the journal, then the changes (the last batch is the commit
   * point), then a re-read of the stamp. Nobody can commit between the check and the journal, and a pane that
   * finds our journal waits; a check that fails takes the journal out again, so nothing is written.
   */
  private async write(context: Excel.RequestContext, change: BookChange, token: string): Promise<void> {
    for (const { spec } of change.sheets ?? []) await this.dedicated(context, spec);
    const contact = change.contactCells ? await planContactCells(context, change.contactCells, this.options.batchBytes) : undefined;
    await checkNewSheets(context, change.newSheets ?? []);
    const plan = this.plan(change, token, contact);
    try {
      await verifyBigReads(context, this.reads);
    } catch (error) {
      throw excelError(error, "checking the workbook before saving");
    }
    const check = this.queueChecks(context, plan.targets);
    try {
      await runOps(context, [plan.journalOp], this.batchOptions);
    } catch (error) {
      const code = officeCode(error);
      if (code === "ItemNotFound") throw changed("A sheet or table this action read");
      if (code === "AccessDenied") throw await this.whyDenied(context, plan.targets, error);
      if (code === "InvalidOperationInCellEditMode") throw excelError(error, "saving the change");
      return this.afterFailure(context, plan.journal, token, error, "journal", plan.marker);
    }
    try {
      check();
    } catch (refusal) {
      await this.takeJournalOut(context, plan.journal, plan.marker, refusal);
      throw refusal;
    }
    try {
      await runOps(context, plan.ops, this.batchOptions);
    } catch (error) {
      return this.afterFailure(context, plan.journal, token, error, "changes");
    }
    await this.confirm(context, token);
  }

  /** The journal batch turns events off and the commit batch on again; a write that stopped between them cannot. */
  private async eventsBackOn(): Promise<void> {
    if (!this.host.isSetSupported("1.8")) return;
    await this.host
      .run(async (context) => {
        context.runtime.enableEvents = true;
        await context.sync();
      })
      .catch(() => undefined);
  }

  /** Everything the commit writes: the journal (one operation), then new sheets, changes and the commit point. */
  private plan(
    change: BookChange,
    token: string,
    contact?: { ops: WriteOp[]; journal: JournalContactCells },
  ): { journalOp: WriteOp; ops: WriteOp[]; journal: Journal; marker: Marker; targets: string[] } {
    const { stored, sheets, stateSheetExists } = this.session;
    const dateOffset = stored.dateOffset;
    const created = new Map<SheetSpec, DedicatedSheet>();
    const createOps: WriteOp[] = [];
    const toCreate = [...(change.createSheets ?? [])];
    for (const { spec } of change.sheets ?? []) if (!sheets.get(spec) && !toCreate.some((c) => c.spec === spec)) toCreate.push({ spec });
    for (const { spec, rows } of toCreate) {
      if (sheets.get(spec) || created.has(spec)) continue;
      const sheet = newDedicated(spec, rows ?? [], dateOffset);
      created.set(spec, sheet);
      createOps.push(...createSheetOps(sheet, (rows ?? []).length, this.options.batchBytes));
    }

    const sheetOps: WriteOp[] = [];
    const journalSheets: Journal["sheets"][number][] = [];
    const targets: string[] = [];
    for (const sheetChange of change.sheets ?? []) {
      const base = created.get(sheetChange.spec) ?? this.parsed.get(sheetChange.spec);
      if (!base) throw new Error(`${sheetChange.spec.sheetName} was not read before planning`);
      const plan = planSheetChange(base, sheetChange, dateOffset);
      if (!created.has(sheetChange.spec)) {
        if (!base.tableName) {
          throw new DomainError(`The ${base.sheetName} sheet is no longer an Excel table. Select its header row and choose Insert > Table, then try again.`, "sheet-layout");
        }
        if (plan.writes.length === 0 && plan.trimTo === undefined) continue;
        targets.push(base.sheetName);
        journalSheets.push({ sheetName: base.sheetName, tableName: base.tableName, top: base.top, left: base.left, width: base.width, oldRows: base.body.length, restore: plan.restore });
      }
      sheetOps.push(...changeOps(plan, this.options.batchBytes));
    }

    const journal: Journal = {
      id: token,
      at: this.now(),
      created: [...[...created.keys()].map((spec) => spec.sheetName), ...(change.newSheets ?? []).map((sheet) => sheet.name)],
      stateSheetCreated: !stateSheetExists,
      state: stateSheetExists ? stateCells(stored.state, stored.stamp) : [],
      sheets: journalSheets,
      contact: contact?.journal,
    };
    if (change.contactCells) targets.push(change.contactCells.sheetName);
    const { ops: journalWrites, marker } = journalOps(journal, this.options.batchBytes);
    const newState = { ...stored.state, ...change.state };
    const events = this.host.isSetSupported("1.8");
    // A new state sheet and the journal in it go in one batch: no sync leaves a state sheet without its journal.
    const journalOp = combine([
      ...(events ? [customOp(20, (context) => void (context.runtime.enableEvents = false))] : []),
      ...(stateSheetExists ? [labelStateRows()] : createStateSheetOps()),
      ...journalWrites,
    ]);
    const ops: WriteOp[] = [
      ...createOps,
      ...sheetOps,
      ...(change.newSheets ?? []).flatMap((sheet) => newSheetOps(sheet, this.options.batchBytes)),
      ...(contact?.ops ?? []),
      // The commit point: new state and stamp, journal cleared, in one batch.
      customOp(200, (context) => {
        const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
        // Text, whatever the command or a user left there: a stamp or sheet name must not turn into a number.
        sheet.getRange(stateRange("B", "contactSource", "revision")).numberFormat = "@" as unknown as string[][];
        sheet.getRange(STATE_VALUES_RANGE).values = stateCells(newState, token);
        clearJournal(sheet, marker);
        if (!stored.hasProbe || !stateSheetExists) sheet.getRange(stateRange("B", "dateProbe")).values = [[PROBE_FORMULA]];
      }),
      ...(events ? [customOp(20, (context) => void (context.runtime.enableEvents = true))] : []),
    ];
    if (stateSheetExists) targets.push(STATE_SHEET);
    return { journalOp, ops, journal, marker, targets };
  }

  /**
   * Loads queued into the journal batch, ahead of the journal: the stamp and marker as they are when our journal
   * lands, the small reads, and the sheets' protection. The returned check throws what stops the write.
   */
  private queueChecks(context: Excel.RequestContext, targets: readonly string[]): () => void {
    const { stored, stateSheetExists } = this.session;
    const workbook = context.workbook;
    const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET);
    const state = stateSheetExists ? workbook.worksheets.getItem(STATE_SHEET).getRange(STATE_RANGE).load("values") : undefined;
    const protections = targets.map((name) => ({ name, protection: workbook.worksheets.getItem(name).protection.load("protected") }));
    const reads = queueSmallReadChecks(context, this.reads);
    return () => {
      if (stateSheet.isNullObject === stateSheetExists) throw changed("The segments");
      if (state) {
        const now = parseState(state.values);
        this.otherMarker = now.journalMarker;
        if (parseMarker(now.journalMarker)) throw busy();
        if (now.stamp !== stored.stamp) throw changed("The segments");
      }
      const locked = protections.find((p) => p.protection.protected);
      if (locked) throw protectedSheet(locked.name);
      reads();
    };
  }

  /** The marker found under ours in the journal batch (another pane's, when two journals raced). */
  private otherMarker = "";

  /** A check failed after our journal landed: take it out again (putting back another pane's marker if it was there). */
  private async takeJournalOut(context: Excel.RequestContext, journal: Journal, marker: Marker, refusal: unknown): Promise<void> {
    try {
      await removeJournalOnly(context, journal, marker, parseMarker(this.otherMarker) ? this.otherMarker : "");
    } catch {
      this.leftBehind.add(marker.id);
      throw refusal instanceof DomainError ? new DomainError(`${refusal.message} ${interrupted().message}`, refusal.code) : interrupted();
    }
  }

  /** An AccessDenied from Excel: which sheet is protected, or the workbook read-only. */
  private async whyDenied(context: Excel.RequestContext, targets: readonly string[], error: unknown): Promise<DomainError> {
    try {
      const workbook = context.workbook;
      const readOnly = this.host.isSetSupported("1.8") ? workbook.load("readOnly") : undefined;
      const protections = [...targets, STATE_SHEET].map((name) => ({ name, protection: workbook.worksheets.getItemOrNullObject(name).protection.load("protected") }));
      await context.sync();
      if (readOnly?.readOnly) return readOnlyBook();
      const locked = protections.find((p) => p.protection.protected);
      if (locked) return protectedSheet(locked.name);
    } catch {
      // Fall through to the general message.
    }
    return excelError(error, "saving the change");
  }

  /** A sync failed mid-write: find out whether the commit point was reached, else roll back to the old state. */
  private async afterFailure(context: Excel.RequestContext, journal: Journal, token: string, error: unknown, phase: "journal" | "changes", ours?: Marker): Promise<void> {
    let now: StoredState;
    let stateExists: boolean;
    try {
      const exists = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
      await context.sync();
      stateExists = !exists.isNullObject;
      now = parseState(stateExists ? (await loadState(context)).values : undefined);
    } catch {
      this.leftBehind.add(token);
      throw interrupted();
    }
    const marker = parseMarker(now.journalMarker);
    // The commit batch was applied and only its answer was lost: the change is saved.
    if (!marker && now.stamp === token) return;
    if (!marker && ours && ours.parts > 1 && stateExists) {
      // A journal too big for one batch may have left parts without their marker: clear them (best effort).
      clearJournal(context.workbook.worksheets.getItem(STATE_SHEET), ours, now.journalMarker);
      await context.sync().catch(() => undefined);
    }
    if (marker) {
      if (marker.id !== token) throw busy();
      try {
        // Only the journal batch was applied (its checks never ran): take the journal out, touch nothing else.
        if (phase === "journal") await removeJournalOnly(context, journal, marker);
        else await rollBack(context, journal, marker, this.batchOptions);
      } catch {
        this.leftBehind.add(token);
        throw interrupted();
      }
    }
    const reason = excelError(error, "saving the change");
    throw new DomainError(`${reason.message} Nothing was changed.`, reason.code);
  }

  private async confirm(context: Excel.RequestContext, token: string): Promise<void> {
    const stamp = parseState((await loadState(context)).values).stamp;
    if (stamp !== token) {
      throw new DomainError("The change was saved, but another user saved changes to the segments at the same moment. Check the segment's lines before going on.", "coauthor-overlap");
    }
  }
}

/** Journals a pane (its host) left behind when Excel stopped answering mid-write: rolled back on its next open. */
const leftBehind = new WeakMap<ExcelHost, Set<string>>();

function readOnlyBook(): DomainError {
  return new DomainError("This workbook is open read-only, so nothing was written. Open an editable copy (or turn off Protected View) and run the action again.", "read-only");
}

function protectedSheet(name: string): DomainError {
  return new DomainError(`The ${name} sheet is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) and run the action again.`, "protected");
}

async function loadState(context: Excel.RequestContext): Promise<Excel.Range> {
  const range = context.workbook.worksheets.getItem(STATE_SHEET).getRange(STATE_RANGE).load("values");
  await context.sync();
  return range;
}

function createStateSheetOps(): WriteOp[] {
  return [
    customOp(300, (context) => {
      const sheet = context.workbook.worksheets.add(STATE_SHEET);
      // Contact source, stamp and journal are text whatever they look like.
      sheet.getRange(stateRange("B", "contactSource", "journal")).numberFormat = "@" as unknown as string[][];
      sheet.getRange(STATE_RANGE).values = newStateSheetCells();
      sheet.visibility = "VeryHidden";
    }),
  ];
}

/** The labels of the Excel-only rows, which a state sheet made by the command lacks: the journal is found by its label. */
function labelStateRows(): WriteOp {
  return customOp(60, (context) => {
    context.workbook.worksheets.getItem(STATE_SHEET).getRange(stateRange("A", "revision", "dateProbe")).values = EXCEL_ONLY_KEYS.map((key) => [key]);
  });
}

function createSheetOps(sheet: DedicatedSheet, seedRows: number, chunkBytes?: number): WriteOp[] {
  const { spec } = sheet;
  const header = spec.columns.map((column) => column.header);
  const cells = seedRows > 0 ? [header, ...sheet.body] : [header];
  return [
    customOp(100, (context) => void context.workbook.worksheets.add(spec.sheetName)),
    ...valuesOps(spec.sheetName, 0, 0, cells, columnFormats(sheet), chunkBytes),
    customOp(200, (context) => {
      const worksheet = context.workbook.worksheets.getItem(spec.sheetName);
      // An Excel table over the header (and seed rows): Excel gives a header-only table one blank data row.
      const table = worksheet.tables.add(worksheet.getRangeByIndexes(0, 0, cells.length, header.length), true);
      table.name = spec.tableName;
      if (spec.hidden) worksheet.visibility = "VeryHidden";
    }),
  ];
}

function changeOps(plan: SheetPlan, chunkBytes?: number): WriteOp[] {
  const { sheet } = plan;
  const formats = columnFormats(sheet);
  const ops = plan.writes.flatMap((region) => valuesOps(sheet.sheetName, sheet.top + 1 + region.at, sheet.left, region.cells, formats, chunkBytes));
  if (plan.trimTo !== undefined) ops.push(deleteRowsOp(sheet.sheetName, sheet.top + 1 + plan.trimTo, sheet.left, sheet.body.length - plan.trimTo, sheet.width));
  return ops;
}

function busy(): DomainError {
  return new DomainError("Another change to this workbook is being saved (by another user, or one that was interrupted). Try again in a minute.", "busy");
}

function interrupted(): DomainError {
  return new DomainError(
    "Excel stopped while saving and the change could not be undone yet. It will be undone the next time the add-in opens this workbook; until then other actions wait.",
    "interrupted",
  );
}

function randomToken(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}
