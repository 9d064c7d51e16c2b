/** The criteria of a segment: show them, save them under a code, and replay saved ones (docs/business-rules.md §5.3, §5.4). */
import { planAddContacts } from "../domain/segments/addContacts";
import { countActions, criteriaLinesForStep, nextCriteriaLineNo } from "../domain/segments/criteria";
import { describeSteps, stepsFromCriteria } from "../domain/segments/criteriaSteps";
import {
  applyDelta,
  recordAction,
  type SegmentContent,
  type SegmentDelta,
  type SegmentHistory,
} from "../domain/segments/history";
import { planReduce } from "../domain/segments/reduceContacts";
import { planRefine } from "../domain/segments/refineContacts";
import { saveCriteria, savedCriteriaFor } from "../domain/segments/savedCriteria";
import type { StepSpec } from "../domain/segments/step";
import type { SegmentLine } from "../domain/segments/line";
import type { ContactTable } from "../domain/contacts";
import { SAVED_CRITERIA } from "./store/sheetSpecs";
import { loadConcernedContacts } from "./store/concernedContacts";
import { loadContacts } from "./store/contactSource";
import { addConcern, removeConcern } from "./store/stepConcern";
import { missingSheets } from "./store/dedicatedSheets";
import { entriesFor, fieldCaption } from "./store/stepEntries";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./store/ports";
import { loadSegment, lookupTemplate, stored } from "./store/segmentRecords";
import { commitSegment, confirmAppendingSteps, criteriaRow, lineRow, loadSegmentState } from "./store/segmentState";

export interface SegmentCriteria {
  readonly segmentNo: string;
  readonly steps: readonly StepSpec[];
  /** One line per action and condition, for people. */
  readonly text: readonly string[];
}

export async function segmentCriteria(book: SegmentBook, segmentNo: string): Promise<SegmentCriteria> {
  const segment = await loadSegment(book, segmentNo);
  const no = segment.row.record.no;
  const steps = stepsFromCriteria(
    segment.criteria.map((c) => c.record),
    `Segment Criteria of ${no}`,
  );
  return { segmentNo: no, steps, text: describeSteps(steps) };
}

export interface SaveCriteriaRequest {
  readonly segmentNo: string;
  readonly code: string;
  readonly description?: string;
}

export async function saveSegmentCriteria(
  book: SegmentBook,
  request: SaveCriteriaRequest,
): Promise<{ code: string; actions: number }> {
  const segment = await loadSegment(book, request.segmentNo);
  const existing = await book.readRows(SAVED_CRITERIA);
  const criteria = segment.criteria.map((c) => c.record);
  const description = request.description ?? segment.row.record.description;
  const lines = saveCriteria(
    segment.row.record.no,
    criteria,
    request.code,
    description,
    existing.map((r) => r.record),
  );
  await book.commit({
    createSheets: await missingSheets(book),
    sheets: [{ spec: SAVED_CRITERIA, insert: lines.map((line) => stored(line)) }],
  });
  return { code: lines[0].code, actions: countActions(criteria) };
}

export interface ReuseCriteriaRequest {
  readonly segmentNo: string;
  readonly code: string;
  /** The segment already has criteria actions and the user confirmed adding to them. */
  readonly force?: boolean;
  readonly contacts?: ContactSourceRequest;
}

export interface ReuseCriteriaResult {
  readonly segmentNo: string;
  readonly code: string;
  /** Per replayed action: lines added (Add) or removed (Reduce, Refine). */
  readonly actions: readonly { action: string; added: number; removed: number }[];
  readonly lines: number;
}

/**
 * Replays each saved action in order against the contacts as they are now, every flag included (docs/decisions.md §D3:
 * Entire Companies on Refine too, unlike BC). Each replay is one Go Back step; all are written in one commit.
 */
export async function reuseCriteria(
  book: SegmentBook,
  ctx: RunContext,
  request: ReuseCriteriaRequest,
): Promise<ReuseCriteriaResult> {
  const state = await loadSegmentState(book, request.segmentNo);
  const header = state.segment.row.record;
  confirmAppendingSteps(state, "the saved ones", request.force);
  const saved = savedCriteriaFor(
    request.code,
    (await book.readRows(SAVED_CRITERIA)).map((r) => r.record),
  );
  const steps = stepsFromCriteria(saved, `Saved Criteria ${saved[0].code}`);
  const template = await lookupTemplate(book, header.interactionTemplateCode);
  const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };
  // A source that selects contacts itself is asked, step by step, for the contacts each step concerns as the
  // segment then stands (docs/decisions.md §D45); any other is read once for every step.
  const whole = book.contactQueries
    ? undefined
    : await contactsFor(book, (await loadContacts(book, ctx, request.contacts)).table, steps);
  const contactsOf = async (step: StepSpec, lines: readonly SegmentLine[]) => {
    if (whole) return whole;
    const concern =
      step.action === "Add Contacts"
        ? addConcern(step.groups, step.options, env)
        : removeConcern(step.groups, lines, step.options, env);
    const { table } = await loadConcernedContacts(book, ctx, request.contacts, concern);
    return contactsFor(book, table, [step]);
  };

  let content: SegmentContent = state.content;
  let history: SegmentHistory = state.stored.history;
  const actions: { action: string; added: number; removed: number }[] = [];
  for (const step of steps) {
    const lines = content.lines.map((l) => l.record);
    const { table, entries, caption } = await contactsOf(step, lines);
    let lineDelta: Pick<SegmentDelta, "insertLines" | "deleteLineNos">;
    if (step.action === "Add Contacts") {
      const plan = planAddContacts({
        table,
        entries,
        header,
        template,
        lines,
        groups: step.groups,
        options: step.options,
        env,
      });
      lineDelta = { insertLines: plan.newLines.map(lineRow), deleteLineNos: [] };
      actions.push({ action: step.action, added: plan.newLines.length, removed: 0 });
    } else {
      const input = { table, entries, lines, groups: step.groups, entireCompanies: step.options.entireCompanies, env };
      const plan = step.action === "Remove Contacts (Reduce)" ? planReduce(input) : planRefine(input);
      lineDelta = { insertLines: [], deleteLineNos: plan.removed.map((line) => line.lineNo) };
      actions.push({ action: step.action, added: 0, removed: plan.removed.length });
    }
    const firstCriteriaNo = nextCriteriaLineNo(content.criteria.map((c) => c.record));
    const criteria = criteriaLinesForStep(header.no, firstCriteriaNo, step, caption);
    const applied = applyDelta(content, {
      ...lineDelta,
      insertCriteria: criteria.map(criteriaRow),
      deleteCriteriaLineNos: [],
    });
    history = recordAction(history, step.action, applied.inverse, applied.content);
    content = applied.content;
  }
  await commitSegment(book, state, content, history);
  return { segmentNo: header.no, code: saved[0].code, actions, lines: content.lines.length };
}

/** The contacts, the Interaction Log when the steps filter on it, and how criteria lines name their fields. */
async function contactsFor(book: SegmentBook, table: ContactTable, steps: readonly StepSpec[]) {
  const entries = await entriesFor(
    book,
    table,
    steps.map((step) => step.groups),
  );
  return { table, entries, caption: fieldCaption(table, entries) };
}
