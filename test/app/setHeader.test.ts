/** The set and delete use cases on every book of the matrix: what is read, what is written, and when nothing is. */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { deleteSegment } from "../../src/app/deleteSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext } from "../../src/app/store/ports";
import { setHeader } from "../../src/app/setHeader";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { SEGMENT_LINES, SEGMENTS, SEGMENT_CRITERIA, type SheetSpec } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet, bcBaseValues } from "../support/bcBaseData";
import { eachBook, type BookFactory, type TestBook } from "../support/bookMatrix";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };

/** Ex 1 on a fresh book: SEG00001 with template LETTER and the five RETAIL lines. */
async function ex1Book(books: BookFactory): Promise<TestBook> {
  const book = await books.open(bcBaseSheet());
  await initBook(book);
  await createSegment(book, ctx, { description: "Retail letter", templateCode: "LETTER" });
  await addContacts(book, ctx, {
    segmentNo: "SEG00001",
    groups: [[{ table: "Contact", field: "Industry Groups", filter: "RETAIL" }]],
    options: NO_OPTIONS,
  });
  return book;
}

const snapshot = async (book: TestBook) =>
  JSON.stringify([await book.records(SEGMENTS), await book.records(SEGMENT_LINES)]);

eachBook((books) => {
  describe("setHeader", () => {
    it("a question writes nothing", async () => {
      const book = await ex1Book(books);
      const [before, commits] = [await snapshot(book), book.commits];
      const result = await setHeader(book, ctx, { segmentNo: "SEG00001", changes: { unitCost: 3 } });
      expect(result).toMatchObject({ kind: "question", lineCount: 5, written: false });
      expect(book.commits).toBe(commits);
      expect(await snapshot(book)).toBe(before);
    });

    it("a template change answered no does not read the contact sheet", async () => {
      const book = await ex1Book(books);
      await book.setContacts({ sheetName: "Contacts", values: [["Nothing recognisable"]], locale: "en" });
      const result = await setHeader(book, ctx, {
        segmentNo: "SEG00001",
        changes: { interactionTemplateCode: "EMAIL" },
        updateLines: "no",
      });
      expect(result).toMatchObject({ kind: "changed", written: true, lines: [] });
      expect((await book.records(SEGMENTS))[0].interactionTemplateCode).toBe("EMAIL");
    });

    it("answered yes, a line whose contact left the sheet gets the template's type; the others their own", async () => {
      const book = await ex1Book(books);
      // CT03 (Hard Copy) is gone from the contact sheet.
      await book.setContacts({
        sheetName: "Contacts",
        values: bcBaseValues().filter((row) => row[0] !== "CT03"),
        locale: "en",
      });
      await setHeader(book, ctx, {
        segmentNo: "SEG00001",
        changes: { interactionTemplateCode: "EMAIL" },
        updateLines: "yes",
      });
      const types = (await book.records(SEGMENT_LINES)).map((l) => [
        l.contactNo,
        l.interactionTemplateCode,
        l.correspondenceType,
      ]);
      expect(types).toEqual([
        ["CT01", "EMAIL", "Email"],
        ["CT02", "EMAIL", "Email"],
        ["CT03", "EMAIL", "Email"],
        ["CT04", "EMAIL", "Email"],
        ["CT06", "EMAIL", "Email"],
      ]);
    });

    it("keeps the header's counts", async () => {
      const book = await ex1Book(books);
      await setHeader(book, ctx, { segmentNo: "SEG00001", changes: { description: "Spring" }, updateLines: "yes" });
      const [header] = await book.records(SEGMENTS);
      expect([header.noOfLines, header.noOfCriteriaActions]).toEqual([5, 1]);
    });
  });

  describe("deleteSegment", () => {
    it("removes the segment's rows, leaves the counter, and touches no sheet it has no rows on", async () => {
      const book = await ex1Book(books);
      await createSegment(book, ctx, { description: "Empty" });
      const state = await book.readState();
      const result = await deleteSegment(book, "SEG00002");
      expect(result).toEqual({ segmentNo: "SEG00002", lines: 0, criteria: 0, historyRows: 0 });
      expect((await book.records(SEGMENTS)).map((r) => r.no)).toEqual(["SEG00001"]);
      expect(await book.records(SEGMENT_LINES)).toHaveLength(5);
      expect(await book.readState()).toEqual(state);

      await deleteSegment(book, "SEG00001");
      const counts = [];
      for (const spec of [SEGMENTS, SEGMENT_LINES, SEGMENT_CRITERIA] as SheetSpec[])
        counts.push((await book.records(spec)).length);
      expect(counts).toEqual([0, 0, 0]);
      expect((await createSegment(book, ctx, { description: "Next" })).no).toBe("SEG00003");
    });
  });
});
