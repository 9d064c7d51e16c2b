/** On every book of the matrix, what the task pane's Interactions tab needs beyond the command: a cancel preview, entries by logged segment, Reuse Segment into a new segment. */
import { cancelInteractions, previewCancelInteractions } from "../../src/app/cancelInteractions";
import { interactionEntries, interactionEntryTotals } from "../../src/app/interactionEntries";
import { logSegment } from "../../src/app/logSegment";
import { reuseSegmentIntoNew } from "../../src/app/reuseSegment";
import { segmentLines } from "../../src/app/segmentLines";
import { listSegments } from "../../src/app/segmentList";
import { stepHistory } from "../../src/app/stepHistory";
import { SEGMENTS } from "../../src/app/store/sheetSpecs";
import { bcBaseValues } from "../support/bcBaseData";
import { eachBook, type TestBook } from "../support/bookMatrix";
import { ctx, ex10TestBook } from "../support/interactionFixtures";

eachBook((books) => {
  let book: TestBook;

  /** Ex 10 logged as 8 (entries 121–123: CT01, CT02, CT09); logged segment 7 has entry 120. */
  beforeEach(async () => {
    const ex10 = await ex10TestBook(books);
    book = ex10.book;
    await logSegment(book, ctx, { segmentNo: ex10.segmentNo });
  });

  describe("previewCancelInteractions", () => {
    it("says what a cancel would change and writes nothing", async () => {
      const commits = book.commits;
      expect(await previewCancelInteractions(book, { target: { logged: 8 }, mode: "cancel" })).toEqual({
        canceled: true,
        entries: [121, 122, 123],
        logged: [{ entryNo: 8, canceled: true, noOfInteractions: 3 }],
      });
      expect(book.commits).toBe(commits);
      expect((await interactionEntries(book, { loggedEntryNo: 8 })).every((e) => !e.canceled)).toBe(true);
    });

    it("is what the cancel then does", async () => {
      await cancelInteractions(book, { target: { entries: [122] }, mode: "cancel" });
      const preview = await previewCancelInteractions(book, { target: { logged: 8 }, mode: "cancel" });
      expect(preview.entries).toEqual([121, 123]);
      expect(await cancelInteractions(book, { target: { logged: 8 }, mode: "cancel" })).toEqual(preview);
    });

    it("refuses as the cancel does: an entry of a canceled logged segment cannot be uncanceled", async () => {
      await cancelInteractions(book, { target: { logged: 8 }, mode: "cancel" });
      await expect(previewCancelInteractions(book, { target: { entries: [121] }, mode: "uncancel" })).rejects.toThrow(
        /^Canceled must be equal to 'No' in Logged Segment/,
      );
    });
  });

  describe("entries of one logged segment", () => {
    it("filters on Logged Segment Entry No., alone or with a contact; totals follow the filter", async () => {
      expect((await interactionEntries(book, { loggedEntryNo: 8 })).map((e) => e.entryNo)).toEqual([121, 122, 123]);
      expect((await interactionEntries(book, { loggedEntryNo: 7 })).map((e) => e.entryNo)).toEqual([120]);
      expect((await interactionEntries(book, { loggedEntryNo: 8, contactNo: "ct02" })).map((e) => e.entryNo)).toEqual([
        122,
      ]);
      expect((await interactionEntryTotals(book, { loggedEntryNo: 7 })).all).toMatchObject({
        count: 1,
        cost: 2.5,
        duration: 5,
      });
    });
  });

  describe("reuseSegmentIntoNew", () => {
    it("makes the next segment of the series with the logged segment's contacts, as one Go Back step", async () => {
      const result = await reuseSegmentIntoNew(book, ctx, { description: "Spring again", loggedEntryNo: 8 });
      expect(result).toEqual({
        segmentNo: "SEG00002",
        loggedEntryNo: 8,
        added: [
          { lineNo: 10000, contactNo: "CT01" },
          { lineNo: 20000, contactNo: "CT02" },
          { lineNo: 30000, contactNo: "CT09" },
        ],
        skippedCanceled: 0,
        skippedExcluded: 0,
        skippedMissing: 0,
        lines: 3,
      });
      expect((await segmentLines(book, "SEG00002")).map((l) => [l.contactNo, l.campaignNo, l.description])).toEqual([
        ["CT01", "CP01", "Spring again"],
        ["CT02", "CP01", "Spring again"],
        ["CT09", "CP01", "Spring again"],
      ]);
      expect((await listSegments(book)).map((s) => [s.no, s.description, s.lines])).toEqual([
        ["SEG00002", "Spring again", 3],
      ]);
      expect((await book.readState()).lastSegmentNo).toBe(2);
      expect(await stepHistory(book, { segmentNo: "SEG00002", direction: "back" })).toMatchObject({
        action: "Reuse Segment",
        linesBefore: 3,
        linesAfter: 0,
      });
    });

    it("leaves canceled entries out unless asked (docs/decisions.md §D4)", async () => {
      await cancelInteractions(book, { target: { entries: [122] }, mode: "cancel" });
      expect((await reuseSegmentIntoNew(book, ctx, { description: "A", loggedEntryNo: 8 })).skippedCanceled).toBe(1);
      expect(
        (await reuseSegmentIntoNew(book, ctx, { description: "B", loggedEntryNo: 8, includeCanceled: true })).added,
      ).toHaveLength(3);
    });

    it("writes nothing when it cannot go on: no empty segment is left behind", async () => {
      const commits = book.commits;
      await expect(reuseSegmentIntoNew(book, ctx, { description: "X", loggedEntryNo: 99 })).rejects.toThrow(
        "Logged segment 99 does not exist (Logged Segments entries: 7, 8).",
      );
      await expect(reuseSegmentIntoNew(book, ctx, { description: "  ", loggedEntryNo: 8 })).rejects.toThrow(
        "A segment needs a description.",
      );
      const values = bcBaseValues();
      values[2][0] = "CT01";
      await book.setContacts({ sheetName: "Contacts", values, locale: "en" });
      await expect(reuseSegmentIntoNew(book, ctx, { description: "X", loggedEntryNo: 8 })).rejects.toThrow();
      expect(book.commits).toBe(commits);
      expect(await book.records(SEGMENTS)).toHaveLength(0);
    });
  });
});
