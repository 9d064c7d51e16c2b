/**
 * Apply Mailing Group, export and erase-contact use cases on every book of the matrix: what is written, and when
 * nothing is. What a book that differs refuses (the contact cells, a plain sheet) is tested there too.
 */
import { addContacts } from "../../src/app/addContacts";
import { applyMailingGroup } from "../../src/app/applyMailingGroup";
import { createSegment } from "../../src/app/createSegment";
import { eraseContact } from "../../src/app/eraseContact";
import { exportMailingList } from "../../src/app/exportMailingList";
import { initBook } from "../../src/app/initBook";
import type { RunContext } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { stepHistory } from "../../src/app/stepHistory";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { INTERACTION_LOG, SEGMENT_HISTORY, SEGMENT_LINES, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet, bcBaseValues } from "../support/bcBaseData";
import { eachBook, itWhere, type BookFactory, type TestBook } from "../support/bookMatrix";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const where = (field: string, filter: string) => [[{ table: "Contact" as const, field, filter }]];

/** SEG00001 holding CT01, CT02 and CT09, as in docs/business-rules.md §11 Ex 15. */
async function ex15Book(books: BookFactory, values = bcBaseValues()): Promise<TestBook> {
  const book = await books.open({ ...bcBaseSheet(), values });
  await initBook(book);
  await createSegment(book, ctx, { description: "Christmas" });
  await addContacts(book, ctx, { segmentNo: "SEG00001", groups: where("No.", "CT01|CT02|CT09"), options: NO_OPTIONS });
  return book;
}

/** Mailing Groups per contact No., as the contact sheet now holds them (read through the port). */
async function mailingGroups(book: TestBook): Promise<Record<string, unknown>> {
  const [header, ...rows] = (await book.readContactSheet({})).values;
  const column = header.indexOf("Mailing Groups");
  return Object.fromEntries(rows.map((row) => [row[0], row[column] ?? ""]));
}

eachBook((books) => {
  describe("applyMailingGroup: docs/business-rules.md §11 Ex 15", () => {
    /** A missing Mailing Groups column is added to a sheet; a database refuses (the end of this file). */
    const itAddsColumn = itWhere(books, "addsContactColumn");

    it("Delete Old Assignments = No: XMAS on CT04, CT01, CT02, CT09", async () => {
      const book = await ex15Book(books);
      const result = await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: false });
      expect(result).toMatchObject({
        contactsChanged: 3,
        added: 3,
        removed: 0,
        alreadyAssigned: 0,
        columnAdded: false,
      });
      const groups = await mailingGroups(book);
      const withXmas = Object.keys(groups).filter((no) => /XMAS/.test(String(groups[no])));
      expect(withXmas).toEqual(["CT01", "CT02", "CT04", "CT09"]);
      expect(groups).toMatchObject({
        CT01: "XMAS",
        CT02: "NEWS; XMAS",
        CT04: "XMAS",
        CT09: "NEWS; XMAS",
        CT06: "NEWS",
      });
    });

    it("Delete Old Assignments = Yes: CT04 loses XMAS; XMAS on CT01, CT02, CT09", async () => {
      const book = await ex15Book(books);
      const result = await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: true });
      expect(result).toMatchObject({ contactsChanged: 4, added: 3, removed: 1 });
      const groups = await mailingGroups(book);
      expect(Object.keys(groups).filter((no) => /XMAS/.test(String(groups[no])))).toEqual(["CT01", "CT02", "CT09"]);
      expect(groups.CT04).toBe("");
    });

    for (const code of ["XMAS|NEWS", ""])
      // Refused before anything is written, so on every book.
      it(`filter ${JSON.stringify(code)} is refused with BC's message, nothing written`, async () => {
        const book = await ex15Book(books);
        const commits = book.commits;
        await expect(applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code, deleteOld: false })).rejects.toThrow(
          /^Specify a Mailing Group Code\./,
        );
        expect(book.commits).toBe(commits);
      });

    it("does not change the segment, its lines or its criteria", async () => {
      const book = await ex15Book(books);
      const snapshot = async () => JSON.stringify([await book.records(SEGMENTS), await book.records(SEGMENT_LINES)]);
      const before = await snapshot();
      await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: true });
      expect(await snapshot()).toBe(before);
    });

    it("a preview counts and writes nothing; applying twice changes nothing the second time (no commit)", async () => {
      const book = await ex15Book(books);
      const commits = book.commits;
      const preview = await applyMailingGroup(book, ctx, {
        segmentNo: "SEG00001",
        code: "xmas",
        deleteOld: true,
        preview: true,
      });
      expect(preview).toMatchObject({ preview: true, contactsChanged: 4 });
      expect(book.commits).toBe(commits);
      await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: true });
      const again = await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "Xmas", deleteOld: true });
      expect(again).toMatchObject({ contactsChanged: 0, alreadyAssigned: 3 });
      expect(book.commits).toBe(commits + 1);
    });

    itAddsColumn("adds a Mailing Groups column at the right end of the header when the sheet has none", async () => {
      const book = await ex15Book(
        books,
        bcBaseValues().map((row) => row.filter((_, i) => i !== 12)),
      );
      const result = await applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: false });
      expect(result).toMatchObject({ columnAdded: true, contactsChanged: 3 });
      const header = (await book.readContactSheet({})).values[0];
      expect(header.length).toBe(14);
      expect(header[13]).toBe("Mailing Groups");
      expect(await mailingGroups(book)).toMatchObject({ CT01: "XMAS", CT02: "XMAS", CT09: "XMAS", CT03: "" });
    });
  });

  describe("exportMailingList", () => {
    it("returns the list in BC's line order without writing", async () => {
      const book = await ex15Book(books);
      const commits = book.commits;
      const list = await exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: true });
      expect(list.rows.map((r) => r[0])).toEqual(["CT09", "CT01", "CT02"]); // BC's line order: independents first
      expect(book.commits).toBe(commits);
    });

    itWhere(books, "plainSheets")("writes the list on a new sheet", async () => {
      const book = await ex15Book(books);
      const list = await exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: true });
      await exportMailingList(book, ctx, { segmentNo: "seg00001", emailOnly: false, sheetName: "Xmas list" });
      expect(book.plainSheet("Xmas list")).toEqual([list.header, ...list.rows]);
    });

    itWhere(books, "plainSheets")("refuses the name of a sheet the book has, writing nothing", async () => {
      const book = await ex15Book(books);
      const commits = book.commits;
      await expect(
        exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: false, sheetName: "contacts" }),
      ).rejects.toThrow(/already has a sheet named "Contacts"/);
      expect(book.commits).toBe(commits);
    });

    // Excel's rules for a name are checked before anything is read, so on every book.
    it.each([
      ["Segment Lines", /one of the add-in's own sheets/],
      ["InteractionLog", /one of the add-in's own sheets/],
      ["a/b", /character Excel refuses/],
      ["x".repeat(32), /31 characters/],
      [" ", /blank/],
    ])("refuses the sheet name %j", async (name, message) => {
      const book = await ex15Book(books);
      const commits = book.commits;
      await expect(
        exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: false, sheetName: name }),
      ).rejects.toThrow(message);
      expect(book.commits).toBe(commits);
    });
  });

  describe("eraseContact", () => {
    /** SEG00001 (CT01, CT02, CT09) and SEG00002 (CT02, CT06), and log entries of CT02 and CT09. */
    async function twoSegments(): Promise<TestBook> {
      const book = await ex15Book(books);
      await createSegment(book, ctx, { description: "News" });
      await addContacts(book, ctx, {
        segmentNo: "SEG00002",
        groups: where("Mailing Groups", "NEWS"),
        options: NO_OPTIONS,
      });
      await removeContacts(book, ctx, {
        segmentNo: "SEG00002",
        kind: "reduce",
        groups: where("No.", "CT08|CT09"),
        entireCompanies: false,
      });
      const entry = (entryNo: number, contactNo: string, contactName: string) => ({
        record: {
          entryNo,
          contactNo,
          contactCompanyNo: contactNo.toUpperCase() === "CT02" ? "CT01" : "",
          contactName,
          cost: 2.5,
          duration: 5,
          segmentNo: "SEG00000",
          userId: "TESTER",
        },
        extra: new Map(),
      });
      await book.commit({
        sheets: [
          {
            spec: INTERACTION_LOG,
            insert: [entry(1, "CT02", "Anna Berg"), entry(2, "CT09", "Gus Hill"), entry(3, "ct02", "Anna Berg")],
          },
        ],
      });
      return book;
    }

    const contactNos = async (book: TestBook) =>
      (await book.records(SEGMENT_LINES)).map((line) => `${line.segmentNo}:${line.contactNo}`);

    it("asks first: the counts, and nothing written", async () => {
      const book = await twoSegments();
      const commits = book.commits;
      const result = await eraseContact(book, { contactNo: "CT02", confirmed: false });
      expect(result).toMatchObject({
        written: false,
        lines: 2,
        segments: ["SEG00001", "SEG00002"],
        entries: 2,
        pseudonym: "ERASED-1",
        historiesCleared: ["SEG00001", "SEG00002"],
      });
      expect(book.commits).toBe(commits);
    });

    it("removes the lines everywhere, recounts the headers, anonymises the entries keeping costs, clears Go Back", async () => {
      const book = await twoSegments();
      await eraseContact(book, { contactNo: "ct02", confirmed: true });
      expect(await contactNos(book)).toEqual(["SEG00001:CT09", "SEG00001:CT01", "SEG00002:CT06"]);
      expect((await book.records(SEGMENTS)).map((r) => [r.no, r.noOfLines])).toEqual([
        ["SEG00001", 2],
        ["SEG00002", 1],
      ]);
      const entries = await book.records(INTERACTION_LOG);
      const log = entries.map((e) => [e.entryNo, e.contactNo, e.contactCompanyNo, e.contactName, e.cost]);
      expect(log).toEqual([
        [1, "ERASED-1", "CT01", "ERASED-1", 2.5],
        [2, "CT09", "", "Gus Hill", 2.5],
        [3, "ERASED-1", "CT01", "ERASED-1", 2.5],
      ]);
      expect(JSON.stringify(entries)).not.toMatch(/Anna/);
      await expect(stepHistory(book, { segmentNo: "SEG00001", direction: "back" })).rejects.toThrow(
        /no action to go back to/,
      );
    });

    it("clears a history that could bring the contact back although it has no line any more", async () => {
      const book = await twoSegments();
      const result = await eraseContact(book, { contactNo: "CT09", confirmed: true });
      // CT09 left SEG00002 by the Reduce; Go Back would have put it back.
      expect(result).toMatchObject({
        lines: 1,
        segments: ["SEG00001"],
        historiesCleared: ["SEG00001", "SEG00002"],
        pseudonym: "ERASED-1",
      });
      expect(JSON.stringify(await book.records(SEGMENT_HISTORY))).not.toMatch(/CT09|Gus Hill/);
      await expect(stepHistory(book, { segmentNo: "SEG00002", direction: "back" })).rejects.toThrow(
        /no action to go back to/,
      );
    });

    it("leaves other segments' Go Back alone and numbers a second erasure on", async () => {
      const book = await twoSegments();
      await createSegment(book, ctx, { description: "Other" });
      await addContacts(book, ctx, { segmentNo: "SEG00003", groups: where("No.", "CT11"), options: NO_OPTIONS });
      await eraseContact(book, { contactNo: "CT02", confirmed: true });
      const second = await eraseContact(book, { contactNo: "CT09", confirmed: true });
      expect(second.pseudonym).toBe("ERASED-2");
      expect((await stepHistory(book, { segmentNo: "SEG00003", direction: "back" })).linesAfter).toBe(0);
    });

    /** SEG00001 typed by hand with one line of CT02, in a book where only Segments and Segment Lines were made. */
    async function typedLine(): Promise<TestBook> {
      const book = await books.open(bcBaseSheet());
      await book.commit({ createSheets: [{ spec: SEGMENTS }, { spec: SEGMENT_LINES }] });
      await book.commit({
        sheets: [
          {
            spec: SEGMENTS,
            insert: [{ record: { no: "SEG00001", description: "Typed", noOfLines: 1 }, extra: new Map() }],
          },
          {
            spec: SEGMENT_LINES,
            insert: [
              {
                record: { segmentNo: "SEG00001", lineNo: 10000, contactNo: "CT02", contactName: "Anna Berg" },
                extra: new Map(),
              },
            ],
          },
        ],
      });
      return book;
    }

    itWhere(books, "missingSheets")("works without an Interaction Log sheet", async () => {
      const book = await typedLine();
      expect(await book.hasSheet(INTERACTION_LOG)).toBe(false);
      const result = await eraseContact(book, { contactNo: "CT02", confirmed: true });
      expect(result).toMatchObject({ lines: 1, entries: 0, pseudonym: "", written: true });
      expect(await book.records(SEGMENT_LINES)).toEqual([]);
    });

    it("erases a contact with no Interaction Log entry, then refuses it as found nowhere", async () => {
      const book = await typedLine();
      const result = await eraseContact(book, { contactNo: "CT02", confirmed: true });
      expect(result).toMatchObject({ lines: 1, entries: 0, pseudonym: "", written: true });
      expect(await book.records(SEGMENT_LINES)).toEqual([]);
      await expect(eraseContact(book, { contactNo: "CT02", confirmed: true })).rejects.toThrow(
        "Contact CT02 is on no segment line and in no Interaction Log entry: nothing to erase.",
      );
    });
  });

  // What a book refuses where it differs, with the reason the matrix gives.
  const refuses = (what: "addsContactColumn" | "plainSheets") => (books.differs[what] === undefined ? it.skip : it);
  refuses("addsContactColumn")(
    `refuses Apply Mailing Group without a Mailing Groups column, naming it, writing nothing (${books.differs.addsContactColumn ?? "only where a book adds no column"})`,
    async () => {
      const book = await ex15Book(
        books,
        bcBaseValues().map((row) => row.filter((_, i) => i !== 12)),
      );
      const commits = book.commits;
      for (const preview of [true, false])
        await expect(
          applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: false, preview }),
        ).rejects.toMatchObject({
          code: "db-unsupported",
          message: expect.stringMatching(/has no Mailing Groups column/),
        });
      expect(book.commits).toBe(commits);
    },
  );
  refuses("plainSheets")(
    `refuses exporting the list as a sheet, writing nothing (${books.differs.plainSheets ?? "only where a book has no sheets"})`,
    async () => {
      const book = await ex15Book(books);
      const commits = book.commits;
      await expect(
        exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: false, sheetName: "Xmas list" }),
      ).rejects.toMatchObject({ code: "db-unsupported" });
      expect(book.commits).toBe(commits);
    },
  );
});
