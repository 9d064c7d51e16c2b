/**
 * The Excel gateway's write protocol, with its journal and crash recovery. In syncs: the big reads re-checked in
 * blocks, then one batch that re-reads the stamp, the journal marker and the small reads and writes the journal,
 * then the changes (the last batch is the commit point), then a re-read of the stamp. Nobody can commit between the
 * check and the journal, and a pane that finds our journal waits; a check that fails takes the journal out again,
 * so nothing is written. A journal left by a write that stopped is rolled back when a book is next opened.
 */
import type { BookChange } from "../../app/store/ports";
import { DomainError } from "../../domain/errors";
import { STATE_SHEET, type SheetSpec } from "../../app/store/sheetSpecs";
import { planCommit } from "./commitPlan";
import { planContactCells } from "./contactCells";
import type { DedicatedSheet } from "./dedicatedSheet";
import { busy, excelError, interrupted, officeCode, protectedSheet, readOnlyBook } from "./errors";
import type { ExcelHost } from "./host";
import {
  clearJournal,
  parseMarker,
  readJournal,
  removeJournalOnly,
  rollBack,
  type Journal,
  type Marker,
} from "./journal";
import { checkNewSheets } from "./newSheets";
import { changed, queueSmallReadChecks, verifyBigReads, type RecordedRead, type Session } from "./session";
import { parseState, STATE_RANGE, type StoredState } from "./stateSheet";
import { runOps, type BatchOptions } from "./writeOps";

/** What one write needs from the book that runs it; nothing is kept between writes but `leftBehind`. */
export interface WriteRequest {
  readonly session: Session;
  /** Every read the action made, re-checked before the journal lands. */
  readonly reads: readonly RecordedRead[];
  /** The dedicated sheets as read: every sheet the change writes to was read first. */
  readonly sheets: ReadonlyMap<SheetSpec, DedicatedSheet>;
  readonly token: string;
  readonly now: number;
  readonly batch: BatchOptions;
  /** The host has API 1.8: events can be turned off, and the workbook says whether it is read-only. */
  readonly api18: boolean;
  /** Journals this host left behind (see journalsLeftBehind). */
  readonly leftBehind: Set<string>;
}

/** Journals a pane (its host) left behind when Excel stopped answering mid-write: rolled back on its next open. */
const leftBehindByHost = new WeakMap<ExcelHost, Set<string>>();

export function journalsLeftBehind(host: ExcelHost): Set<string> {
  let set = leftBehindByHost.get(host);
  if (!set) leftBehindByHost.set(host, (set = new Set()));
  return set;
}

/**
 * On open: a journal in the state sheet is rolled back when this host left it, or when it is older than
 * `staleMs` (a write that stopped); a younger one is a co-author saving, and the open is refused as busy.
 * True when a journal was rolled back.
 */
export async function recoverInterruptedWrite(
  context: Excel.RequestContext,
  session: Session,
  options: {
    readonly leftBehind: Set<string>;
    readonly now: () => number;
    readonly staleMs: number;
    readonly batch: BatchOptions;
  },
): Promise<boolean> {
  const marker = parseMarker(session.stored.journalMarker);
  if (!marker) return false;
  const ours = options.leftBehind.has(marker.id);
  if (!ours && options.now() - marker.at < options.staleMs) throw busy();
  await rollBack(context, await readJournal(context, marker), marker, options.batch);
  options.leftBehind.delete(marker.id);
  return true;
}

export async function writeChange(
  context: Excel.RequestContext,
  change: BookChange,
  request: WriteRequest,
): Promise<void> {
  const { token, batch } = request;
  const contact = change.contactCells
    ? await planContactCells(context, change.contactCells, batch.batchBytes)
    : undefined;
  await checkNewSheets(context, change.newSheets ?? []);
  const plan = planCommit({
    session: request.session,
    sheets: request.sheets,
    change,
    token,
    at: request.now,
    events: request.api18,
    batchBytes: batch.batchBytes,
    contact,
  });
  try {
    await verifyBigReads(context, request.reads);
  } catch (error) {
    throw excelError(error, "checking the workbook before saving");
  }
  const check = queueChecks(context, request, plan.targets);
  try {
    await runOps(context, [plan.journalOp], batch);
  } catch (error) {
    const code = officeCode(error);
    if (code === "ItemNotFound") throw changed("A sheet or table this action read");
    if (code === "AccessDenied") throw await whyDenied(context, request.api18, plan.targets, error);
    if (code === "InvalidOperationInCellEditMode") throw excelError(error, "saving the change");
    return afterFailure(context, request, plan.journal, error, "journal", plan.marker);
  }
  const { otherMarker, refusal } = check();
  if (refusal) {
    await takeJournalOut(context, request, plan.journal, plan.marker, otherMarker, refusal);
    throw refusal;
  }
  try {
    await runOps(context, plan.ops, batch);
  } catch (error) {
    return afterFailure(context, request, plan.journal, error, "changes");
  }
  await confirm(context, token);
}

/** The journal batch turns events off and the commit batch on again; a write that stopped between them cannot. */
export async function eventsBackOn(host: ExcelHost): Promise<void> {
  if (!host.isSetSupported("1.8")) return;
  await host
    .run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    })
    .catch(() => undefined);
}

/** What the checks found once the journal batch ran: the marker that was under ours, and what stops the write. */
interface CheckOutcome {
  /** Another pane's marker found where ours went ("" when there was none), to be put back if ours comes out. */
  readonly otherMarker: string;
  readonly refusal?: unknown;
}

/**
 * Loads queued into the journal batch, ahead of the journal: the stamp and marker as they are when our journal
 * lands, the small reads, and the sheets' protection. The returned function reads them once the batch has run.
 */
function queueChecks(
  context: Excel.RequestContext,
  request: WriteRequest,
  targets: readonly string[],
): () => CheckOutcome {
  const { stored, stateSheetExists } = request.session;
  const workbook = context.workbook;
  const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const state = stateSheetExists
    ? workbook.worksheets.getItem(STATE_SHEET).getRange(STATE_RANGE).load("values")
    : undefined;
  const protections = targets.map((name) => ({
    name,
    protection: workbook.worksheets.getItem(name).protection.load("protected"),
  }));
  const reads = queueSmallReadChecks(context, request.reads);
  return () => {
    const otherMarker = state ? parseState(state.values).journalMarker : "";
    try {
      if (stateSheet.isNullObject === stateSheetExists) throw changed("The segments");
      if (state) {
        if (parseMarker(otherMarker)) throw busy();
        if (parseState(state.values).stamp !== stored.stamp) throw changed("The segments");
      }
      const locked = protections.find((p) => p.protection.protected);
      if (locked) throw protectedSheet(locked.name);
      reads();
      return { otherMarker };
    } catch (refusal) {
      return { otherMarker, refusal };
    }
  };
}

/** A check failed after our journal landed: take it out again (putting back another pane's marker if it was there). */
async function takeJournalOut(
  context: Excel.RequestContext,
  request: WriteRequest,
  journal: Journal,
  marker: Marker,
  otherMarker: string,
  refusal: unknown,
): Promise<void> {
  try {
    await removeJournalOnly(context, journal, marker, parseMarker(otherMarker) ? otherMarker : "");
  } catch {
    request.leftBehind.add(marker.id);
    throw refusal instanceof DomainError
      ? new DomainError(`${refusal.message} ${interrupted().message}`, refusal.code)
      : interrupted();
  }
}

/** An AccessDenied from Excel: which sheet is protected, or the workbook read-only. */
async function whyDenied(
  context: Excel.RequestContext,
  api18: boolean,
  targets: readonly string[],
  error: unknown,
): Promise<DomainError> {
  try {
    const workbook = context.workbook;
    const readOnly = api18 ? workbook.load("readOnly") : undefined;
    const protections = [...targets, STATE_SHEET].map((name) => ({
      name,
      protection: workbook.worksheets.getItemOrNullObject(name).protection.load("protected"),
    }));
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
async function afterFailure(
  context: Excel.RequestContext,
  request: WriteRequest,
  journal: Journal,
  error: unknown,
  phase: "journal" | "changes",
  ours?: Marker,
): Promise<void> {
  const { token } = request;
  let now: StoredState;
  let stateExists: boolean;
  try {
    const exists = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
    await context.sync();
    stateExists = !exists.isNullObject;
    now = parseState(stateExists ? (await loadState(context)).values : undefined);
  } catch {
    request.leftBehind.add(token);
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
      else await rollBack(context, journal, marker, request.batch);
    } catch {
      request.leftBehind.add(token);
      throw interrupted();
    }
  }
  const reason = excelError(error, "saving the change");
  throw new DomainError(`${reason.message} Nothing was changed.`, reason.code);
}

async function confirm(context: Excel.RequestContext, token: string): Promise<void> {
  const stamp = parseState((await loadState(context)).values).stamp;
  if (stamp !== token) {
    throw new DomainError(
      "The change was saved, but another user saved changes to the segments at the same moment. Check the segment's lines before going on.",
      "coauthor-overlap",
      {
        key: "coauthor-overlap",
      },
    );
  }
}

async function loadState(context: Excel.RequestContext): Promise<Excel.Range> {
  const range = context.workbook.worksheets.getItem(STATE_SHEET).getRange(STATE_RANGE).load("values");
  await context.sync();
  return range;
}
