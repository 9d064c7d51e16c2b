/** Reuse Segment (bc-segments §5.5, decision 4): a logged segment's entries back as lines, one Go Back step. */
import { DomainError } from "../domain/errors";
import { applyReuse, planReuseSegment, REUSE_SEGMENT_ACTION } from "../domain/interactions/reuseSegment";
import { recordAction } from "../domain/segments/history";
import { loadContacts } from "./contactSource";
import { readLogEntries, readLoggedSegments } from "./interactionRecords";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./ports";
import { lookupTemplate } from "./segmentRecords";
import { commitSegment, confirmAppendingSteps, loadSegmentState } from "./segmentState";

export interface ReuseSegmentRequest {
  readonly segmentNo: string;
  readonly loggedEntryNo: number;
  readonly includeExcluded?: boolean;
  readonly includeCanceled?: boolean;
  /** The segment already has criteria actions and the user confirmed adding to them (BC asks, default No). */
  readonly force?: boolean;
  readonly contacts?: ContactSourceRequest;
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

export async function reuseSegment(book: SegmentBook, ctx: RunContext, request: ReuseSegmentRequest): Promise<ReuseSegmentResult> {
  const state = await loadSegmentState(book, request.segmentNo);
  const header = state.segment.row.record;
  confirmAppendingSteps(state, "the logged segment's contacts", request.force);
  const logged = (await readLoggedSegments(book)).map((r) => r.record);
  if (!logged.some((l) => l.entryNo === request.loggedEntryNo)) {
    const known = logged.map((l) => l.entryNo).sort((a, b) => a - b).join(", ") || "none";
    throw new DomainError(`Logged segment ${request.loggedEntryNo} does not exist (Logged Segments entries: ${known}).`, "not-found");
  }
  const entries = (await readLogEntries(book)).map((r) => r.record);
  const { table } = await loadContacts(book, ctx, request.contacts);
  const plan = planReuseSegment({
    header,
    template: await lookupTemplate(book, header.interactionTemplateCode),
    lines: state.content.lines.map((l) => l.record),
    loggedEntryNo: request.loggedEntryNo,
    entries,
    table,
    includeExcluded: request.includeExcluded === true,
    includeCanceled: request.includeCanceled === true,
  });
  const applied = applyReuse(state.content, header.no, plan);
  await commitSegment(book, state, applied.content, recordAction(state.stored.history, REUSE_SEGMENT_ACTION, applied.inverse, applied.content));
  return {
    segmentNo: header.no,
    loggedEntryNo: request.loggedEntryNo,
    added: plan.newLines.map((l) => ({ lineNo: l.lineNo, contactNo: l.contactNo })),
    skippedCanceled: plan.skippedCanceled,
    skippedExcluded: plan.skippedExcluded,
    skippedMissing: plan.skippedMissing,
    lines: applied.content.lines.length,
  };
}
