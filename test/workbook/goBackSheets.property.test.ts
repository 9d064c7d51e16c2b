/**
 * Property (docs/workbook-contract.md §3.1): on random contact sheets, with two segments whose lines interleave and a
 * column of random values the user added to Segment Lines and Segment Criteria, any sequence of Add, Reduce, Refine,
 * Go Back and Go Forward on one segment gives back, at each Go Back, the two sheets cell by cell as they were before
 * the action undone, and at each Go Forward as they were after it. Run on the in-memory book, on the Excel fake and
 * on real .xlsx files (fewer runs: each action opens and saves the file).
 */
import { promises as fs } from "fs";
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { removeContacts } from "../../src/app/removeContacts";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { stepHistory } from "../../src/app/stepHistory";
import type { StepSpec } from "../../src/domain/segments/step";
import { stepArb, stepSequenceArb, contactSheetArb } from "../support/contactTableArbitrary";
import { excelGateway, memoryGateway, xlsxGateway, type SheetGateway } from "../support/sheetGateways";
import { tempDir } from "../support/workbooks";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const SHEETS = ["Segment Lines", "Segment Criteria"];

const runStep = (segmentNo: string, step: StepSpec) => (book: SegmentBook) =>
  step.action === "Add Contacts"
    ? addContacts(book, ctx, { segmentNo, groups: step.groups, options: step.options })
    : removeContacts(book, ctx, {
        segmentNo,
        kind: step.action === "Remove Contacts (Reduce)" ? "reduce" : "refine",
        groups: step.groups,
        entireCompanies: step.options.entireCompanies,
      });

type Move = { kind: "step"; step: StepSpec } | { kind: "back" } | { kind: "forward" };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 2, arbitrary: stepArb.map((step): Move => ({ kind: "step", step })) },
  { weight: 3, arbitrary: fc.constantFrom<Move>({ kind: "back" }, { kind: "back" }, { kind: "forward" }) },
);

/** What a user types into their own column: text (some of it looking like a formula or a number), numbers, Yes/No, blanks. */
const noteArb = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "Å", " ", "=", "+", "1", "-", ";"), maxLength: 8 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);

const scenarioArb = fc.record({
  sheet: contactSheetArb({ maxCompanies: 3, maxPersonsPerCompany: 3, maxIndependents: 3 }),
  own: stepSequenceArb,
  other: stepSequenceArb,
  notes: fc.array(noteArb, { minLength: 1, maxLength: 40 }),
  moves: fc.array(moveArb, { maxLength: 10 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Go Backs and Go Forwards that put rows back above others, not only below the last row: the property is not vacuous. */
let restoredInside = 0;

async function check(g: SheetGateway, { own, other, notes, moves }: Scenario) {
  const sheets = () => Promise.all(SHEETS.map((sheet) => g.cells(sheet)));
  const attempt = (action: (book: SegmentBook) => Promise<unknown>) =>
    g.use(action).then(
      () => true,
      () => false,
    );
  await g.use((b) => initBook(b));
  const [seg, seg2] = ["SEG00001", "SEG00002"];
  for (const description of ["Own", "Other"]) await g.use((b) => createSegment(b, ctx, { description }));
  // The two segments' steps alternate, so their rows interleave on both sheets.
  for (let i = 0; i < Math.max(own.length, other.length); i++) {
    if (own[i]) await attempt(runStep(seg, own[i]));
    if (other[i]) await attempt(runStep(seg2, other[i]));
  }
  for (const sheet of SHEETS) await g.addColumn(sheet, "Notes", (row) => notes[row % notes.length]);
  const undo: unknown[] = [];
  const redo: unknown[] = [];
  for (const move of moves) {
    const now = await sheets();
    if (move.kind === "step") {
      if (await attempt(runStep(seg, move.step))) {
        undo.push(now);
        redo.length = 0;
      } else expect(await sheets()).toEqual(now);
      continue;
    }
    const [from, to] = move.kind === "back" ? [undo, redo] : [redo, undo];
    const expected = from.pop();
    if (expected === undefined) continue;
    await g.use((b) => stepHistory(b, { segmentNo: seg, direction: move.kind }));
    const [lines] = await sheets();
    expect(lines).toEqual((expected as unknown[][][])[0]);
    expect(await sheets()).toEqual(expected);
    const key = (row: readonly unknown[]) => `${String(row[0])}/${String(row[1])}`;
    const was = new Set((now as unknown[][][])[0].map(key));
    const back = lines.flatMap((row, i) => (was.has(key(row)) ? [] : [i]));
    if (back.length > 0 && back[0] < lines.length - back.length) restoredInside++;
    to.push(now);
  }
}

describe("Go Back and Go Forward give back the sheets exactly (property)", () => {
  it("on the in-memory book", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => check(memoryGateway(scenario.sheet.values), scenario)),
      { numRuns: 120 },
    );
    expect(restoredInside).toBeGreaterThan(4);
  });

  it("on the Excel fake", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => check(excelGateway(scenario.sheet.values), scenario)),
      { numRuns: 15 },
    );
  });

  it("on real .xlsx files", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const dir = await tempDir();
        try {
          await check(await xlsxGateway(dir, scenario.sheet.values), scenario);
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 6 },
    );
  });
});
