/**
 * Criteria on interaction history (docs/business-rules.md §3.1) on every book of the matrix: a contact qualifies
 * when one of its own entries meets every interaction condition of the group.
 */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { segmentCriteria } from "../../src/app/criteriaUseCases";
import { ConditionError } from "../../src/domain/segments/matchStep";
import { NO_OPTIONS, type Condition } from "../../src/domain/segments/step";
import { INTERACTION_LOG } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import { eachBook, itWhere, type BookFactory, type TestBook } from "../support/bookMatrix";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const contact = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });
const history = (field: string, filter: string): Condition => ({ table: "Interaction Log", field, filter });

function entry(
  entryNo: number,
  contactNo: string,
  date: string,
  template: string,
  extra: Record<string, unknown> = {},
) {
  return {
    record: {
      entryNo,
      contactNo,
      contactCompanyNo: "",
      contactName: "",
      date,
      time: "09:00:00",
      description: "",
      interactionTemplateCode: template,
      interactionGroupCode: template === "LETTER" ? "LETTERS" : "EMAILS",
      languageCode: "",
      subject: "",
      cost: 1,
      duration: 5,
      informationFlow: "Outbound",
      initiatedBy: "Us",
      correspondenceType: "",
      salespersonCode: "JO",
      segmentNo: "SEG00009",
      loggedSegmentEntryNo: 1,
      campaignNo: "",
      campaignTarget: false,
      campaignResponse: false,
      evaluation: "",
      attemptFailed: false,
      canceled: false,
      userId: "TESTER",
      ...extra,
    },
    extra: new Map(),
  };
}

async function bookWithHistory(books: BookFactory) {
  const book = await books.open(bcBaseSheet());
  await initBook(book);
  await book.commit({
    sheets: [
      {
        spec: INTERACTION_LOG,
        insert: [
          entry(1, "CT02", "2025-01-10", "EMAIL"),
          entry(2, "CT02", "2025-02-01", "LETTER"),
          entry(3, "ct03", "2025-02-20", "EMAIL", { canceled: true }),
          entry(4, "CT07", "2025-02-25", "EMAIL"),
          entry(5, "GONE", "2025-02-25", "EMAIL"),
        ],
      },
    ],
  });
  const { no } = await createSegment(book, ctx, { description: "Follow-up" });
  return { book, no };
}

const added = async (book: TestBook, no: string, groups: Condition[][]) =>
  (await addContacts(book, ctx, { segmentNo: no, groups, options: NO_OPTIONS, preview: true })).added;

eachBook((books) => {
  describe("conditions on the interaction log", () => {
    it("need one entry meeting all of them, not several entries meeting one each", async () => {
      const { book, no } = await bookWithHistory(books);
      expect(
        await added(book, no, [[history("Interaction Template Code", "EMAIL"), history("Date", "2025-02-01")]]),
      ).toBe(0);
      const result = await addContacts(book, ctx, {
        segmentNo: no,
        groups: [[history("Interaction Template Code", "LETTER"), history("Date", "2025-01-15..")]],
        options: NO_OPTIONS,
      });
      expect(result.newLines.map((l) => l.contactNo)).toEqual(["CT02"]);
    });

    it("link entries to contacts by Contact No. ignoring case, and ignore entries of contacts not on the sheet", async () => {
      const { book, no } = await bookWithHistory(books);
      const result = await addContacts(book, ctx, {
        segmentNo: no,
        groups: [[history("Date", "-30D..T")]],
        options: NO_OPTIONS,
      });
      // 2025-02-02 .. 2025-03-04: CT02's letter is older; CT03 (entry written ct03) and CT07 qualify, and CT07 is
      // excluded from segments; GONE's entry has no contact.
      expect(result.newLines.map((l) => l.contactNo)).toEqual(["CT03"]);
      expect(result).toMatchObject({ matched: 2, excluded: 1 });
    });

    it("AND with the group's contact conditions and OR across groups; canceled is a field like any other", async () => {
      const { book, no } = await bookWithHistory(books);
      const groups = [
        [history("Canceled", "No"), history("Interaction Template Code", "EMAIL"), contact("Salesperson Code", "JO")],
        [contact("No.", "CT05")],
      ];
      const result = await addContacts(book, ctx, {
        segmentNo: no,
        groups,
        options: { ...NO_OPTIONS, ignoreExclusion: true },
      });
      // CT03's e-mail is canceled; CT07's is not (Ignore Exclusion lets the excluded CT05 and CT07 in).
      expect(result.newLines.map((l) => l.contactNo).sort()).toEqual(["CT02", "CT05", "CT07"]);
      const criteria = await segmentCriteria(book, no);
      expect(criteria.text).toEqual([
        "1. Add Contacts (Ignore Exclusion)",
        "   Interaction Log: Canceled: No",
        "   Interaction Log: Interaction Template Code: EMAIL",
        "   Salesperson Code: JO",
        "   OR",
        "   No.: CT05",
      ]);
    });

    it("work in Reduce and Refine too", async () => {
      const { book, no } = await bookWithHistory(books);
      await addContacts(book, ctx, { segmentNo: no, groups: [[contact("No.", "CT01..CT04")]], options: NO_OPTIONS });
      const reduced = await removeContacts(book, ctx, {
        segmentNo: no,
        kind: "reduce",
        groups: [[history("Interaction Template Code", "LETTER")]],
        entireCompanies: false,
      });
      expect(reduced.removed.map((l) => l.contactNo)).toEqual(["CT02"]);
    });

    it("name the Interaction Log's columns when a field is not one of them, and the character of a bad filter", async () => {
      const { book, no } = await bookWithHistory(books);
      await expect(added(book, no, [[history("Colour", "RED")]])).rejects.toThrow(
        /"Colour" is not a column of the Interaction Log\. Use one of: Entry No\., Contact No\./,
      );
      const error = await added(book, no, [[history("Date", "2025-01-01..>")]]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConditionError);
      expect((error as ConditionError).message).toMatch(/^Filter on Interaction Log Date "2025-01-01..>" \(group 1\)/);
    });

    itWhere(books, "missingSheets")("match nobody when the workbook has no interaction log yet", async () => {
      const book = await books.open(bcBaseSheet());
      const { no } = await createSegment(book, ctx, { description: "Fresh" });
      expect(await added(book, no, [[history("Interaction Template Code", "EMAIL")]])).toBe(0);
    });

    it("match nobody when the interaction log is empty", async () => {
      const book = await books.open(bcBaseSheet());
      await initBook(book);
      const { no } = await createSegment(book, ctx, { description: "Fresh" });
      expect(await added(book, no, [[history("Interaction Template Code", "EMAIL")]])).toBe(0);
    });
  });
});
