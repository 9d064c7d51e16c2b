/** Log Segment (docs/business-rules.md §7) on every book of the matrix: docs/business-rules.md §11 Ex 10 and the validation table of Ex 11, as docs/decisions.md §D9 adapts them. */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { logSegment, previewLogSegment } from "../../src/app/logSegment";
import { segmentCriteria } from "../../src/app/criteriaUseCases";
import { segmentLines } from "../../src/app/segmentLines";
import { stepHistory } from "../../src/app/stepHistory";
import type { SegmentBook } from "../../src/app/store/ports";
import { ExcludedContactsError } from "../../src/domain/interactions/excludedLines";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import type { SegmentLine } from "../../src/domain/segments/line";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import {
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
  SEGMENTS,
  INTERACTION_TEMPLATES,
  type SheetSpec,
} from "../../src/app/store/sheetSpecs";
import { eachBook, itWhere, type TestBook } from "../support/bookMatrix";
import {
  addByNo,
  ctx,
  describeAs,
  editLines,
  ex10TestBook,
  loggedSegment,
  records,
} from "../support/interactionFixtures";

const ALL_SHEETS: SheetSpec[] = [
  SEGMENTS,
  SEGMENT_LINES,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
];
const snapshot = async (book: TestBook) => {
  const all = [];
  for (const spec of ALL_SHEETS) all.push(await book.records(spec));
  return all;
};
const segmentNos = async (book: TestBook, spec: SheetSpec<{ segmentNo: string } | { no: string }>) =>
  (await records(book, spec)).map((r) => ("segmentNo" in r ? r.segmentNo : r.no));

/** Runs the log and expects it to fail with `message`, leaving every sheet and the commit count as they were. */
async function expectRefused(book: TestBook, segmentNo: string, message: string | RegExp, options = {}): Promise<void> {
  const before = await snapshot(book);
  const commits = book.commits;
  await expect(logSegment(book, ctx, { segmentNo, ...options })).rejects.toThrow(message);
  expect(await snapshot(book)).toEqual(before);
  expect(book.commits).toBe(commits);
}

eachBook((books) => {
  describe("docs/business-rules.md §11 Ex 10: Log Segment with campaign and follow-up", () => {
    let book: TestBook;
    let segmentNo: string;
    beforeEach(async () => ({ book, segmentNo } = await ex10TestBook(books)));

    it("writes Logged Segment 8 (Creation Date = system date) and entries 121–123 with Ex 10's values", async () => {
      const result = await logSegment(book, ctx, { segmentNo, followUp: true });
      expect(result).toMatchObject({ segmentNo, loggedEntryNo: 8, entryNos: [121, 122, 123], excluded: [] });

      const logged = await records<LoggedSegment>(book, LOGGED_SEGMENTS);
      expect(logged.find((l) => l.entryNo === 8)).toEqual({
        entryNo: 8,
        segmentNo,
        description: "Spring mailing",
        noOfInteractions: 3,
        creationDate: "2025-03-04",
        userId: "MARKETER",
        canceled: false,
      });

      const entries = (await records<InteractionLogEntry>(book, INTERACTION_LOG)).filter((e) => e.entryNo > 120);
      const table = entries.map((e) => [
        e.entryNo,
        e.contactNo,
        e.contactCompanyNo,
        e.date,
        e.interactionTemplateCode,
        e.interactionGroupCode,
        e.cost,
        e.duration,
        e.informationFlow,
        e.initiatedBy,
        e.correspondenceType,
        e.campaignNo,
        e.segmentNo,
        e.loggedSegmentEntryNo,
      ]);
      expect(table).toEqual([
        [
          121,
          "CT01",
          "CT01",
          "2025-03-01",
          "LETTER",
          "LETTERS",
          2.5,
          5,
          "Outbound",
          "Us",
          "Email",
          "CP01",
          segmentNo,
          8,
        ],
        [
          122,
          "CT02",
          "CT01",
          "2025-03-01",
          "LETTER",
          "LETTERS",
          2.5,
          5,
          "Outbound",
          "Us",
          "Email",
          "CP01",
          segmentNo,
          8,
        ],
        [123, "CT09", "", "2025-03-01", "LETTER", "LETTERS", 2.5, 5, "Outbound", "Us", "Email", "CP01", segmentNo, 8],
      ]);
      for (const e of entries) {
        expect(e).toMatchObject({
          description: "Spring mailing",
          salespersonCode: "JO",
          canceled: false,
          evaluation: "",
          userId: "MARKETER",
          attemptFailed: false,
        });
        // docs/architecture.md §6: the clock passed in; the Date stays the line's (the interaction's) date.
        expect(e.time).toBe("09:30:00");
      }
      expect(entries.map((e) => e.contactName)).toEqual(["Alpine Ltd", "Anna Berg", "Gus Hill"]);
    });

    it("removes the segment's header, lines, criteria and history from the active sheets", async () => {
      expect(await segmentNos(book, SEGMENT_HISTORY)).toContain(segmentNo);
      await logSegment(book, ctx, { segmentNo });
      for (const spec of [SEGMENTS, SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY])
        expect(await segmentNos(book, spec)).not.toContain(segmentNo);
    });

    it("creates the follow-up with the next series number: work date, campaign CP01, no template, a line per entry and BC's criteria", async () => {
      const result = await logSegment(book, ctx, { segmentNo, followUp: true });
      const followUp = result.followUp!.segmentNo;
      expect(followUp).toBe("SEG00002");
      const header = (await records(book, SEGMENTS)).find((s) => s.no === followUp);
      expect(header).toMatchObject({
        description: `Follow-up on segment ${segmentNo}`,
        campaignNo: "CP01",
        date: "2025-03-01",
        interactionTemplateCode: "",
        salespersonCode: "",
        unitCost: 0,
        noOfLines: 3,
        noOfCriteriaActions: 1,
      });
      const lines = await segmentLines(book, followUp);
      expect(lines.map((l) => [l.lineNo, l.contactNo, l.campaignNo, l.interactionTemplateCode, l.cost])).toEqual([
        [10000, "CT01", "CP01", "", 0],
        [20000, "CT02", "CP01", "", 0],
        [30000, "CT09", "CP01", "", 0],
      ]);
      const criteria = await records(book, SEGMENT_CRITERIA);
      expect(criteria.filter((c) => c.segmentNo === followUp)).toEqual([
        expect.objectContaining({
          lineNo: 1,
          type: "Action",
          action: "Add Contacts",
          allowExistingContacts: true,
          ignoreExclusion: false,
        }),
        expect.objectContaining({
          lineNo: 2,
          type: "Filter",
          group: 1,
          table: "Interaction Log",
          field: "Logged Segment Entry No.",
          filter: "8",
        }),
      ]);
      expect((await segmentCriteria(book, followUp)).steps).toHaveLength(1);
      expect((await book.readState()).lastSegmentNo).toBe(2);
    });

    it("the follow-up's reuse is a Go Back step", async () => {
      const followUp = (await logSegment(book, ctx, { segmentNo, followUp: true })).followUp!.segmentNo;
      const back = await stepHistory(book, { segmentNo: followUp, direction: "back" });
      expect(back).toMatchObject({ action: "Reuse Segment", linesBefore: 3, linesAfter: 0, criteriaActions: 0 });
    });

    it("logging the follow-up at once fails on its first line's template", async () => {
      const followUp = (await logSegment(book, ctx, { segmentNo, followUp: true })).followUp!.segmentNo;
      await expectRefused(
        book,
        followUp,
        `Interaction Template Code must have a value in Segment Line: Segment No.=${followUp}, Line No.=10000 (contact CT01).`,
      );
    });

    it("the logged segment's number is never handed out again", async () => {
      await logSegment(book, ctx, { segmentNo });
      const next = await createSegment(book, ctx, { description: "Next" });
      expect(next.no).toBe("SEG00002");
    });
  });

  describe("docs/business-rules.md §11 Ex 11: validation outcomes (nothing logged on any failure)", () => {
    let book: TestBook;
    let segmentNo: string;
    beforeEach(async () => ({ book, segmentNo } = await ex10TestBook(books)));

    it("header Description blank", async () => {
      await describeAs(book, segmentNo, "");
      await expectRefused(
        book,
        segmentNo,
        `Description must have a value in Segment: No.=${segmentNo}. It cannot be blank.`,
      );
    });

    it("a segment with no lines, or only lines with a blank Contact No., is empty", async () => {
      const empty = (await createSegment(book, ctx, { description: "Nobody", templateCode: "LETTER" })).no;
      await expectRefused(book, empty, `Segment ${empty} is empty.`);
      await editLines(book, segmentNo, () => ({ contactNo: "" }));
      await expectRefused(book, segmentNo, `Segment ${segmentNo} is empty.`);
    });

    it("lines with a blank Contact No. are skipped silently", async () => {
      await editLines(book, segmentNo, (lineNo) => (lineNo === 20000 ? { contactNo: "" } : {}));
      const result = await logSegment(book, ctx, { segmentNo });
      expect(result.entryNos).toEqual([121, 122]);
      expect((await records<InteractionLogEntry>(book, INTERACTION_LOG)).map((e) => e.contactNo)).toEqual([
        "CT10",
        "CT01",
        "CT09",
      ]);
    });

    it("one line with a blank template (others fine): that line is named, nothing logged", async () => {
      await editLines(book, segmentNo, (lineNo) => (lineNo === 20000 ? { interactionTemplateCode: "" } : {}));
      await expectRefused(
        book,
        segmentNo,
        `Interaction Template Code must have a value in Segment Line: Segment No.=${segmentNo}, Line No.=20000 (contact CT02).`,
      );
    });

    it("line salesperson blank (line 50000 of Ex 1: CT06 under a header without salesperson)", async () => {
      const ex1 = (await createSegment(book, ctx, { description: "Retail letter", templateCode: "LETTER" })).no;
      await addContactsByIndustry(book, ex1);
      expect((await segmentLines(book, ex1)).map((l) => [l.lineNo, l.contactNo, l.salespersonCode])).toEqual([
        [10000, "CT01", "JO"],
        [20000, "CT02", "JO"],
        [30000, "CT03", "PS"],
        [40000, "CT04", "PS"],
        [50000, "CT06", ""],
      ]);
      await expectRefused(
        book,
        ex1,
        `Salesperson Code must have a value in Segment Line: Segment No.=${ex1}, Line No.=50000 (contact CT06).`,
      );
    });

    it("line Correspondence Type Email for a contact without e-mail: logged with a blank type (Send is not offered: docs/decisions.md §D11)", async () => {
      const mail = (
        await createSegment(book, ctx, { description: "E-mail blast", templateCode: "EMAIL", salespersonCode: "PS" })
      ).no;
      await addByNo(book, mail, "CT04");
      expect((await segmentLines(book, mail))[0].correspondenceType).toBe("Email");
      const { entryNos } = await logSegment(book, ctx, { segmentNo: mail });
      const entry = (await records<InteractionLogEntry>(book, INTERACTION_LOG)).find((e) => e.entryNo === entryNos[0])!;
      expect(entry).toMatchObject({ contactNo: "CT04", correspondenceType: "" });
    });

    it("a segment number already logged once", async () => {
      await book.commit({
        sheets: [
          {
            spec: LOGGED_SEGMENTS,
            insert: [{ record: loggedSegment({ entryNo: 5, segmentNo: segmentNo.toLowerCase() }), extra: new Map() }],
          },
        ],
      });
      await expectRefused(
        book,
        segmentNo,
        `Logged Segment for Segment No. ${segmentNo} already exists (Logged Segments entry 5).`,
      );
    });

    it("checks run in BC's order: already logged before a blank description before empty before the lines", async () => {
      await describeAs(book, segmentNo, "");
      await editLines(book, segmentNo, () => ({ salespersonCode: "" }));
      await expectRefused(book, segmentNo, /^Description must have a value/);
      await describeAs(book, segmentNo, "Back");
      // Per line: Date, then the contact, then the salesperson, then the template.
      await editLines(book, segmentNo, (lineNo) => (lineNo === 10000 ? { date: "", interactionTemplateCode: "" } : {}));
      await expectRefused(
        book,
        segmentNo,
        `Date must have a value in Segment Line: Segment No.=${segmentNo}, Line No.=10000 (contact CT01).`,
      );
      await editLines(book, segmentNo, (lineNo) => (lineNo === 10000 ? { date: "2025-03-01", contactNo: "CT99" } : {}));
      await expectRefused(
        book,
        segmentNo,
        `Contact CT99 does not exist on the contact sheet (Segment Line: Segment No.=${segmentNo}, Line No.=10000).`,
      );
      await editLines(book, segmentNo, (lineNo) => (lineNo === 10000 ? { contactNo: "CT01" } : {}));
      await expectRefused(
        book,
        segmentNo,
        `Salesperson Code must have a value in Segment Line: Segment No.=${segmentNo}, Line No.=10000 (contact CT01).`,
      );
    });

    // The templates are named in sheet order, the bad one by its sheet row.
    itWhere(books, "rowOrder")(
      "a template that is not on the sheet, or whose row is not valid, is named with the row and column",
      async () => {
        await editLines(book, segmentNo, (lineNo) => (lineNo === 30000 ? { interactionTemplateCode: "FAX" } : {}));
        await expectRefused(
          book,
          segmentNo,
          `Interaction template FAX on Segment Line: Segment No.=${segmentNo}, Line No.=30000 does not exist on the Interaction Templates sheet (templates: EMAIL, LETTER, PHONE, MEETING).`,
        );
        await editLines(book, segmentNo, (lineNo) => (lineNo === 30000 ? { interactionTemplateCode: "LETTER" } : {}));
        await book.editRecords(INTERACTION_TEMPLATES, (rows) =>
          rows.map((r) => (r.code === "LETTER" ? { ...r, unitCost: -1 } : r)),
        );
        await expectRefused(
          book,
          segmentNo,
          `Interaction template LETTER on Segment Line: Segment No.=${segmentNo}, Line No.=10000 is not valid: Interaction Templates row 3, column Unit Cost (LCY): must not be negative (-1) (template LETTER).`,
        );
      },
    );

    it("salesperson and campaign codes are free text (docs/decisions.md §D9): no master table is consulted", async () => {
      await editLines(book, segmentNo, () => ({
        salespersonCode: "NOBODY",
        campaignNo: "NO-SUCH-CAMPAIGN",
      }));
      await expect(logSegment(book, ctx, { segmentNo })).resolves.toMatchObject({ loggedEntryNo: 8 });
    });
  });

  describe("docs/decisions.md §D9: lines whose contact is excluded", () => {
    let book: TestBook;
    let segmentNo: string;
    beforeEach(async () => {
      ({ book, segmentNo } = await ex10TestBook(books));
      // A line typed by hand for CT05 (Exclude from Segment = Yes).
      const line = {
        ...(await segmentLines(book, segmentNo))[0],
        lineNo: 40000,
        contactNo: "CT05",
        contactCompanyNo: "CT04",
        contactName: "Dora Ek",
        contactCompanyName: "Blue Corp",
      };
      await book.commit({
        sheets: [{ spec: SEGMENT_LINES, insert: [{ record: line as SegmentLine, extra: new Map() }] }],
      });
    });

    it("are listed and Log refuses, writing nothing", async () => {
      await expectRefused(
        book,
        segmentNo,
        `Segment ${segmentNo} has 1 line whose contact is excluded from segments: line 40000 (CT05). Remove the lines, or confirm to log them anyway (the command: --include-excluded).`,
      );
      const error = await logSegment(book, ctx, { segmentNo }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcludedContactsError);
      expect((error as ExcludedContactsError).lines).toEqual([{ lineNo: 40000, contactNo: "CT05" }]);
    });

    it("are logged when the user confirms, and reported", async () => {
      const result = await logSegment(book, ctx, { segmentNo, includeExcluded: true, followUp: true });
      expect(result.entryNos).toEqual([121, 122, 123, 124]);
      expect(result.excluded).toEqual([{ lineNo: 40000, contactNo: "CT05" }]);
    });

    it("a follow-up honours Exclude from Segment whatever the log included: the excluded contact is left out of it", async () => {
      const preview = await previewLogSegment(book, ctx, { segmentNo, includeExcluded: true, followUp: true });
      expect(preview.followUp).toMatchObject({ lines: 3, skippedExcluded: 1 });
      const result = await logSegment(book, ctx, { segmentNo, includeExcluded: true, followUp: true });
      expect(result.followUp).toMatchObject({ lines: 3, skippedExcluded: 1 });
      const followUpLines = await segmentLines(book, result.followUp!.segmentNo);
      expect(followUpLines.map((l) => l.contactNo)).not.toContain("CT05");
    });

    it("BC's own checks come first", async () => {
      await describeAs(book, segmentNo, "");
      await expectRefused(book, segmentNo, /^Description must have a value/);
    });
  });
});

async function addContactsByIndustry(book: SegmentBook, segmentNo: string): Promise<void> {
  await addContacts(book, ctx, {
    segmentNo,
    groups: [[{ table: "Contact", field: "Industry Groups", filter: "RETAIL" }]],
    options: NO_OPTIONS,
  });
}
