/**
 * Go Back and Go Forward through the use cases on every book of the matrix (the properties on the in-memory book:
 * test/db/pgBookSteps.property.test.ts runs random steps on PgBook against it): docs/business-rules.md §11 Ex 6 as docs/decisions.md §D2
 * adapts it (Go Back restores exactly), hand edits, and a property over random step sequences.
 */
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { setHeader } from "../../src/app/setHeader";
import { HandChangesError, stepHistory } from "../../src/app/stepHistory";
import { NO_OPTIONS, type Condition, type StepOptions } from "../../src/domain/segments/step";
import {
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
  SEGMENTS,
  type SheetSpec,
} from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import { contactSheetArb, stepArb } from "../support/contactTableArbitrary";
import { eachBook, memoryBooks, type BookFactory, type TestBook } from "../support/bookMatrix";
import { MemoryBook } from "../support/memoryBook";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });

async function newBook(books: BookFactory = memoryBooks): Promise<{ book: TestBook; no: string }> {
  const book = await books.open(bcBaseSheet());
  await initBook(book);
  const { no } = await createSegment(book, ctx, { description: "Retail letter" });
  return { book, no };
}

const add = (book: SegmentBook, no: string, conditions: Condition[], options: Partial<StepOptions> = {}) =>
  addContacts(book, ctx, { segmentNo: no, groups: [conditions], options: { ...NO_OPTIONS, ...options } });

const lineContacts = async (book: TestBook) =>
  (await book.records(SEGMENT_LINES)).map((line) => [line.lineNo, line.contactNo]);

/** The segment's rows on every sheet Go Back restores, in key order (rows may move on the sheet). */
async function segmentState(book: SegmentBook): Promise<unknown> {
  const sorted = async (spec: SheetSpec) => (await book.readRows(spec)).map((r) => JSON.stringify(r.record)).sort();
  return {
    segments: await sorted(SEGMENTS),
    lines: await sorted(SEGMENT_LINES),
    criteria: await sorted(SEGMENT_CRITERIA),
  };
}

eachBook((books) => {
  describe("docs/business-rules.md §11 Ex 6, as docs/decisions.md §D2 adapts it", () => {
    it("Go Back removes only the lines the action added, even duplicates of contacts already present", async () => {
      const { book, no } = await newBook(books);
      await add(book, no, [where("Industry Groups", "RETAIL")]);
      const afterEx1 = await segmentState(book);
      const a = await add(book, no, [where("Job Responsibilities", "PURCH")]);
      expect(a.newLines).toHaveLength(0);
      const afterA = await segmentState(book);
      const b = await add(book, no, [where("Job Responsibilities", "PURCH")], { allowExistingContacts: true });
      expect(b.newLines.map((l) => [l.lineNo, l.contactNo])).toEqual([
        [60000, "CT02"],
        [70000, "CT06"],
      ]);

      const c = await stepHistory(book, { segmentNo: no, direction: "back" });
      // BC deletes every line of CT02 and CT06 here; we restore the segment as it was before action 3.
      expect(await lineContacts(book)).toEqual([
        [10000, "CT01"],
        [20000, "CT02"],
        [30000, "CT03"],
        [40000, "CT04"],
        [50000, "CT06"],
      ]);
      expect(c).toMatchObject({
        linesBefore: 7,
        linesAfter: 5,
        criteriaActions: 2,
        canGoBack: true,
        canGoForward: true,
      });
      expect(await segmentState(book)).toEqual(afterA);

      const d = await stepHistory(book, { segmentNo: no, direction: "back" });
      expect(d).toMatchObject({ linesAfter: 5, criteriaActions: 1 });
      expect(await segmentState(book)).toEqual(afterEx1);
    });

    it("Go Forward re-applies what Go Back undid, and a new action ends Go Forward", async () => {
      const { book, no } = await newBook(books);
      await add(book, no, [where("Industry Groups", "RETAIL")]);
      await add(book, no, [where("Job Responsibilities", "PURCH")], { allowExistingContacts: true });
      const afterB = await segmentState(book);
      await stepHistory(book, { segmentNo: no, direction: "back" });
      await stepHistory(book, { segmentNo: no, direction: "forward" });
      expect(await segmentState(book)).toEqual(afterB);
      await stepHistory(book, { segmentNo: no, direction: "back" });
      await add(book, no, [where("No.", "CT07")]);
      await expect(stepHistory(book, { segmentNo: no, direction: "forward" })).rejects.toThrow(
        /no undone action to go forward to/,
      );
    });

    it("says so when there is nothing to go back to", async () => {
      const { book, no } = await newBook(books);
      await expect(stepHistory(book, { segmentNo: no, direction: "back" })).rejects.toThrow(
        `Segment ${no} has no action to go back to.`,
      );
    });
  });

  describe("lines changed by hand", () => {
    async function editedBook() {
      const { book, no } = await newBook(books);
      await add(book, no, [where("Industry Groups", "RETAIL")]);
      const beforeB = await segmentState(book);
      await add(book, no, [where("No.", "CT07|CT08")]);
      // The user edits the salesperson of line 20000 and deletes line 30000.
      await book.editRecords(SEGMENT_LINES, (lines) =>
        lines
          .filter((line) => line.lineNo !== 30000)
          .map((line) => (line.lineNo === 20000 ? { ...line, salespersonCode: "ZZ" } : line)),
      );
      return { book, no, beforeB };
    }

    it("Go Back names them and changes nothing until confirmed", async () => {
      const { book, no } = await editedBook();
      const before = await segmentState(book);
      const commits = book.commits;
      const error = await stepHistory(book, { segmentNo: no, direction: "back" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HandChangesError);
      expect((error as HandChangesError).changes).toEqual([
        { lineNo: 20000, contactNo: "CT02", kind: "edited" },
        { lineNo: 30000, contactNo: "", kind: "deleted" },
      ]);
      expect((error as Error).message).toContain("line 20000 (CT02) edited, line 30000 deleted");
      expect(book.commits).toBe(commits);
      expect(await segmentState(book)).toEqual(before);
    });

    it("confirmed, Go Back undoes the action and keeps the hand changes elsewhere", async () => {
      const { book, no } = await editedBook();
      const result = await stepHistory(book, { segmentNo: no, direction: "back", force: true });
      expect(result.handChanges).toHaveLength(2);
      expect(await lineContacts(book)).toEqual([
        [10000, "CT01"],
        [20000, "CT02"],
        [40000, "CT04"],
        [50000, "CT06"],
      ]);
      // The next Go Back starts from what is there now: no more questions.
      await expect(stepHistory(book, { segmentNo: no, direction: "back" })).resolves.toMatchObject({ linesAfter: 0 });
    });

    it("does not take lines a header change updated for hand edits, but still reports earlier hand edits", async () => {
      const { book, no } = await newBook(books);
      await add(book, no, [where("Industry Groups", "RETAIL")]);
      await book.editRecords(SEGMENT_LINES, (lines) =>
        lines.map((line) => (line.lineNo === 20000 ? { ...line, subject: "typed" } : line)),
      );
      const set = await setHeader(book, ctx, { segmentNo: no, changes: { salespersonCode: "ZZ" }, updateLines: "yes" });
      expect(set.kind).toBe("changed");
      const error = await stepHistory(book, { segmentNo: no, direction: "back" }).catch((e: unknown) => e);
      expect((error as HandChangesError).changes).toEqual([{ lineNo: 20000, contactNo: "CT02", kind: "edited" }]);
    });

    it("sees no change where the sheet holds what the add-in wrote", async () => {
      const { book, no } = await newBook(books);
      await add(book, no, [where("Industry Groups", "RETAIL")]);
      await expect(stepHistory(book, { segmentNo: no, direction: "back" })).resolves.toMatchObject({ handChanges: [] });
    });
  });
});

describe("Go Back and Go Forward after any sequence of steps (property)", () => {
  const steps = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant("add" as const),
        field: fc.constantFrom(
          "Industry Groups",
          "Mailing Groups",
          "Name",
          "No.",
          "Job Responsibilities",
          "Salesperson Code",
        ),
        filter: fc.constantFrom("RETAIL", "NEWS|XMAS", "*a*", "CT0?", "PURCH", "JO", "<>''", "''"),
        options: fc.record({
          allowExistingContacts: fc.boolean(),
          expandCompanies: fc.boolean(),
          allowRelatedCompanies: fc.boolean(),
          ignoreExclusion: fc.boolean(),
          entireCompanies: fc.constant(false),
        }),
      }),
      fc.record({
        kind: fc.constantFrom("reduce" as const, "refine" as const),
        field: fc.constantFrom("Industry Groups", "Mailing Groups", "Name", "No.", "Salesperson Code"),
        filter: fc.constantFrom("RETAIL", "NEWS|XMAS", "*a*", "CT0?", "JO", "<>''", "''"),
        entireCompanies: fc.boolean(),
      }),
      fc.constant({ kind: "back" as const }),
      fc.constant({ kind: "forward" as const }),
    ),
    { maxLength: 10 },
  );

  it("Go Back restores the exact prior state and Go Forward the exact later one", async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (sequence) => {
        const { book, no } = await newBook();
        // States before each applied action (undo stack) and after each undone one (redo stack), as the model.
        const undo: unknown[] = [];
        const redo: unknown[] = [];
        for (const step of sequence) {
          const now = await segmentState(book);
          if (step.kind === "add") {
            await add(book, no, [where(step.field, step.filter)], step.options);
            undo.push(now);
            redo.length = 0;
          } else if (step.kind === "reduce" || step.kind === "refine") {
            const { kind, field, filter, entireCompanies } = step;
            await removeContacts(book, ctx, { segmentNo: no, kind, groups: [[where(field, filter)]], entireCompanies });
            undo.push(now);
            redo.length = 0;
          } else if (step.kind === "back") {
            const expected = undo.pop();
            if (expected === undefined) {
              await expect(stepHistory(book, { segmentNo: no, direction: "back" })).rejects.toThrow(
                /no action to go back/,
              );
              continue;
            }
            await stepHistory(book, { segmentNo: no, direction: "back" });
            expect(await segmentState(book)).toEqual(expected);
            redo.push(now);
          } else {
            const expected = redo.pop();
            if (expected === undefined) {
              await expect(stepHistory(book, { segmentNo: no, direction: "forward" })).rejects.toThrow(
                /no undone action/,
              );
              continue;
            }
            await stepHistory(book, { segmentNo: no, direction: "forward" });
            expect(await segmentState(book)).toEqual(expected);
            undo.push(now);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe("Go Back and Go Forward on random contact tables (property)", () => {
  const move = fc.oneof(
    { weight: 3, arbitrary: stepArb.map((step) => ({ kind: "step" as const, step })) },
    { weight: 1, arbitrary: fc.constantFrom({ kind: "back" as const }, { kind: "forward" as const }) },
  );

  it("restores the exact prior and later states", async () => {
    await fc.assert(
      fc.asyncProperty(contactSheetArb(), fc.array(move, { maxLength: 8 }), async (sheet, moves) => {
        const book = new MemoryBook({ sheetName: sheet.sheetName, values: sheet.values, locale: sheet.locale });
        await initBook(book);
        const { no } = await createSegment(book, ctx, { description: "Random" });
        const undo: unknown[] = [];
        const redo: unknown[] = [];
        for (const m of moves) {
          const now = await segmentState(book);
          if (m.kind === "step") {
            const { action, groups, options } = m.step;
            if (action === "Add Contacts") await addContacts(book, ctx, { segmentNo: no, groups, options });
            else {
              const kind = action === "Remove Contacts (Reduce)" ? "reduce" : "refine";
              await removeContacts(book, ctx, {
                segmentNo: no,
                kind,
                groups,
                entireCompanies: options.entireCompanies,
              });
            }
            undo.push(now);
            redo.length = 0;
            continue;
          }
          const [from, to] = m.kind === "back" ? [undo, redo] : [redo, undo];
          const expected = from.pop();
          if (expected === undefined) continue;
          await stepHistory(book, { segmentNo: no, direction: m.kind });
          expect(await segmentState(book)).toEqual(expected);
          to.push(now);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// Sheet order only: a database table has none (PgBook ignores insertBefore).
describe("Go Back gives back the sheet's order (docs/workbook-contract.md §3.1)", () => {
  async function newSheetBook(): Promise<{ book: MemoryBook; no: string }> {
    const book = new MemoryBook(bcBaseSheet());
    await initBook(book);
    return { book, no: (await createSegment(book, ctx, { description: "Retail letter" })).no };
  }
  const lineNos = (book: MemoryBook) => book.rows(SEGMENT_LINES.sheetName).map((cells) => cells[1]);

  async function addThenRefine() {
    const { book, no } = await newSheetBook();
    await addContacts(book, ctx, { segmentNo: no, groups: [[]], options: NO_OPTIONS });
    const before = lineNos(book);
    await removeContacts(book, ctx, {
      segmentNo: no,
      kind: "refine",
      groups: [[where("Industry Groups", "RETAIL")]],
      entireCompanies: false,
    });
    const refined = lineNos(book);
    // Lines in the middle went, and lines below them stayed.
    expect(before.indexOf(refined[refined.length - 1])).toBeGreaterThan(refined.length - 1);
    return { book, no, before };
  }

  it("Add, Refine, Go Back lists the lines in their old order, not the restored ones last", async () => {
    const { book, no, before } = await addThenRefine();
    await stepHistory(book, { segmentNo: no, direction: "back" });
    expect(lineNos(book)).toEqual(before);
  });

  it("history written before places were recorded still goes back, by Line No.", async () => {
    const { book, no, before } = await addThenRefine();
    // The history as an older version wrote it: the same entries without linePlaces and criteriaPlaces.
    book.editRows(SEGMENT_HISTORY.sheetName, (rows) =>
      rows.map((cells) => {
        const payload = JSON.parse(String(cells[4])) as { delta?: Record<string, unknown> };
        if (payload.delta) {
          delete payload.delta.linePlaces;
          delete payload.delta.criteriaPlaces;
        }
        return cells.map((cell, i) => (i === 4 ? JSON.stringify(payload) : cell));
      }),
    );
    expect(JSON.stringify(book.rows(SEGMENT_HISTORY.sheetName))).not.toContain("Places");
    await stepHistory(book, { segmentNo: no, direction: "back" });
    expect(lineNos(book)).toEqual([...before].sort((a, b) => Number(a) - Number(b)));
  });
});
