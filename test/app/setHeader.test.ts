/** The set and delete use cases on an in-memory book: what is read, what is written, and when nothing is. */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { deleteSegment } from "../../src/app/deleteSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext } from "../../src/app/store/ports";
import { setHeader } from "../../src/app/setHeader";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { SEGMENT_LINES, SEGMENTS, SEGMENT_CRITERIA } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet, bcBaseValues } from "../support/bcBaseData";
import { MemoryBook } from "../support/memoryBook";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };

/** Ex 1 on a fresh book: SEG00001 with template LETTER and the five RETAIL lines. */
async function ex1Book(): Promise<MemoryBook> {
  const book = new MemoryBook(bcBaseSheet());
  await initBook(book);
  await createSegment(book, ctx, { description: "Retail letter", templateCode: "LETTER" });
  await addContacts(book, ctx, {
    segmentNo: "SEG00001",
    groups: [[{ table: "Contact", field: "Industry Groups", filter: "RETAIL" }]],
    options: NO_OPTIONS,
  });
  return book;
}

const snapshot = (book: MemoryBook) =>
  JSON.stringify([SEGMENTS, SEGMENT_LINES].map((spec) => book.rows(spec.sheetName)));

describe("setHeader", () => {
  it("a question writes nothing", async () => {
    const book = await ex1Book();
    const [before, commits] = [snapshot(book), book.commits];
    const result = await setHeader(book, ctx, { segmentNo: "SEG00001", changes: { unitCost: 3 } });
    expect(result).toMatchObject({ kind: "question", lineCount: 5, written: false });
    expect(book.commits).toBe(commits);
    expect(snapshot(book)).toBe(before);
  });

  it("a template change answered no does not read the contact sheet", async () => {
    const book = await ex1Book();
    book.setContacts({ sheetName: "Contacts", values: [["Nothing recognisable"]], locale: "en" });
    const result = await setHeader(book, ctx, {
      segmentNo: "SEG00001",
      changes: { interactionTemplateCode: "EMAIL" },
      updateLines: "no",
    });
    expect(result).toMatchObject({ kind: "changed", written: true, lines: [] });
    expect(book.rows(SEGMENTS.sheetName)[0][4]).toBe("EMAIL");
  });

  it("answered yes, a line whose contact left the sheet gets the template's type; the others their own", async () => {
    const book = await ex1Book();
    // CT03 (Hard Copy) is gone from the contact sheet.
    book.setContacts({
      sheetName: "Contacts",
      values: bcBaseValues().filter((row) => row[0] !== "CT03"),
      locale: "en",
    });
    await setHeader(book, ctx, {
      segmentNo: "SEG00001",
      changes: { interactionTemplateCode: "EMAIL" },
      updateLines: "yes",
    });
    const types = book.rows(SEGMENT_LINES.sheetName).map((cells) => [cells[2], cells[9], cells[13]]);
    expect(types).toEqual([
      ["CT01", "EMAIL", "Email"],
      ["CT02", "EMAIL", "Email"],
      ["CT03", "EMAIL", "Email"],
      ["CT04", "EMAIL", "Email"],
      ["CT06", "EMAIL", "Email"],
    ]);
  });

  it("keeps the header's counts", async () => {
    const book = await ex1Book();
    await setHeader(book, ctx, { segmentNo: "SEG00001", changes: { description: "Spring" }, updateLines: "yes" });
    expect(book.rows(SEGMENTS.sheetName)[0].slice(16, 18)).toEqual([5, 1]);
  });
});

describe("deleteSegment", () => {
  it("removes the segment's rows, leaves the counter, and touches no sheet it has no rows on", async () => {
    const book = await ex1Book();
    await createSegment(book, ctx, { description: "Empty" });
    const state = await book.readState();
    const result = await deleteSegment(book, "SEG00002");
    expect(result).toEqual({ segmentNo: "SEG00002", lines: 0, criteria: 0, historyRows: 0 });
    expect(book.rows(SEGMENTS.sheetName).map((r) => r[0])).toEqual(["SEG00001"]);
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(5);
    expect(await book.readState()).toEqual(state);

    await deleteSegment(book, "SEG00001");
    expect([SEGMENTS, SEGMENT_LINES, SEGMENT_CRITERIA].map((spec) => book.rows(spec.sheetName).length)).toEqual([
      0, 0, 0,
    ]);
    expect((await createSegment(book, ctx, { description: "Next" })).no).toBe("SEG00003");
  });
});
