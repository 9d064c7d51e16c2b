/** Cancel and uncancel logged segments and interaction log entries (docs/business-rules.md §8.2), in one commit. */
import { planCancel, type CancelMode, type CancelPlan, type CancelTarget } from "../domain/interactions/cancel";
import { INTERACTION_LOG, LOGGED_SEGMENTS } from "./store/sheetSpecs";
import { readLogEntries, readLoggedSegments } from "./store/interactionRecords";
import type { SegmentBook, SheetChange, StoredRow } from "./store/ports";
import { stored } from "./store/segmentRecords";

export interface CancelRequest {
  readonly target: CancelTarget;
  readonly mode: CancelMode;
}

export interface CancelResult {
  readonly canceled: boolean;
  /** Entries whose Canceled changed. */
  readonly entries: readonly number[];
  /** Logged segments rewritten, with their No. of Interactions as BC counts it. */
  readonly logged: readonly { entryNo: number; canceled: boolean; noOfInteractions: number }[];
}

/**
 * What cancelInteractions would change, read from the book now and written nowhere: the pane's confirmation says
 * how many entries it touches, and a refusal (an entry of a canceled logged segment) shows before anything is asked.
 */
export async function previewCancelInteractions(book: SegmentBook, request: CancelRequest): Promise<CancelResult> {
  return summary((await planFromBook(book, request)).plan);
}

export async function cancelInteractions(book: SegmentBook, request: CancelRequest): Promise<CancelResult> {
  const { plan, loggedRows, entryRows } = await planFromBook(book, request);
  // Rows keep the user's own columns.
  const loggedExtra = new Map(loggedRows.map((r) => [r.record.entryNo, r.extra]));
  const entryExtra = new Map(entryRows.map((r) => [r.record.entryNo, r.extra]));
  const sheets: SheetChange[] = [];
  if (plan.logged.length > 0)
    sheets.push({ spec: LOGGED_SEGMENTS, update: plan.logged.map((l) => stored(l, loggedExtra.get(l.entryNo))) });
  if (plan.entries.length > 0)
    sheets.push({ spec: INTERACTION_LOG, update: plan.entries.map((e) => stored(e, entryExtra.get(e.entryNo))) });
  if (sheets.length > 0) await book.commit({ sheets });
  return summary(plan);
}

async function planFromBook(book: SegmentBook, request: CancelRequest) {
  await book.claim?.({ log: "entries" });
  const loggedRows = await readLoggedSegments(book);
  const entryRows = await readLogEntries(book);
  const plan = planCancel(
    loggedRows.map((r) => r.record),
    entryRows.map((r) => r.record),
    request.target,
    request.mode,
  );
  // A row with a cell that could not be read is refused when it would change (its Canceled may be that cell);
  // rows the cancel leaves alone do not matter.
  const problems = (rows: readonly StoredRow<{ entryNo: number }>[]) =>
    new Map(rows.flatMap((r) => (r.problem ? [[r.record.entryNo, r.problem.error] as const] : [])));
  const entryProblems = problems(entryRows);
  const loggedProblems = problems(loggedRows);
  const problem =
    plan.entries.map((e) => entryProblems.get(e.entryNo)).find(Boolean) ??
    plan.logged.map((l) => loggedProblems.get(l.entryNo)).find(Boolean);
  if (problem) throw problem;
  return { plan, loggedRows, entryRows };
}

function summary(plan: CancelPlan): CancelResult {
  return {
    canceled: plan.canceled,
    entries: plan.entries.map((e) => e.entryNo),
    logged: plan.logged.map(({ entryNo, canceled, noOfInteractions }) => ({ entryNo, canceled, noOfInteractions })),
  };
}
