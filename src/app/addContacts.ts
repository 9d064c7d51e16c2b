import type { BitSet } from "../domain/bitset";
import { planAddContacts, type AddContactsPlan } from "../domain/segments/addContacts";
import { countActions, criteriaLinesForStep, nextCriteriaLineNo } from "../domain/segments/criteria";
import { resolveField } from "../domain/segments/fieldResolution";
import type { FilterGroup, StepOptions } from "../domain/segments/step";
import { SEGMENT_CRITERIA, SEGMENT_LINES, SEGMENTS } from "../workbook/schema";
import { loadContacts } from "./contactSource";
import type { ContactSourceRequest, RunContext, SegmentBook } from "./ports";
import { loadSegment, lookupTemplate, stored } from "./segmentRecords";

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
}

/** Add Contacts (bc-segments §3): plan in the domain, then write the lines, the criteria and the counts at once. */
export async function addContacts(book: SegmentBook, ctx: RunContext, request: AddContactsRequest): Promise<AddContactsResult> {
  const segment = await loadSegment(book, request.segmentNo);
  const { table } = await loadContacts(book, ctx, request.contacts);
  const header = segment.row.record;
  const template = await lookupTemplate(book, header.interactionTemplateCode);
  const plan = planAddContacts({
    table,
    header,
    lines: segment.lines.map((l) => l.record),
    template,
    groups: request.groups,
    options: request.options,
    env: { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale },
    cache: request.cache,
  });
  const result = { ...plan, segmentNo: header.no, preview: request.preview === true };
  if (request.preview) return result;

  const criteria = criteriaLinesForStep(
    header.no,
    nextCriteriaLineNo(segment.criteria.map((c) => c.record)),
    { action: "Add Contacts", groups: request.groups, options: request.options },
    (field) => resolveField(table, field).caption,
  );
  const segmentRow = {
    ...segment.row.record,
    noOfLines: segment.lines.length + plan.newLines.length,
    noOfCriteriaActions: countActions(segment.criteria.map((c) => c.record)) + 1,
  };
  await book.commit({
    sheets: [
      { spec: SEGMENT_LINES, insert: plan.newLines.map((line) => stored(line)) },
      { spec: SEGMENT_CRITERIA, insert: criteria.map((line) => stored(line)) },
      { spec: SEGMENTS, update: [stored(segmentRow, segment.row.extra)] },
    ],
  });
  return result;
}
