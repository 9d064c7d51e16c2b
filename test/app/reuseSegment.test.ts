/** Reuse Segment (docs/business-rules.md §5.5, docs/decisions.md §D4) on every book of the matrix: docs/business-rules.md §11 Ex 13 and the decision's defaults. */
import { cancelInteractions } from "../../src/app/cancelInteractions";
import { createSegment } from "../../src/app/createSegment";
import { reuseCriteria, saveSegmentCriteria } from "../../src/app/criteriaUseCases";
import { logSegment } from "../../src/app/logSegment";
import { reuseSegment } from "../../src/app/reuseSegment";
import { segmentLines } from "../../src/app/segmentLines";
import { stepHistory } from "../../src/app/stepHistory";
import type { CriteriaLine } from "../../src/domain/segments/criteria";
import { SEGMENT_CRITERIA } from "../../src/app/store/sheetSpecs";
import { bcBaseValues } from "../support/bcBaseData";
import { eachBook, type TestBook } from "../support/bookMatrix";
import { addByNo, ctx, ex10TestBook, records } from "../support/interactionFixtures";

eachBook((books) => {
  let book: TestBook;
  let sm020: string;

  /** Ex 10 logged as 8; SM020 ("Spring reuse", template EMAIL) has line 10000 CT01 (added by an Add, so one criteria action). */
  beforeEach(async () => {
    const ex10 = await ex10TestBook(books);
    book = ex10.book;
    await logSegment(book, ctx, { segmentNo: ex10.segmentNo });
    sm020 = (await createSegment(book, ctx, { description: "Spring reuse", templateCode: "EMAIL" })).no;
    await addByNo(book, sm020, "CT01");
  });

  const lineSummary = async () =>
    (await segmentLines(book, sm020)).map((l) => [
      l.lineNo,
      l.contactNo,
      l.campaignNo,
      l.interactionTemplateCode,
      l.cost,
      l.description,
    ]);
  const excludeContact = async (no: string) => {
    const values = bcBaseValues().map((row) => (row[0] === no ? row.map((cell, i) => (i === 9 ? true : cell)) : row));
    await book.setContacts({ sheetName: "Contacts", values, locale: "en" });
  };

  describe("docs/business-rules.md §11 Ex 13: Reuse Segment into a non-empty segment", () => {
    it("asks first when the segment has criteria actions (BC's confirmation; the command: --force)", async () => {
      await expect(reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8 })).rejects.toThrow(
        `Segment ${sm020} already has 1 criteria action; the logged segment's contacts would be added after them. Confirm to go on (the command: --force).`,
      );
    });

    it("adds 20000 CT01 (a duplicate), 30000 CT02, 40000 CT09 with the entries' campaign and the header's defaults", async () => {
      const result = await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      expect(result).toEqual({
        segmentNo: sm020,
        loggedEntryNo: 8,
        added: [
          { lineNo: 20000, contactNo: "CT01" },
          { lineNo: 30000, contactNo: "CT02" },
          { lineNo: 40000, contactNo: "CT09" },
        ],
        skippedCanceled: 0,
        skippedExcluded: 0,
        skippedMissing: 0,
        lines: 4,
      });
      expect(await lineSummary()).toEqual([
        [10000, "CT01", "", "EMAIL", 0.1, "Spring reuse"],
        [20000, "CT01", "CP01", "EMAIL", 0.1, "Spring reuse"],
        [30000, "CT02", "CP01", "EMAIL", 0.1, "Spring reuse"],
        [40000, "CT09", "CP01", "EMAIL", 0.1, "Spring reuse"],
      ]);
    });

    it("writes BC's criteria: Add Contacts with Allow Existing Contacts and the Logged Segment Entry No. filter", async () => {
      await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      const criteria = (await records<CriteriaLine>(book, SEGMENT_CRITERIA)).filter(
        (c) => c.segmentNo === sm020 && c.lineNo > 2,
      );
      expect(
        criteria.map((c) => [
          c.lineNo,
          c.type,
          c.action,
          c.group,
          c.table,
          c.field,
          c.filter,
          c.allowExistingContacts,
          c.ignoreExclusion,
        ]),
      ).toEqual([
        [3, "Action", "Add Contacts", 0, "", "", "", true, false],
        [4, "Filter", "Add Contacts", 1, "Interaction Log", "Logged Segment Entry No.", "8", false, false],
      ]);
    });

    it("is one Go Back step", async () => {
      await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      expect(await stepHistory(book, { segmentNo: sm020, direction: "back" })).toMatchObject({
        action: "Reuse Segment",
        linesBefore: 4,
        linesAfter: 1,
        criteriaActions: 1,
      });
      expect(await lineSummary()).toEqual([[10000, "CT01", "", "EMAIL", 0.1, "Spring reuse"]]);
      await stepHistory(book, { segmentNo: sm020, direction: "forward" });
      expect(await lineSummary()).toHaveLength(4);
    });

    it("docs/decisions.md §D4: CT09 flagged Exclude from Segment meanwhile is left out, unless asked for", async () => {
      await excludeContact("CT09");
      const skipped = await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      expect(skipped.added.map((l) => l.contactNo)).toEqual(["CT01", "CT02"]);
      expect(skipped.skippedExcluded).toBe(1);
      await stepHistory(book, { segmentNo: sm020, direction: "back" });
      const asked = await reuseSegment(book, ctx, {
        segmentNo: sm020,
        loggedEntryNo: 8,
        force: true,
        includeExcluded: true,
      });
      expect(asked.added.map((l) => l.contactNo)).toEqual(["CT01", "CT02", "CT09"]);
      const action = (await records<CriteriaLine>(book, SEGMENT_CRITERIA))
        .filter((c) => c.segmentNo === sm020 && c.type === "Action")
        .at(-1)!;
      expect(action.ignoreExclusion).toBe(true);
    });

    it("docs/decisions.md §D4: canceled entries are skipped (a canceled logged segment gives nothing) unless asked for", async () => {
      await cancelInteractions(book, { target: { entries: [122] }, mode: "cancel" });
      const some = await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      expect(some).toMatchObject({ skippedCanceled: 1, added: [{ contactNo: "CT01" }, { contactNo: "CT09" }] });
      await stepHistory(book, { segmentNo: sm020, direction: "back" });
      await cancelInteractions(book, { target: { logged: 8 }, mode: "cancel" });
      expect((await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true })).added).toEqual([]);
      await stepHistory(book, { segmentNo: sm020, direction: "back" });
      const all = await reuseSegment(book, ctx, {
        segmentNo: sm020,
        loggedEntryNo: 8,
        force: true,
        includeCanceled: true,
      });
      expect(all.added.map((l) => l.contactNo)).toEqual(["CT01", "CT02", "CT09"]);
    });

    it("an entry whose contact left the contact sheet is skipped and counted", async () => {
      await book.setContacts({
        sheetName: "Contacts",
        values: bcBaseValues().filter((row) => row[0] !== "CT02"),
        locale: "en",
      });
      const result = await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      expect(result).toMatchObject({ skippedMissing: 1, added: [{ contactNo: "CT01" }, { contactNo: "CT09" }] });
    });

    it("an unknown logged segment is named, nothing written", async () => {
      const commits = book.commits;
      await expect(reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 99, force: true })).rejects.toThrow(
        "Logged segment 99 does not exist (Logged Segments entries: 7, 8).",
      );
      expect(book.commits).toBe(commits);
    });
  });

  describe("the criteria Reuse Segment writes replay", () => {
    it("Reuse Criteria replays them as an Add on the Interaction Log filter: each contact of the logged segment once, existing ones allowed", async () => {
      await reuseSegment(book, ctx, { segmentNo: sm020, loggedEntryNo: 8, force: true });
      await saveSegmentCriteria(book, { segmentNo: sm020, code: "SPRING" });
      const copy = (await createSegment(book, ctx, { description: "Copy", templateCode: "EMAIL" })).no;
      await reuseCriteria(book, ctx, { segmentNo: copy, code: "SPRING" });
      expect((await segmentLines(book, copy)).map((l) => l.contactNo)).toEqual(["CT01", "CT09", "CT01", "CT02"]);
    });
  });
});
