/**
 * docs/workbook-contract.md §3.1: Go Back gives back the sheets themselves. On each gateway (real .xlsx files, the
 * Excel fake, the in-memory book), a segment whose lines stand between another segment's, with a column of the
 * user's own on Segment Lines and Segment Criteria, goes through each action; the two sheets are compared cell by
 * cell before the action and after Go Back, and after the action and after Go Forward.
 */
import { promises as fs } from "fs";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { reuseCriteria, saveSegmentCriteria } from "../../src/app/criteriaUseCases";
import { initBook } from "../../src/app/initBook";
import { logSegment } from "../../src/app/logSegment";
import { removeContacts } from "../../src/app/removeContacts";
import { reuseSegment } from "../../src/app/reuseSegment";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { stepHistory } from "../../src/app/stepHistory";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { excelGateway, memoryGateway, xlsxGateway, type SheetGateway } from "../support/sheetGateways";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { tempDir } from "../support/workbooks";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test", time: "09:30:00" };
const where = (field: string, filter: string) => [[{ table: "Contact" as const, field, filter }]];
const SHEETS = ["Segment Lines", "Segment Criteria"];
const SEG = "SEG00001";

/** A user's note per row: text, a number, a blank, a Yes/No and text that looks like a formula. */
const note = (row: number) => [`note ${row}`, row * 1.5, null, row % 2 === 0, `=not a formula ${row}`][row % 5] ?? null;

/**
 * Three segments whose lines interleave (SEG00001's lines stand above, between and below SEG00002's), a logged
 * segment to reuse, criteria saved from a segment with an Add and a Reduce, and a column of notes.
 */
async function setUp(g: SheetGateway): Promise<void> {
  await g.use((b) => initBook(b));
  for (const description of ["Spring letter", "Other", "To log", "Criteria"])
    await g.use((b) => createSegment(b, ctx, { description, templateCode: "EMAIL", salespersonCode: "JO" }));
  const add = (segmentNo: string, field: string, filter: string, allowExistingContacts = false) =>
    g.use((b) =>
      addContacts(b, ctx, {
        segmentNo,
        groups: where(field, filter),
        options: { ...NO_OPTIONS, allowExistingContacts },
      }),
    );
  await add(SEG, "Mailing Groups", "NEWS");
  await add("SEG00002", "No.", "K1|K4");
  await add(SEG, "No.", "K1|K4|K7");
  await add("SEG00002", "No.", "K7");
  await add("SEG00003", "No.", "K2|K6|K7");
  await g.use((b) => logSegment(b, ctx, { segmentNo: "SEG00003" }));
  await add("SEG00004", "No.", "K1..K7");
  await g.use((b) =>
    removeContacts(b, ctx, {
      segmentNo: "SEG00004",
      kind: "reduce",
      groups: where("No.", "K2|K7"),
      entireCompanies: false,
    }),
  );
  await g.use((b) => saveSegmentCriteria(b, { segmentNo: "SEG00004", code: "MIX" }));
  for (const sheet of SHEETS) await g.addColumn(sheet, "My notes", note);
}

type Action = (book: SegmentBook) => Promise<unknown>;

/** Each action on SEG00001, with the number of Go Back steps it records. */
const ACTIONS: [string, Action, number][] = [
  [
    "Add",
    (b) =>
      addContacts(b, ctx, {
        segmentNo: SEG,
        groups: where("Name", "*a*"),
        options: { ...NO_OPTIONS, allowExistingContacts: true },
      }),
    1,
  ],
  [
    "Reduce",
    (b) =>
      removeContacts(b, ctx, {
        segmentNo: SEG,
        kind: "reduce",
        groups: where("No.", "K3|K1|K7"),
        entireCompanies: false,
      }),
    1,
  ],
  [
    "Refine",
    (b) =>
      removeContacts(b, ctx, {
        segmentNo: SEG,
        kind: "refine",
        groups: where("Mailing Groups", "NEWS"),
        entireCompanies: false,
      }),
    1,
  ],
  ["Reuse Criteria", (b) => reuseCriteria(b, ctx, { segmentNo: SEG, code: "MIX", force: true }), 2],
  ["Reuse Segment", (b) => reuseSegment(b, ctx, { segmentNo: SEG, loggedEntryNo: 1, force: true }), 1],
];

const sheets = async (g: SheetGateway) => Promise.all(SHEETS.map((sheet) => g.cells(sheet)));

describe("Go Back and Go Forward give back Segment Lines and Segment Criteria cell by cell", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const gateways: [string, () => Promise<SheetGateway>][] = [
    ["the xlsx gateway", () => xlsxGateway(dir, SMALL_CONTACTS)],
    ["the Excel gateway", async () => excelGateway(SMALL_CONTACTS)],
    ["the in-memory book", async () => memoryGateway(SMALL_CONTACTS)],
  ];

  describe.each(gateways)("on %s", (_, open) => {
    it.each(ACTIONS)("%s", async (_action, act, steps) => {
      const g = await open();
      await setUp(g);
      const before = await sheets(g);
      // The notes column is there and SEG00001's lines stand on both sides of another segment's.
      expect(before[0][0]).toContain("My notes");
      expect(JSON.stringify(before[0])).toContain("note 5");
      await g.use(act);
      const after = await sheets(g);
      expect(after).not.toEqual(before);
      for (let i = 0; i < steps; i++) await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "back" }));
      expect(await sheets(g)).toEqual(before);
      for (let i = 0; i < steps; i++) await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "forward" }));
      expect(await sheets(g)).toEqual(after);
      // And once more, from the state Go Forward left.
      for (let i = 0; i < steps; i++) await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "back" }));
      expect(await sheets(g)).toEqual(before);
    });

    it("Go Forward puts an Add's lines back above the lines another segment added since", async () => {
      const g = await open();
      await setUp(g);
      await g.use(ACTIONS[0][1]);
      const after = await sheets(g);
      await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "back" }));
      await g.use((b) =>
        addContacts(b, ctx, { segmentNo: "SEG00002", groups: where("No.", "K2"), options: NO_OPTIONS }),
      );
      const [lines, criteria] = await sheets(g);
      const added = lines[lines.length - 1];
      expect(added.slice(0, 3)).toEqual(["SEG00002", 40000, "K2"]);
      const key = (row: readonly unknown[]) => `${String(row[0])}/${String(row[1])}`;
      const criteriaAdded = criteria.filter((row) => !after[1].some((was) => key(was) === key(row)));
      expect(criteriaAdded.map((row) => row[0])).toEqual(["SEG00002", "SEG00002"]);
      await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "forward" }));
      // The sheets after the Add, with SEG00002's new rows below SEG00001's, where they were added.
      expect(await sheets(g)).toEqual([
        [...after[0], added],
        [...after[1], ...criteriaAdded],
      ]);
    });

    it("puts rows back by Line No. when the user sorted the sheet since", async () => {
      const g = await open();
      await setUp(g);
      const [before] = await sheets(g);
      await g.use(ACTIONS[2][1]);
      const [refined] = await sheets(g);
      const ownRows = (grid: readonly unknown[][]) => grid.filter((row) => row[0] === SEG);
      const removed = ownRows(before).filter((row) => !ownRows(refined).some((kept) => kept[1] === row[1]));
      expect(removed.map((row) => row[1])).toEqual([40000, 50000, 60000]);
      // Sorted by Contact Name, Z to A.
      const name = (row: readonly unknown[]) => String(row[4]);
      await g.sortRows("Segment Lines", (a, b) => name(b).localeCompare(name(a)));
      const [header, ...sorted] = await g.cells("Segment Lines");
      expect(sorted.map((row) => row[1])).not.toEqual(refined.slice(1).map((row) => row[1]));
      await g.use((b) => stepHistory(b, { segmentNo: SEG, direction: "back" }));
      // No higher Line No. is left: the rows go right after line 30000, wherever the sort put it, in Line No. order.
      const at = sorted.findIndex((row) => row[0] === SEG && row[1] === 30000) + 1;
      const expected = [header, ...sorted.slice(0, at), ...removed, ...sorted.slice(at)];
      expect(await g.cells("Segment Lines")).toEqual(expected);
    });
  });
});
