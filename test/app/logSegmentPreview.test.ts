/** Log Segment's preview: what Log would write and every reason it would refuse, read as Log reads, writing nothing. */
import { createSegment } from "../../src/app/createSegment";
import { logSegment, previewLogSegment } from "../../src/app/logSegment";
import { segmentLines } from "../../src/app/segmentLines";
import type { SegmentLine } from "../../src/domain/segments/line";
import { INTERACTION_TEMPLATES, LOGGED_SEGMENTS, SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import { eachBook, itWhere, type TestBook } from "../support/bookMatrix";
import { ctx, describeAs, editLines, ex10TestBook, loggedSegment } from "../support/interactionFixtures";

async function addExcludedLine(book: TestBook, segmentNo: string): Promise<void> {
  const line = {
    ...(await segmentLines(book, segmentNo))[0],
    lineNo: 40000,
    contactNo: "CT05",
    contactCompanyNo: "CT04",
    contactName: "Dora Ek",
    contactCompanyName: "Blue Corp",
  };
  await book.commit({ sheets: [{ spec: SEGMENT_LINES, insert: [{ record: line as SegmentLine, extra: new Map() }] }] });
}

eachBook((books) => {
  describe("previewLogSegment", () => {
    let book: TestBook;
    let segmentNo: string;
    beforeEach(async () => ({ book, segmentNo } = await ex10TestBook(books)));

    it("sums Ex 10 as Log writes it: 3 entries of LETTER, 7.50, 15 min, follow-up SEG00002 with 3 lines; nothing written", async () => {
      const commits = book.commits;
      const preview = await previewLogSegment(book, ctx, { segmentNo });
      expect(preview).toEqual({
        segmentNo,
        description: "Spring mailing",
        entries: 3,
        templates: ["LETTER"],
        cost: 7.5,
        duration: 15,
        excluded: [],
        problems: [],
        followUp: { segmentNo: "SEG00002", lines: 3, skippedExcluded: 0 },
      });
      expect(book.commits).toBe(commits);
      const result = await logSegment(book, ctx, { segmentNo, followUp: true });
      expect(result.entryNos).toHaveLength(preview.entries);
      expect(result.followUp).toEqual(preview.followUp);
    });

    it("lists every problem line by line, in BC's order, where Log stops at the first", async () => {
      await describeAs(book, segmentNo, "");
      await editLines(book, segmentNo, (lineNo) =>
        lineNo === 20000
          ? { salespersonCode: "", interactionTemplateCode: "" }
          : lineNo === 30000
            ? { contactNo: "CT99", interactionTemplateCode: "FAX" }
            : {},
      );
      const preview = await previewLogSegment(book, ctx, { segmentNo });
      expect(preview.problems.map(({ kind, lineNo, contactNo, code }) => ({ kind, lineNo, contactNo, code }))).toEqual([
        { kind: "noDescription", lineNo: undefined, contactNo: undefined, code: undefined },
        { kind: "noSalesperson", lineNo: 20000, contactNo: "CT02", code: undefined },
        { kind: "noTemplate", lineNo: 20000, contactNo: "CT02", code: undefined },
        { kind: "unknownContact", lineNo: 30000, contactNo: "CT99", code: undefined },
        { kind: "unknownTemplate", lineNo: 30000, contactNo: "CT99", code: "FAX" },
      ]);
      expect(preview.problems[1].message).toBe(
        `Salesperson Code must have a value in Segment Line: Segment No.=${segmentNo}, Line No.=20000 (contact CT02).`,
      );
      // The summary still counts what the lines hold, and no follow-up is promised.
      expect(preview).toMatchObject({ entries: 3, templates: ["LETTER", "FAX"], followUp: undefined });
      // Log refuses with the first problem's message.
      await expect(logSegment(book, ctx, { segmentNo })).rejects.toThrow(preview.problems[0].message);
    });

    // The template is named by its sheet row.
    itWhere(books, "rowOrder")("says what is wrong with an invalid template's row", async () => {
      await book.editRecords(INTERACTION_TEMPLATES, (rows) =>
        rows.map((r) => (r.code === "LETTER" ? { ...r, unitCost: -1 } : r)),
      );
      const preview = await previewLogSegment(book, ctx, { segmentNo });
      expect(preview.problems).toHaveLength(3);
      expect(preview.problems[0]).toMatchObject({
        kind: "invalidTemplate",
        lineNo: 10000,
        code: "LETTER",
        detail: "Interaction Templates row 3, column Unit Cost (LCY): must not be negative (-1) (template LETTER).",
      });
    });

    it("names an already logged segment and an empty one", async () => {
      await book.commit({
        sheets: [
          { spec: LOGGED_SEGMENTS, insert: [{ record: loggedSegment({ entryNo: 5, segmentNo }), extra: new Map() }] },
        ],
      });
      const logged = await previewLogSegment(book, ctx, { segmentNo });
      expect(logged.problems.map((p) => [p.kind, p.code])).toEqual([["alreadyLogged", "5"]]);
      const { no } = await createSegment(book, ctx, { description: "Nobody", templateCode: "LETTER" });
      const empty = await previewLogSegment(book, ctx, { segmentNo: no });
      expect(empty.problems.map((p) => p.kind)).toEqual(["empty"]);
      expect(empty).toMatchObject({ entries: 0, templates: [], cost: 0, duration: 0 });
    });

    it("lists excluded lines without refusing; the follow-up skips them even when the user includes them in the log", async () => {
      await addExcludedLine(book, segmentNo);
      const preview = await previewLogSegment(book, ctx, { segmentNo });
      expect(preview).toMatchObject({ entries: 4, problems: [], excluded: [{ lineNo: 40000, contactNo: "CT05" }] });
      expect(preview.followUp).toEqual({ segmentNo: "SEG00002", lines: 3, skippedExcluded: 1 });
      expect((await previewLogSegment(book, ctx, { segmentNo, includeExcluded: true })).followUp).toEqual({
        segmentNo: "SEG00002",
        lines: 3,
        skippedExcluded: 1,
      });
    });
  });
});
