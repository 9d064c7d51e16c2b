/** Reduce and Refine (docs/business-rules.md §4): plan in the domain, then delete the lines and record the step for Go Back. */
import type { BitSet } from "../domain/bitset";
import { LINK_FIELDS, MAKE_UP_FIELDS } from "../domain/segments/contactFacts";
import { criteriaLinesForStep, nextCriteriaLineNo } from "../domain/segments/criteria";
import { applyDelta, recordAction } from "../domain/segments/history";
import type { MakeUp } from "../domain/segments/makeUp";
import { planReduce, previewReduce } from "../domain/segments/reduceContacts";
import { planRefine, previewRefine } from "../domain/segments/refineContacts";
import type { RemoveContactsCounts, RemoveContactsInput, RemoveKind } from "../domain/segments/removeContacts";
import type { FilterEnv } from "../domain/filter/contract";
import type { FilterGroup, StepAction } from "../domain/segments/step";
import { NO_OPTIONS } from "../domain/segments/step";
import { unjudgedColumns, type UnjudgedColumn } from "../domain/segments/unjudged";
import { loadConcernedContacts } from "./store/concernedContacts";
import { countedRemovePreview } from "./store/queriedContacts";
import { removeConcern } from "./store/stepConcern";
import { entriesFor, fieldCaption } from "./store/stepEntries";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { findSegment, loadSegmentRows, type LoadedSegment } from "./store/segmentRecords";
import { commitSegment, criteriaRow, segmentState } from "./store/segmentState";

export interface RemoveContactsRequest {
  readonly segmentNo: string;
  readonly kind: RemoveKind;
  readonly groups: readonly FilterGroup[];
  readonly entireCompanies: boolean;
  /** Count only: nothing is written. */
  readonly preview?: boolean;
  readonly contacts?: ContactSourceRequest;
  readonly cache?: Map<string, BitSet>;
}

export interface RemoveContactsResult extends RemoveContactsCounts {
  readonly segmentNo: string;
  readonly preview: boolean;
  /** Line No. and Contact No. of each deleted line (empty on a preview). */
  readonly removed: readonly { lineNo: number; contactNo: string }[];
  /** Per filtered column, the contacts its conditions could not judge (error, uncomputed or mistyped cells). */
  readonly unjudged: readonly UnjudgedColumn[];
  /** On a preview, what the contacts it would remove are made of. */
  readonly makeUp?: MakeUp;
}

const ACTIONS: Record<RemoveKind, StepAction> = {
  reduce: "Remove Contacts (Reduce)",
  refine: "Remove Contacts (Refine)",
};

export async function removeContacts(
  book: SegmentBook,
  ctx: RunContext,
  request: RemoveContactsRequest,
): Promise<RemoveContactsResult> {
  // A preview the source counts needs the segment's header alone: its lines are read only when counted here.
  const found = await findSegment(book, request.segmentNo);
  const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };
  const segmentNo = found.record.no;
  if (request.preview) {
    const step = {
      segmentNo,
      kind: request.kind,
      groups: request.groups,
      env,
      entireCompanies: request.entireCompanies,
    };
    const counted = await countedRemovePreview(book, ctx, request.contacts, step);
    if (counted)
      return {
        ...counted.preview,
        segmentNo,
        preview: true,
        removed: [],
        unjudged: unjudgedColumns(counted.header, request.groups),
      };
  }
  const segment = await loadSegmentRows(book, found);
  const concerned = <T>(decide: (input: RemoveContactsInput) => T) =>
    onConcernedContacts(book, ctx, request, segment, env, decide);
  if (request.preview)
    return concerned((input) => {
      const counts = request.kind === "reduce" ? previewReduce(input) : previewRefine(input);
      return {
        ...counts,
        segmentNo,
        preview: true,
        removed: [],
        unjudged: unjudgedColumns(input.table, request.groups),
      };
    });
  const action = ACTIONS[request.kind];
  const { plan, unjudged, criteria } = await concerned((input) => ({
    plan: request.kind === "reduce" ? planReduce(input) : planRefine(input),
    unjudged: unjudgedColumns(input.table, request.groups),
    criteria: criteriaLinesForStep(
      segmentNo,
      nextCriteriaLineNo(segment.criteria.map((c) => c.record)),
      { action, groups: request.groups, options: { ...NO_OPTIONS, entireCompanies: request.entireCompanies } },
      fieldCaption(input.table, input.entries),
    ),
  }));
  const state = await segmentState(book, segment);
  const applied = applyDelta(state.content, {
    insertLines: [],
    deleteLineNos: plan.removed.map((line) => line.lineNo),
    insertCriteria: criteria.map(criteriaRow),
    deleteCriteriaLineNos: [],
  });
  await commitSegment(
    book,
    state,
    applied.content,
    recordAction(state.stored.history, action, applied.inverse, applied.content),
  );
  const { removed, ...counts } = plan;
  return {
    ...counts,
    segmentNo,
    preview: false,
    removed: removed.map((l) => ({ lineNo: l.lineNo, contactNo: l.contactNo })),
    unjudged,
  };
}

/**
 * `decide` on the contacts the step concerns. Only what it returns outlives this call: the contact table is let go
 * before the change is read and written, so a step on a large segment never holds both (docs/decisions.md §D100).
 */
async function onConcernedContacts<T>(
  book: SegmentBook,
  ctx: RunContext,
  request: RemoveContactsRequest,
  segment: LoadedSegment,
  env: FilterEnv,
  decide: (input: RemoveContactsInput) => T,
): Promise<T> {
  const lines = segment.lines.map((line) => line.record);
  const { table } = await loadConcernedContacts(
    book,
    ctx,
    request.contacts,
    // Only a preview counts what the removed contacts are made of: the step itself needs their links alone.
    removeConcern(request.groups, lines, request, env, request.preview ? MAKE_UP_FIELDS : LINK_FIELDS),
  );
  const entries = await entriesFor(book, table, [request.groups]);
  return decide({
    table,
    entries,
    lines,
    groups: request.groups,
    entireCompanies: request.entireCompanies,
    env,
    cache: book.contactQueries ? undefined : request.cache,
  });
}
