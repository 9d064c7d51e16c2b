/**
 * Log Segment (docs/business-rules.md §7): checks, then in one commit the Logged Segments row, the Interaction Log entries,
 * the segment's removal (header, lines, criteria, Go Back history) and, when asked, the follow-up segment.
 * previewLogSegment reads and checks the same way and writes nothing: the pane's summary before the act.
 */
import { FACT_FIELDS } from "../domain/segments/contactFacts";
import { followUpHeader } from "../domain/interactions/followUp";
import type { ExcludedLine } from "../domain/interactions/excludedLines";
import { reviewLogSegment, type LogProblem } from "../domain/interactions/logChecks";
import { planLogSegment, type LogSegmentInput } from "../domain/interactions/logSegment";
import {
  applyReuse,
  planReuseSegment,
  REUSE_SEGMENT_ACTION,
  type ReuseSegmentPlan,
} from "../domain/interactions/reuseSegment";
import { EMPTY_HISTORY, recordAction } from "../domain/segments/history";
import type { ContactTable } from "../domain/contacts/table";
import { keyOf } from "./store/rows";
import {
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SCHEMA_VERSION,
  SEGMENT_CRITERIA,
  SEGMENT_LINES,
  SEGMENTS,
  type SheetSpec,
} from "./store/sheetSpecs";
import { loadConcernedContacts } from "./store/concernedContacts";
import { missingSheets } from "./store/dedicatedSheets";
import { deleteHistory, historyChange, loadHistory, parseHistory } from "./store/historyRows";
import { readLastLogEntries, readLoggedSegments, readTemplates } from "./store/interactionRecords";
import { nextSegmentNo } from "./store/nextSegmentNo";
import type { BookState, ContactSourceRequest, RunContext, SegmentBook, SheetChange, StoredRow } from "./store/ports";
import { loadSegment, segmentRow, stored, type SegmentRow } from "./store/segmentRecords";
import { mergeSheetChanges } from "./store/sheetChanges";
import type { InteractionLogEntry } from "../domain/interactions/logEntry";
import type { SegmentHeader } from "../domain/segments/header";
import type { SegmentLine } from "../domain/segments/line";

export interface LogSegmentRequest {
  readonly segmentNo: string;
  readonly followUp?: boolean;
  /** Log lines whose contact is excluded (the user saw them listed and confirmed). */
  readonly includeExcluded?: boolean;
  readonly contacts?: ContactSourceRequest;
}

export interface LogSegmentResult {
  readonly segmentNo: string;
  readonly loggedEntryNo: number;
  /** Entry numbers of the new Interaction Log rows, in line order. */
  readonly entryNos: readonly number[];
  readonly excluded: readonly ExcludedLine[];
  readonly followUp?: { readonly segmentNo: string; readonly lines: number; readonly skippedExcluded: number };
}

export async function logSegment(
  book: SegmentBook,
  ctx: RunContext,
  request: LogSegmentRequest,
): Promise<LogSegmentResult> {
  const { segment, history, table, input } = await readLogInput(book, ctx, request);
  const header = segment.row.record;
  const plan = planLogSegment({ ...input, includeExcluded: request.includeExcluded === true });

  const del = (spec: SheetSpec, records: readonly object[]): SheetChange => ({
    spec,
    deleteKeys: records.map((r) => keyOf(spec, r)),
  });
  const changes: SheetChange[] = [
    { spec: LOGGED_SEGMENTS, insert: [stored(plan.logged)] },
    { spec: INTERACTION_LOG, insert: plan.entries.map((e) => stored(e)) },
    del(SEGMENTS, [header]),
    del(
      SEGMENT_LINES,
      segment.lines.map((l) => l.record),
    ),
    del(
      SEGMENT_CRITERIA,
      segment.criteria.map((c) => c.record),
    ),
    history,
  ];
  let statePatch: Partial<BookState> | undefined;
  let followUp: LogSegmentResult["followUp"];
  if (request.followUp) {
    const { no, lastUsed } = await nextSegmentNo(book);
    const made = followUpSegment(no, header, ctx.workdate, plan.entries, plan.logged.entryNo, table);
    changes.push(...made.changes);
    statePatch = {
      lastSegmentNo: lastUsed,
      schemaVersion: Math.max((await book.readState()).schemaVersion, SCHEMA_VERSION),
    };
    followUp = { segmentNo: no, lines: made.plan.newLines.length, skippedExcluded: made.plan.skippedExcluded };
  }
  await book.commit({ createSheets: await missingSheets(book), sheets: mergeSheetChanges(changes), state: statePatch });
  return {
    segmentNo: header.no,
    loggedEntryNo: plan.logged.entryNo,
    entryNos: plan.entries.map((e) => e.entryNo),
    excluded: plan.excluded,
    followUp,
  };
}

/** What Log would write and what stops it, read exactly as Log reads it; nothing is written. */
export interface LogSegmentPreview {
  readonly segmentNo: string;
  readonly description: string;
  /** Interaction Log entries Log would write: one per line with a contact. */
  readonly entries: number;
  /** The lines' interaction template codes, each once, in line order. */
  readonly templates: readonly string[];
  readonly cost: number;
  /** Minutes. */
  readonly duration: number;
  /** Lines whose contact is excluded: Log goes on only with includeExcluded (docs/decisions.md §D9). */
  readonly excluded: readonly ExcludedLine[];
  /** Every reason Log would refuse, in BC's order; empty when it can go ahead. */
  readonly problems: readonly LogProblem[];
  /** The follow-up segment Log would create when asked (docs/decisions.md §D4); absent while there are problems. */
  readonly followUp?: { readonly segmentNo: string; readonly lines: number; readonly skippedExcluded: number };
}

/** Log's summary before the act (the pane shows what an action will do before it is taken): the same reads and rules as Log. */
export async function previewLogSegment(
  book: SegmentBook,
  ctx: RunContext,
  request: LogSegmentRequest,
): Promise<LogSegmentPreview> {
  const { segment, table, input } = await readLogInput(book, ctx, request);
  const header = segment.row.record;
  const review = reviewLogSegment(input);
  const templates = [
    ...new Set(review.lines.map((l) => l.interactionTemplateCode.trim()).filter((code) => code !== "")),
  ];
  const sum = (of: (line: SegmentLine) => number) => review.lines.reduce((total, line) => total + of(line), 0);
  let followUp: LogSegmentPreview["followUp"];
  if (review.problems.length === 0) {
    // Excluded lines are planned as logged here; the follow-up leaves them out whatever the request, as in Log.
    const plan = planLogSegment({ ...input, includeExcluded: true });
    const { no } = await nextSegmentNo(book);
    const made = followUpSegment(no, header, ctx.workdate, plan.entries, plan.logged.entryNo, table);
    followUp = { segmentNo: no, lines: made.plan.newLines.length, skippedExcluded: made.plan.skippedExcluded };
  }
  return {
    segmentNo: header.no,
    description: header.description,
    entries: review.lines.length,
    templates,
    cost: sum((l) => l.cost),
    duration: sum((l) => l.duration),
    excluded: review.excluded,
    problems: review.problems,
    followUp,
  };
}

/** Everything Log reads, once, for Log and for its preview alike. */
async function readLogInput(book: SegmentBook, ctx: RunContext, request: LogSegmentRequest) {
  const segment = await loadSegment(book, request.segmentNo);
  // The history is read as any action reads it (a damaged one refuses Log as before), but only the deletion of its
  // rows is kept: its entries and checkpoint are not held while the contacts are read (docs/decisions.md §D83).
  const history = deleteHistory(await loadHistory(book, segment.row.record.no));
  // Entry numbers follow the last one without gaps: the numbers are claimed before the log is read.
  await book.claim?.({ log: "entries" });
  const { table } = await loadConcernedContacts(book, ctx, request.contacts, {
    numbers: segment.lines.map((line) => line.record.contactNo),
    fields: FACT_FIELDS,
  });
  const input: Omit<LogSegmentInput, "includeExcluded"> = {
    header: segment.row.record,
    lines: segment.lines.map((l) => l.record),
    table,
    templates: await readTemplates(book),
    logged: (await readLoggedSegments(book)).map((r) => r.record),
    // Only the numbers Log follows on are read from the log, not the whole log.
    entries: (await readLastLogEntries(book)).map((r) => r.record),
    today: ctx.today,
    time: ctx.time ?? "",
    userId: ctx.userId,
  };
  return { segment, history, table, input };
}

/**
 * docs/business-rules.md §7.3: a new segment filled by Reuse Segment from the entries just logged, recorded as its first Go Back
 * step. It honours Exclude from Segment always: including excluded contacts in the log (a confirmed one-off) does
 * not carry them into the next mailing.
 */
function followUpSegment(
  no: string,
  logged: SegmentHeader,
  workdate: string,
  entries: readonly InteractionLogEntry[],
  loggedEntryNo: number,
  table: ContactTable,
): { changes: SheetChange[]; plan: ReuseSegmentPlan } {
  const header = followUpHeader(no, logged, workdate);
  const plan = planReuseSegment({
    header,
    template: undefined,
    lines: [],
    loggedEntryNo,
    entries,
    table,
    includeExcluded: false,
    includeCanceled: false,
  });
  const applied = applyReuse({ lines: [], criteria: [] }, no, plan);
  const history = recordAction(EMPTY_HISTORY, REUSE_SEGMENT_ACTION, applied.inverse, applied.content);
  const row: SegmentRow = segmentRow(
    header,
    applied.content.lines.map((l) => l.record),
    applied.content.criteria.map((c) => c.record),
  );
  const toStored = <R extends object>(rows: readonly { record: R }[]): StoredRow<object>[] =>
    rows.map((r) => stored(r.record));
  const changes: SheetChange[] = [
    { spec: SEGMENTS, insert: [stored(row)] },
    { spec: SEGMENT_LINES, insert: toStored(applied.content.lines) },
    { spec: SEGMENT_CRITERIA, insert: toStored(applied.content.criteria) },
    historyChange(parseHistory(no, []), history),
  ];
  return { changes, plan };
}
