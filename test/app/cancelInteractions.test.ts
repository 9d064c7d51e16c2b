/** Cancel and uncancel (docs/business-rules.md §8.2) on every book of the matrix: docs/business-rules.md §11 Ex 12 step by step, from Ex 10's log. */
import { cancelInteractions, type CancelRequest } from "../../src/app/cancelInteractions";
import { logSegment } from "../../src/app/logSegment";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import { INTERACTION_LOG, LOGGED_SEGMENTS } from "../../src/app/store/sheetSpecs";
import { eachBook, type TestBook } from "../support/bookMatrix";
import { ctx, ex10Book, ex10TestBook, records } from "../support/interactionFixtures";

eachBook((books) => {
  let book: TestBook;

  beforeEach(async () => {
    const ex10 = await ex10TestBook(books);
    book = ex10.book;
    expect((await logSegment(book, ctx, { segmentNo: ex10.segmentNo })).loggedEntryNo).toBe(8);
  });

  const run = (request: CancelRequest) => cancelInteractions(book, request);
  /** Canceled of entries 121–123 and logged segment 8's row. */
  async function state(): Promise<{
    entries: [number, boolean][];
    logged: { canceled: boolean; noOfInteractions: number };
  }> {
    const entries = (await records<InteractionLogEntry>(book, INTERACTION_LOG)).filter(
      (e) => e.loggedSegmentEntryNo === 8,
    );
    const logged = (await records<LoggedSegment>(book, LOGGED_SEGMENTS)).find((l) => l.entryNo === 8)!;
    return {
      entries: entries.map((e) => [e.entryNo, e.canceled]),
      logged: { canceled: logged.canceled, noOfInteractions: logged.noOfInteractions },
    };
  }

  describe("docs/business-rules.md §11 Ex 12", () => {
    it("1. cancel entry 122: No. of Interactions of logged segment 8 shows 2", async () => {
      const result = await run({ target: { entries: [122] }, mode: "cancel" });
      expect(result).toEqual({
        canceled: true,
        entries: [122],
        logged: [{ entryNo: 8, canceled: false, noOfInteractions: 2 }],
      });
      expect(await state()).toEqual({
        entries: [
          [121, false],
          [122, true],
          [123, false],
        ],
        logged: { canceled: false, noOfInteractions: 2 },
      });
    });

    it("2. switching 121 (not canceled) and 122 (canceled): the first selected decides for both", async () => {
      await run({ target: { entries: [122] }, mode: "cancel" });
      const before = await book.records(INTERACTION_LOG);
      await run({ target: { entries: [121, 122] }, mode: "switch" });
      expect((await state()).entries).toEqual([
        [121, true],
        [122, true],
        [123, false],
      ]);
      await book.editRecords(INTERACTION_LOG, () => before);
      await run({ target: { entries: [122, 121] }, mode: "switch" });
      expect((await state()).entries).toEqual([
        [121, false],
        [122, false],
        [123, false],
      ]);
    });

    it("3. canceling logged segment 8 cancels entries 121–123; No. of Interactions shows 3", async () => {
      await run({ target: { entries: [122] }, mode: "cancel" });
      const result = await run({ target: { logged: 8 }, mode: "cancel" });
      expect(result).toEqual({
        canceled: true,
        entries: [121, 123],
        logged: [{ entryNo: 8, canceled: true, noOfInteractions: 3 }],
      });
      expect(await state()).toEqual({
        entries: [
          [121, true],
          [122, true],
          [123, true],
        ],
        logged: { canceled: true, noOfInteractions: 3 },
      });
    });

    it("4. uncanceling entry 121 of a canceled logged segment is refused, nothing written", async () => {
      await run({ target: { entries: [122] }, mode: "cancel" });
      await run({ target: { logged: 8 }, mode: "cancel" });
      const commits = book.commits;
      await expect(run({ target: { entries: [121] }, mode: "uncancel" })).rejects.toThrow(
        "Canceled must be equal to 'No' in Logged Segment: Entry No.=8. Current value is 'Yes'. Entry 121 belongs to canceled logged segment 8 (SEG00001): uncancel the logged segment instead.",
      );
      // BC's switch on a canceled entry means uncancel: refused the same way.
      await expect(run({ target: { entries: [121] }, mode: "switch" })).rejects.toThrow(
        /^Canceled must be equal to 'No'/,
      );
      expect(book.commits).toBe(commits);
    });

    it("5. uncanceling logged segment 8 uncancels 121, 122 and 123: 122's own cancel is lost", async () => {
      await run({ target: { entries: [122] }, mode: "cancel" });
      await run({ target: { logged: 8 }, mode: "cancel" });
      await run({ target: { logged: 8 }, mode: "uncancel" });
      expect(await state()).toEqual({
        entries: [
          [121, false],
          [122, false],
          [123, false],
        ],
        logged: { canceled: false, noOfInteractions: 3 },
      });
    });
  });

  describe("cancel and uncancel: edges", () => {
    it("switch on a logged segment takes the opposite of its state", async () => {
      expect((await run({ target: { logged: 8 }, mode: "switch" })).canceled).toBe(true);
      expect((await run({ target: { logged: 8 }, mode: "switch" })).canceled).toBe(false);
    });

    it("an unknown logged segment or entry is named, nothing written", async () => {
      const commits = book.commits;
      await expect(run({ target: { logged: 9 }, mode: "cancel" })).rejects.toThrow(
        "Logged segment 9 does not exist (Logged Segments entries: 7, 8).",
      );
      await expect(run({ target: { entries: [121, 500, 501] }, mode: "cancel" })).rejects.toThrow(
        "Interaction Log has no entries 500, 501.",
      );
      expect(book.commits).toBe(commits);
    });

    it("canceling what is canceled already changes nothing and writes nothing", async () => {
      await run({ target: { entries: [121] }, mode: "cancel" });
      const commits = book.commits;
      expect(await run({ target: { entries: [121, 121] }, mode: "cancel" })).toEqual({
        canceled: true,
        entries: [],
        logged: [],
      });
      expect(book.commits).toBe(commits);
    });

    it("a canceled logged segment counts its canceled entries (BC's No. of Interactions)", async () => {
      await run({ target: { logged: 8 }, mode: "cancel" });
      const logged = (await records<LoggedSegment>(book, LOGGED_SEGMENTS)).find((l) => l.entryNo === 8)!;
      expect(logged.noOfInteractions).toBe(3);
    });
  });
});

// Sheets only: a table's column holds only its own type, so no cell there fails to read.
describe("an entry row with a cell typed by hand that cannot be read", () => {
  it("is refused, naming the cell, when the cancel would change it; other entries cancel as usual", async () => {
    const { book, segmentNo } = await ex10Book();
    await logSegment(book, ctx, { segmentNo });
    const run = (request: CancelRequest) => cancelInteractions(book, request);
    const canceledColumn = INTERACTION_LOG.columns.findIndex((c) => c.prop === "canceled");
    const entryColumn = INTERACTION_LOG.columns.findIndex((c) => c.prop === "entryNo");
    book.editRows(INTERACTION_LOG.sheetName, (rows) =>
      rows.map((r) => (r[entryColumn] === 122 ? r.map((c, i) => (i === canceledColumn ? "maybe" : c)) : r)),
    );
    await expect(run({ target: { entries: [122] }, mode: "cancel" })).rejects.toThrow(
      /^Interaction Log row \d+, column Canceled: "maybe" is not TRUE or FALSE\.$/,
    );
    await expect(run({ target: { logged: 8 }, mode: "cancel" })).rejects.toThrow(/column Canceled: "maybe"/);
    expect((await run({ target: { entries: [121] }, mode: "cancel" })).entries).toEqual([121]);
  });
});
