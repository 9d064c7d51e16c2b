import type { BitSet } from "../domain/bitset";
import {
  planAddContacts,
  previewAddContacts,
  type AddContactsInput,
  type AddContactsPlan,
} from "../domain/segments/addContacts";
import type { FilterEnv } from "../domain/filter/contract";
import { FACT_FIELDS, MAKE_UP_FIELDS } from "../domain/segments/contactFacts";
import { criteriaLinesForStep, nextCriteriaLineNo } from "../domain/segments/criteria";
import { applyDelta, recordAction } from "../domain/segments/history";
import type { MakeUp } from "../domain/segments/makeUp";
import type { FilterGroup, StepOptions } from "../domain/segments/step";
import { unjudgedColumns, type UnjudgedColumn } from "../domain/segments/unjudged";
import { loadConcernedContacts } from "./store/concernedContacts";
import { countedAddPreview } from "./store/queriedContacts";
import { addConcern } from "./store/stepConcern";
import { entriesFor, fieldCaption } from "./store/stepEntries";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { findSegment, loadSegmentRows, lookupTemplate, type LoadedSegment } from "./store/segmentRecords";
import { commitSegment, criteriaRow, lineRow, segmentState } from "./store/segmentState";

export interface AddContactsRequest {
  readonly segmentNo: string;
  readonly groups: readonly FilterGroup[];
  readonly options: StepOptions;
  /** Count only: nothing is written. */
  readonly preview?: boolean;
  readonly contacts?: ContactSourceRequest;
  /** Condition results kept between previews while the user types. */
  readonly cache?: Map<string, BitSet>;
}

export interface AddContactsResult extends AddContactsPlan {
  readonly segmentNo: string;
  readonly preview: boolean;
  /** Lines added, or that would be (a preview builds no lines). */
  readonly added: number;
  /** Per filtered column, the contacts its conditions could not judge (error, uncomputed or mistyped cells). */
  readonly unjudged: readonly UnjudgedColumn[];
  /** On a preview, what the contacts it would add are made of. */
  readonly makeUp?: MakeUp;
}

/** Add Contacts (docs/business-rules.md §3): plan in the domain, then write the lines, the criteria and the history at once. */
export async function addContacts(
  book: SegmentBook,
  ctx: RunContext,
  request: AddContactsRequest,
): Promise<AddContactsResult> {
  // A preview the source counts needs the segment's header alone: its lines are read only when counted here.
  const found = await findSegment(book, request.segmentNo);
  const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };
  const header = found.record;
  if (request.preview) {
    const step = { segmentNo: header.no, groups: request.groups, env, options: request.options };
    const counted = await countedAddPreview(book, ctx, request.contacts, step);
    if (counted)
      return {
        ...counted.preview,
        newLines: [],
        segmentNo: header.no,
        preview: true,
        unjudged: unjudgedColumns(counted.header, request.groups),
      };
  }
  const segment = await loadSegmentRows(book, found);
  const concerned = <T>(decide: (selection: AddSelection) => T | Promise<T>) =>
    onConcernedContacts(book, ctx, request, segment, env, decide);
  if (request.preview)
    return concerned((selection) => ({
      ...previewAddContacts(selection),
      newLines: [],
      segmentNo: header.no,
      preview: true,
      unjudged: unjudgedColumns(selection.table, request.groups),
    }));
  const { plan, unjudged, criteria } = await concerned(async (selection) => ({
    plan: planAddContacts({
      ...selection,
      header,
      template: await lookupTemplate(book, header.interactionTemplateCode),
    }),
    unjudged: unjudgedColumns(selection.table, request.groups),
    criteria: criteriaLinesForStep(
      header.no,
      nextCriteriaLineNo(segment.criteria.map((c) => c.record)),
      { action: "Add Contacts", groups: request.groups, options: request.options },
      fieldCaption(selection.table, selection.entries),
    ),
  }));
  const result = { ...plan, added: plan.newLines.length, segmentNo: header.no, preview: false, unjudged };
  const state = await segmentState(book, segment);
  const applied = applyDelta(state.content, {
    insertLines: plan.newLines.map(lineRow),
    deleteLineNos: [],
    insertCriteria: criteria.map(criteriaRow),
    deleteCriteriaLineNos: [],
  });
  await commitSegment(
    book,
    state,
    applied.content,
    recordAction(state.stored.history, "Add Contacts", applied.inverse, applied.content),
  );
  return result;
}

type AddSelection = Omit<AddContactsInput, "header" | "template">;

/**
 * `decide` on the contacts the step concerns. Only what it returns outlives this call: the contact table is let go
 * before the change is read and written, so a step on a large segment never holds both (docs/decisions.md §D100).
 */
async function onConcernedContacts<T>(
  book: SegmentBook,
  ctx: RunContext,
  request: AddContactsRequest,
  segment: LoadedSegment,
  env: FilterEnv,
  decide: (selection: AddSelection) => T | Promise<T>,
): Promise<T> {
  const { table } = await loadConcernedContacts(
    book,
    ctx,
    request.contacts,
    addConcern(request.groups, request.options, env, request.preview ? MAKE_UP_FIELDS : FACT_FIELDS),
  );
  const entries = await entriesFor(book, table, [request.groups]);
  return decide({
    table,
    entries,
    lines: segment.lines.map((l) => l.record),
    groups: request.groups,
    options: request.options,
    env,
    cache: book.contactQueries ? undefined : request.cache,
  });
}
