/** On every book of the matrix: totals per template and per group over entries not canceled (docs/business-rules.md §8.1), and the entries query. */
import { cancelInteractions } from "../../src/app/cancelInteractions";
import { createSegment } from "../../src/app/createSegment";
import { interactionEntries, interactionEntryTotals } from "../../src/app/interactionEntries";
import { logSegment } from "../../src/app/logSegment";
import { eachBook, type TestBook } from "../support/bookMatrix";
import { addByNo, ctx, ex10TestBook } from "../support/interactionFixtures";

eachBook((books) => {
  let book: TestBook;
  let spring: string;
  let mail: string;

  /** Ex 10 logged (121–123, LETTER) and an e-mail to CT01, CT02, CT08 logged (124–126, EMAIL at 0.10 / 2). */
  beforeEach(async () => {
    const ex10 = await ex10TestBook(books);
    book = ex10.book;
    spring = ex10.segmentNo;
    await logSegment(book, ctx, { segmentNo: spring });
    mail = (await createSegment(book, ctx, { description: "News", templateCode: "EMAIL", salespersonCode: "PS" })).no;
    await addByNo(book, mail, "CT01|CT02|CT08");
    await logSegment(book, ctx, { segmentNo: mail });
  });

  it("counts, costs and durations per template and per group, canceled entries left out", async () => {
    await cancelInteractions(book, { target: { entries: [122, 125] }, mode: "cancel" });
    const totals = await interactionEntryTotals(book);
    expect(totals.byTemplate).toEqual([
      { code: "EMAIL", count: 2, cost: 0.2, duration: 4 },
      // Entry 120 (LETTER, from the earlier logged segment 7) counts too.
      { code: "LETTER", count: 3, cost: 7.5, duration: 15 },
    ]);
    expect(totals.byGroup).toEqual([
      { code: "EMAILS", count: 2, cost: 0.2, duration: 4 },
      { code: "LETTERS", count: 3, cost: 7.5, duration: 15 },
    ]);
    expect(totals.all).toEqual({ code: "", count: 5, cost: 7.7, duration: 19 });
  });

  it("sums decimal costs without binary noise (three e-mails at 0.10 are 0.30)", async () => {
    const totals = await interactionEntryTotals(book, { segmentNo: mail });
    expect(totals.byTemplate).toEqual([{ code: "EMAIL", count: 3, cost: 0.3, duration: 6 }]);
  });

  it("a canceled logged segment drops out of the totals; uncanceled, it is back", async () => {
    await cancelInteractions(book, { target: { logged: 8 }, mode: "cancel" });
    expect((await interactionEntryTotals(book)).byGroup).toEqual([
      { code: "EMAILS", count: 3, cost: 0.3, duration: 6 },
      { code: "LETTERS", count: 1, cost: 2.5, duration: 5 },
    ]);
    await cancelInteractions(book, { target: { logged: 8 }, mode: "uncancel" });
    expect((await interactionEntryTotals(book)).byGroup.find((g) => g.code === "LETTERS")?.count).toBe(4);
  });

  it("entries filter by segment and contact, ignoring case, in entry-number order", async () => {
    expect((await interactionEntries(book, { contactNo: "ct01" })).map((e) => [e.entryNo, e.segmentNo])).toEqual([
      [121, spring],
      [124, mail],
    ]);
    expect((await interactionEntries(book, { segmentNo: mail.toLowerCase() })).map((e) => e.entryNo)).toEqual([
      124, 125, 126,
    ]);
    expect(await interactionEntries(book, { segmentNo: "SEG09999" })).toEqual([]);
  });
});
