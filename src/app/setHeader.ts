import { contactFacts, type ContactFacts } from "../domain/segments/contactFacts";
import {
  changeHeader,
  type HeaderChanged,
  type HeaderQuestion,
  type UpdateLinesAnswer,
} from "../domain/segments/headerChange";
import type { HeaderChanges } from "../domain/segments/headerFields";
import type { SegmentLine } from "../domain/segments/line";
import { foldCase } from "../domain/text";
import { SEGMENT_LINES, SEGMENTS } from "./store/sheetSpecs";
import { loadConcernedContacts } from "./store/concernedContacts";
import { acknowledgeLineUpdates } from "../domain/segments/history";
import { missingSheets } from "./store/dedicatedSheets";
import { historyChange, loadHistory } from "./store/historyRows";
import type { BookChange, ContactSourceRequest, RunContext, SegmentBook, StoredRow } from "./store/ports";
import { toSnapshot } from "./store/segmentState";
import { findTemplate, lineFigures, loadSegment, stored, type LoadedSegment } from "./store/segmentRecords";

export interface SetHeaderRequest {
  readonly segmentNo: string;
  readonly changes: HeaderChanges;
  readonly updateLines?: UpdateLinesAnswer;
  readonly contacts?: ContactSourceRequest;
}

export type SetHeaderResult = (HeaderChanged | HeaderQuestion) & {
  readonly segmentNo: string;
  /** False when the header already held these values and no line changed: nothing was written. */
  readonly written: boolean;
};

/**
 * `set`: a header change with BC's update-lines rules (docs/business-rules.md §1.3, docs/decisions.md §D5). A question means
 * nothing was written. Not a Go Back action: history is left alone.
 */
export async function setHeader(
  book: SegmentBook,
  ctx: RunContext,
  request: SetHeaderRequest,
): Promise<SetHeaderResult> {
  const segment = await loadSegment(book, request.segmentNo);
  const templateChange = "interactionTemplateCode" in request.changes;
  const template = templateChange ? await findTemplate(book, request.changes.interactionTemplateCode ?? "") : undefined;
  // Only a template change refilling lines reads the contacts (docs/business-rules.md §2.2); a "no" never refills.
  const needContacts = templateChange && segment.lines.length > 0 && request.updateLines !== "no";
  const numbers = segment.lines.map((line) => line.record.contactNo);
  const contactOf = needContacts ? await contactLookup(book, ctx, numbers, request.contacts) : undefined;
  const header = segment.row.record;
  const result = changeHeader({
    header,
    lines: segment.lines.map((l) => l.record),
    changes: request.changes,
    template,
    contactOf,
    updateLines: request.updateLines,
  });
  const headerChanged = (Object.keys(result.header) as (keyof typeof result.header)[]).some(
    (key) => result.header[key] !== header[key],
  );
  const written = result.kind === "changed" && (headerChanged || result.lines.length > 0);
  if (written) await book.commit(await bookChange(book, segment, result as HeaderChanged));
  return { ...result, segmentNo: header.no, written };
}

/** The lines' contacts only (docs/decisions.md §D45): a refill reads no other contact. */
async function contactLookup(
  book: SegmentBook,
  ctx: RunContext,
  numbers: readonly string[],
  request?: ContactSourceRequest,
): Promise<(no: string) => ContactFacts | undefined> {
  const { table } = await loadConcernedContacts(book, ctx, request, { numbers });
  return (no) => {
    const row = table.rowByNumber.get(foldCase(no.trim()));
    return row === undefined ? undefined : contactFacts(table, row);
  };
}

async function bookChange(book: SegmentBook, segment: LoadedSegment, result: HeaderChanged): Promise<BookChange> {
  // Lines keep the user's own extra columns; rows are matched by key, so sorting the sheet does not matter.
  const extras = new Map<number, StoredRow<SegmentLine>["extra"]>(segment.lines.map((l) => [l.record.lineNo, l.extra]));
  const lines = result.lines.map((line) => stored(line, extras.get(line.lineNo)));
  // Changed lines may change the totals: figures from every line as it will be.
  const changed = new Map(result.lines.map((line) => [line.lineNo, line]));
  const linesAfter = segment.lines.map((l) => changed.get(l.record.lineNo) ?? l.record);
  const row = { ...segment.row.record, ...result.header, ...lineFigures(linesAfter) };
  const headerChange = { spec: SEGMENTS, update: [stored(row, segment.row.extra)] };
  if (lines.length === 0) return { sheets: [headerChange] };
  // The add-in changed these lines, not the user: Go Back must not take them for hand edits.
  const history = await loadHistory(book, segment.row.record.no);
  const before = segment.lines.map(toSnapshot);
  const after = lines.map((line) => toSnapshot(line as StoredRow<SegmentLine>));
  return {
    createSheets: await missingSheets(book),
    sheets: [
      headerChange,
      { spec: SEGMENT_LINES, update: lines },
      historyChange(history, acknowledgeLineUpdates(history.history, before, after)),
    ],
  };
}
