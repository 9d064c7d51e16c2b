import { isoToSerial } from "../domain/contacts/column";
import { DomainError } from "../domain/errors";
import {
  newSegmentHeader,
  segmentNoFromSeries,
  seriesNumberOf,
  type NewSegmentFields,
} from "../domain/segments/header";
import type { InteractionTemplate } from "../domain/interactions/template";
import { INTERACTION_TEMPLATES, SCHEMA_VERSION, SEGMENTS } from "./store/sheetSpecs";
import { missingSheets } from "./store/dedicatedSheets";
import type { RunContext, SegmentBook } from "./store/ports";
import { findTemplate, segmentRow, stored, type SegmentRow } from "./store/segmentRecords";

export interface CreateSegmentInput extends NewSegmentFields {
  readonly templateCode?: string;
}

/** `create`: a new segment numbered from the workbook's series (never reused), with template defaults (docs/business-rules.md §1.2). */
export async function createSegment(
  book: SegmentBook,
  ctx: RunContext,
  input: CreateSegmentInput,
): Promise<SegmentRow> {
  if (input.description.trim() === "")
    throw new DomainError("A segment needs a description.", "validation", { key: "description-required" });
  if (input.date !== undefined && Number.isNaN(isoToSerial(input.date))) {
    throw new DomainError(`Date "${input.date}" is not a date: use yyyy-mm-dd.`, "validation", {
      key: "date-invalid",
      date: input.date,
    });
  }
  const createSheets = await missingSheets(book);
  // On first use the templates sheet is created with this very commit: look in its seed rows.
  const seeded = createSheets
    .find((sheet) => sheet.spec === INTERACTION_TEMPLATES)
    ?.rows?.map((row) => row.record as InteractionTemplate);
  const template = await findTemplate(book, input.templateCode ?? "", seeded);
  await book.claim?.({ series: "segments" });
  const state = await book.readState();
  const existing = await book.readRows(SEGMENTS);
  // A counter behind the sheet (hand edits, an old copy of the state) must never hand out a used number.
  const lastUsed = Math.max(state.lastSegmentNo, ...existing.map((s) => seriesNumberOf(s.record.no)));
  const { no, lastUsed: next } = segmentNoFromSeries(lastUsed);
  const header = newSegmentHeader(no, input, ctx.workdate, template);
  const row: SegmentRow = segmentRow(header, [], []);
  await book.commit({
    createSheets,
    sheets: [{ spec: SEGMENTS, insert: [stored(row)] }],
    state: { lastSegmentNo: next, schemaVersion: Math.max(state.schemaVersion, SCHEMA_VERSION) },
  });
  return row;
}
