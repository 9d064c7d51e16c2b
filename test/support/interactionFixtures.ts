/**
 * docs/business-rules.md §11 Ex 10 on the in-memory book: the base data, the seeded templates (LETTER and EMAIL as docs/business-rules.md §11.0 has
 * them), existing maxima logged segment 7 and interaction entry 120, and segment "Spring mailing" (template LETTER,
 * campaign CP01, salesperson JO, dated 2025-03-01) with lines 10000 CT01, 20000 CT02, 30000 CT09.
 */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import {
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SEGMENT_LINES,
  SEGMENTS,
  type SheetSpec,
} from "../../src/app/store/sheetSpecs";
import type { SegmentLine } from "../../src/domain/segments/line";
import { bcBaseSheet } from "./bcBaseData";
import { MemoryBook } from "./memoryBook";
import type { BookFactory, TestBook } from "./bookMatrix";

export const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-01",
  locale: "en",
  userId: "MARKETER",
  time: "09:30:00",
};

export function logEntry(overrides: Partial<InteractionLogEntry> & { entryNo: number }): InteractionLogEntry {
  return {
    contactNo: "CT10",
    contactCompanyNo: "",
    contactName: "Hanna Ivy",
    date: "2025-01-15",
    time: "",
    description: "Earlier mailing",
    interactionTemplateCode: "LETTER",
    interactionGroupCode: "LETTERS",
    languageCode: "",
    subject: "",
    cost: 2.5,
    duration: 5,
    informationFlow: "Outbound",
    initiatedBy: "Us",
    correspondenceType: "Hard Copy",
    salespersonCode: "PS",
    segmentNo: "SM003",
    loggedSegmentEntryNo: 7,
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    evaluation: "",
    attemptFailed: false,
    canceled: false,
    userId: "EARLIER",
    ...overrides,
  };
}

export function loggedSegment(overrides: Partial<LoggedSegment> & { entryNo: number }): LoggedSegment {
  return {
    segmentNo: "SM003",
    description: "Earlier mailing",
    noOfInteractions: 1,
    creationDate: "2025-01-15",
    userId: "EARLIER",
    canceled: false,
    ...overrides,
  };
}

const row = <R extends object>(record: R) => ({ record, extra: new Map() });

export async function addByNo(book: SegmentBook, segmentNo: string, filter: string): Promise<void> {
  await addContacts(book, ctx, {
    segmentNo,
    groups: [[{ table: "Contact", field: "No.", filter }]],
    options: NO_OPTIONS,
  });
}

/** The Ex 10 book in memory; returns it with the segment's No. */
export async function ex10Book(): Promise<{ book: MemoryBook; segmentNo: string }> {
  const book = new MemoryBook(bcBaseSheet());
  return { book, segmentNo: await seedEx10(book) };
}

/** The Ex 10 book from one of the matrix's factories (test/support/bookMatrix.ts). */
export async function ex10TestBook(books: BookFactory): Promise<{ book: TestBook; segmentNo: string }> {
  const book = await books.open(bcBaseSheet());
  return { book, segmentNo: await seedEx10(book) };
}

async function seedEx10(book: SegmentBook): Promise<string> {
  await initBook(book);
  await book.commit({
    sheets: [
      { spec: LOGGED_SEGMENTS, insert: [row(loggedSegment({ entryNo: 7 }))] },
      { spec: INTERACTION_LOG, insert: [row(logEntry({ entryNo: 120 }))] },
    ],
  });
  const { no } = await createSegment(book, ctx, {
    description: "Spring mailing",
    templateCode: "LETTER",
    campaignNo: "CP01",
    salespersonCode: "JO",
    date: "2025-03-01",
  });
  // Two steps, so the lines come in Ex 10's order (BC's order puts the independent CT09 first).
  await addByNo(book, no, "CT01|CT02");
  await addByNo(book, no, "CT09");
  return no;
}

export async function records<R>(book: SegmentBook, spec: SheetSpec<R>): Promise<R[]> {
  return (await book.readRows(spec)).map((r) => r.record);
}

/** Changes a segment's lines as a user editing the Segment Lines sheet (or table) would. */
export async function editLines(
  book: TestBook,
  segmentNo: string,
  edit: (lineNo: number) => Partial<SegmentLine>,
): Promise<void> {
  await book.editRecords(SEGMENT_LINES, (lines) =>
    lines.map((line) => (line.segmentNo === segmentNo ? { ...line, ...edit(line.lineNo) } : line)),
  );
}

/** Sets a segment header's Description by hand. */
export async function describeAs(book: TestBook, segmentNo: string, description: string): Promise<void> {
  await book.editRecords(SEGMENTS, (rows) => rows.map((r) => (r.no === segmentNo ? { ...r, description } : r)));
}
