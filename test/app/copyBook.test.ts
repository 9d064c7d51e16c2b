/**
 * copyBook through the port on every book of the matrix, from one book of a gateway to another of the same
 * (docs/decisions.md §D48): every dedicated sheet's records and the segment counter arrive, Go Back works on the copy, a target holding segment data is refused untouched unless
 * replaced, and a new book's own templates count as empty.
 */
import { addContacts } from "../../src/app/addContacts";
import { copyBook } from "../../src/app/copyBook";
import { createSegment } from "../../src/app/createSegment";
import { saveSegmentCriteria } from "../../src/app/criteriaUseCases";
import { deleteSegment } from "../../src/app/deleteSegment";
import { initBook } from "../../src/app/initBook";
import { stepHistory } from "../../src/app/stepHistory";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { DEDICATED_SHEETS, INTERACTION_TEMPLATES, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { bcBaseSheet } from "../support/bcBaseData";
import { eachBook, type BookFactory, type TestBook } from "../support/bookMatrix";
import { MemoryBook } from "../support/memoryBook";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const names = { replace: false, fromName: "from.xlsx", toName: "the target" };

async function sourceBook(books: BookFactory): Promise<TestBook> {
  const book = await books.open(bcBaseSheet());
  await initBook(book);
  const { no } = await createSegment(book, ctx, { description: "Retail letter" });
  for (const filter of ["CT01|CT02", "CT09"])
    await addContacts(book, ctx, {
      segmentNo: no,
      groups: [[{ table: "Contact", field: "No.", filter }]],
      options: NO_OPTIONS,
    });
  await saveSegmentCriteria(book, { segmentNo: no, code: "RETAIL" });
  const gone = await createSegment(book, ctx, { description: "Gone" });
  await deleteSegment(book, gone.no);
  return book;
}

async function everything(book: SegmentBook): Promise<unknown> {
  const sheets: Record<string, unknown> = { lastSegmentNo: (await book.readState()).lastSegmentNo };
  for (const spec of DEDICATED_SHEETS) sheets[spec.sheetName] = (await book.readRows(spec)).map((row) => row.record);
  return sheets;
}

eachBook((books) => {
  describe("copyBook", () => {
    // A new book: a workbook without the dedicated sheets, a schema init --db made (its own templates only).
    it("copies every dedicated sheet and the counter into a new book; Go Back works on the copy", async () => {
      const from = await sourceBook(books);
      const to = await books.open(bcBaseSheet());
      const outcome = await copyBook(from, to, names);
      expect(outcome).toMatchObject({ lastSegmentNo: 2, replaced: 0 });
      expect(await everything(to)).toEqual(await everything(from));
      for (const book of [from, to]) await stepHistory(book, { segmentNo: "SEG00001", direction: "back" });
      expect(await everything(to)).toEqual(await everything(from));
    });

    it("replaces a new book's own templates, but refuses a book that holds segment data unless told to replace", async () => {
      const from = await sourceBook(books);
      const fresh = await books.open(bcBaseSheet());
      await initBook(fresh);
      await copyBook(from, fresh, names);
      expect(await everything(fresh)).toEqual(await everything(from));

      const taken = await books.open(bcBaseSheet());
      await initBook(taken);
      await createSegment(taken, ctx, { description: "Mine" });
      await createSegment(taken, ctx, { description: "Mine too" });
      await createSegment(taken, ctx, { description: "And mine" });
      const before = await everything(taken);
      const commits = taken.commits;
      await expect(copyBook(from, taken, names)).rejects.toThrow(
        "the target already holds segment data: Segments (3 rows). Nothing was copied; add --force",
      );
      expect(taken.commits).toBe(commits);
      expect(await everything(taken)).toEqual(before);

      const outcome = await copyBook(from, taken, { ...names, replace: true });
      expect(outcome.replaced).toBe(3);
      // Everything is the source's, but the counter never goes back: SEG00003 was used in the target.
      expect(await everything(taken)).toEqual({ ...((await everything(from)) as object), lastSegmentNo: 3 });
    });

    it("counts edited templates as segment data", async () => {
      const from = await sourceBook(books);
      const to = await books.open(bcBaseSheet());
      await initBook(to);
      const [first] = await to.readRows(INTERACTION_TEMPLATES);
      await to.commit({
        sheets: [{ spec: INTERACTION_TEMPLATES, update: [{ ...first, record: { ...first.record, unitCost: 9 } }] }],
      });
      await expect(copyBook(from, to, names)).rejects.toThrow("Interaction Templates (4 rows)");
    });

    // The source is a workbook without them: a schema init --db made always has every table.
    it("refuses a source with no dedicated sheets, writing nothing", async () => {
      const to = await books.open(bcBaseSheet());
      const [before, had] = [await everything(to), await to.hasSheet(SEGMENTS)];
      await expect(copyBook(new MemoryBook(bcBaseSheet()), to, names)).rejects.toThrow(
        "from.xlsx holds no dedicated sheets or tables: nothing to copy.",
      );
      expect(to.commits).toBe(0);
      expect(await to.hasSheet(SEGMENTS)).toBe(had);
      expect(await everything(to)).toEqual(before);
    });
  });
});
