/** Reuse Segment (docs/business-rules.md §5.5, docs/decisions.md §D4): a logged segment's entries back as lines, one Go Back step. */
import { DomainError } from "../domain/errors";
import {
  applyReuse,
  entriesOfLoggedSegment,
  planReuseSegment,
  REUSE_SEGMENT_ACTION,
  type ReuseSegmentPlan,
} from "../domain/interactions/reuseSegment";
import { newSegmentHeader, type SegmentHeader } from "../domain/segments/header";
import { EMPTY_HISTORY, recordAction } from "../domain/segments/history";
import type { SegmentLine } from "../domain/segments/line";
import { SCHEMA_VERSION, SEGMENT_CRITERIA, SEGMENT_LINES, SEGMENTS } from "./store/sheetSpecs";
import { loadConcernedContacts } from "./store/concernedContacts";
import { missingSheets } from "./store/dedicatedSheets";
import { historyChange, parseHistory } from "./store/historyRows";
import { readLogEntries, readLoggedSegments } from "./store/interactionRecords";
import { nextSegmentNo } from "./store/nextSegmentNo";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { lookupTemplate, segmentRow, stored } from "./store/segmentRecords";
import { commitSegment, confirmAppendingSteps, loadSegmentState } from "./store/segmentState";

interface ReuseOptions {
  readonly loggedEntryNo: number;
  readonly includeExcluded?: boolean;
  readonly includeCanceled?: boolean;
  readonly contacts?: ContactSourceRequest;
}

export interface ReuseSegmentRequest extends ReuseOptions {
  readonly segmentNo: string;
  /** The segment already has criteria actions and the user confirmed adding to them (BC asks, default No). */
  readonly force?: boolean;
}

/** Reuse Segment into a segment made for it: the task pane's "new segment" choice. */
export interface ReuseIntoNewSegmentRequest extends ReuseOptions {
  readonly description: string;
}

export interface ReuseSegmentResult {
  readonly segmentNo: string;
  readonly loggedEntryNo: number;
  readonly added: readonly { lineNo: number; contactNo: string }[];
  readonly skippedCanceled: number;
  readonly skippedExcluded: number;
  readonly skippedMissing: number;
  readonly lines: number;
}

export async function reuseSegment(
  book: SegmentBook,
  ctx: RunContext,
  request: ReuseSegmentRequest,
): Promise<ReuseSegmentResult> {
  const state = await loadSegmentState(book, request.segmentNo);
  const header = state.segment.row.record;
  confirmAppendingSteps(state, "the logged segment's contacts", request.force);
  const plan = await planFor(
    book,
    ctx,
    request,
    header,
    state.content.lines.map((l) => l.record),
  );
  const applied = applyReuse(state.content, header.no, plan);
  await commitSegment(
    book,
    state,
    applied.content,
    recordAction(state.stored.history, REUSE_SEGMENT_ACTION, applied.inverse, applied.content),
  );
  return result(header.no, request.loggedEntryNo, plan, applied.content.lines.length);
}

/**
 * A new segment (numbered from the series, no template) holding the logged segment's contacts, in one commit: a
 * failure (say, the contact sheet has errors) leaves no empty segment behind, as create-then-reuse would.
 */
export async function reuseSegmentIntoNew(
  book: SegmentBook,
  ctx: RunContext,
  request: ReuseIntoNewSegmentRequest,
): Promise<ReuseSegmentResult> {
  const description = request.description.trim();
  if (description === "")
    throw new DomainError("A segment needs a description.", "validation", { key: "description-required" });
  const { no, lastUsed } = await nextSegmentNo(book);
  const header = newSegmentHeader(no, { description }, ctx.workdate);
  const plan = await planFor(book, ctx, request, header, []);
  const applied = applyReuse({ lines: [], criteria: [] }, no, plan);
  const history = recordAction(EMPTY_HISTORY, REUSE_SEGMENT_ACTION, applied.inverse, applied.content);
  const records = <R extends object>(rows: readonly { record: R }[]) => rows.map((r) => stored(r.record));
  const row = segmentRow(
    header,
    applied.content.lines.map((l) => l.record),
    applied.content.criteria.map((c) => c.record),
  );
  await book.commit({
    createSheets: await missingSheets(book),
    sheets: [
      { spec: SEGMENTS, insert: [stored(row)] },
      { spec: SEGMENT_LINES, insert: records(applied.content.lines) },
      { spec: SEGMENT_CRITERIA, insert: records(applied.content.criteria) },
      historyChange(parseHistory(no, []), history),
    ],
    state: { lastSegmentNo: lastUsed, schemaVersion: Math.max((await book.readState()).schemaVersion, SCHEMA_VERSION) },
  });
  return result(no, request.loggedEntryNo, plan, applied.content.lines.length);
}

async function planFor(
  book: SegmentBook,
  ctx: RunContext,
  request: ReuseOptions,
  header: SegmentHeader,
  lines: readonly SegmentLine[],
): Promise<ReuseSegmentPlan> {
  const logged = (await readLoggedSegments(book)).map((r) => r.record);
  if (!logged.some((l) => l.entryNo === request.loggedEntryNo)) {
    const known =
      logged
        .map((l) => l.entryNo)
        .sort((a, b) => a - b)
        .join(", ") || "none";
    throw new DomainError(
      `Logged segment ${request.loggedEntryNo} does not exist (Logged Segments entries: ${known}).`,
      "not-found",
      {
        key: "logged-not-found",
        entryNo: request.loggedEntryNo,
        known: logged.map((l) => l.entryNo).sort((a, b) => a - b),
      },
    );
  }
  const entries = (await readLogEntries(book)).map((r) => r.record);
  // Only the contacts of the logged segment's entries (docs/decisions.md §D45), with their companies.
  const numbers = entriesOfLoggedSegment(entries, request.loggedEntryNo).map((entry) => entry.contactNo);
  const { table } = await loadConcernedContacts(book, ctx, request.contacts, { numbers });
  return planReuseSegment({
    header,
    template: await lookupTemplate(book, header.interactionTemplateCode),
    lines,
    loggedEntryNo: request.loggedEntryNo,
    entries,
    table,
    includeExcluded: request.includeExcluded === true,
    includeCanceled: request.includeCanceled === true,
  });
}

function result(segmentNo: string, loggedEntryNo: number, plan: ReuseSegmentPlan, lines: number): ReuseSegmentResult {
  return {
    segmentNo,
    loggedEntryNo,
    added: plan.newLines.map((l) => ({ lineNo: l.lineNo, contactNo: l.contactNo })),
    skippedCanceled: plan.skippedCanceled,
    skippedExcluded: plan.skippedExcluded,
    skippedMissing: plan.skippedMissing,
    lines,
  };
}
