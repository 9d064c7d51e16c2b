/**
 * A Reduce or Refine counted inside the database (docs/decisions.md §D84) against the same step previewed on the
 * workbook: random contacts written the ways a sheet holds them, a segment filled by a random Add, more lines
 * naming contacts in another case or with spaces, contacts gone or blank, some under the segment's number written
 * otherwise, and another segment's lines beside them; then a random Reduce or Refine previewed both ways. The
 * counts and the make-up must be equal, and the database must have counted whenever its rules are exact.
 */
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { removeContacts } from "../../src/app/removeContacts";
import type { RemoveStepQuery, RunContext, SegmentBook } from "../../src/app/store/ports";
import { SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import { initDatabase } from "../../src/db/initDb";
import { PgBook } from "../../src/db/pgBook";
import type { SegmentLine } from "../../src/domain/segments/line";
import type { RemoveKind } from "../../src/domain/segments/removeContacts";
import { NO_OPTIONS, type FilterGroup } from "../../src/domain/segments/step";
import { groupsArb, HEADER, loadContacts, optionsArb, sheetArb, type Cell } from "../support/countedContacts";
import { MemoryBook } from "../support/memoryBook";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "sv", userId: "TESTER" };
const env = { today: ctx.today, workdate: ctx.workdate, locale: ctx.locale };

const database = useTestDatabase();

/** A line as a sheet may hold one written by hand: only its segment and contact filled. */
function handLine(segmentNo: string, lineNo: number, contactNo: string): SegmentLine {
  return {
    segmentNo,
    lineNo,
    contactNo,
    contactCompanyNo: "",
    contactName: "",
    contactCompanyName: "",
    description: "",
    date: "",
    salespersonCode: "",
    interactionTemplateCode: "",
    interactionGroupCode: "",
    languageCode: "",
    subject: "",
    correspondenceType: "",
    cost: 0,
    duration: 0,
    informationFlow: "",
    initiatedBy: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    evaluation: "",
  };
}

const stored = (record: SegmentLine) => ({ record, extra: new Map<number, never>() });

const extraLinesArb = fc.array(
  fc.record({
    contactNo: fc.constantFrom("NOPE", "", "  ", "nope ", "p1", " P2 ", "co1", "CO2\u00a0", "P3", "p3"),
    writtenNo: fc.constantFrom<"same" | "otherwise">("same", "same", "otherwise"),
  }),
  { maxLength: 6 },
);

interface Books {
  readonly pg: PgBook;
  readonly memory: MemoryBook;
  /** Runs `work` on each book (on PostgreSQL in one action), the database's answer first. */
  both<T>(work: (book: SegmentBook) => Promise<T>): Promise<[T, T]>;
}

async function books(rows: readonly Cell[][]): Promise<Books> {
  const schema = database.schema("removecount");
  await initDatabase(database.client, schema);
  const contacts = await loadContacts(database.client, schema, rows);
  const pg = new PgBook(database.client, { schema, contacts, locale: ctx.locale });
  const memory = new MemoryBook({ sheetName: "Contacts", locale: ctx.locale, values: [[...HEADER], ...rows] });
  return {
    pg,
    memory,
    both: async (work) => [await pg.action(() => work(pg)), await work(memory)],
  };
}

const preview = (book: SegmentBook, no: string, kind: RemoveKind, groups: FilterGroup[], entireCompanies: boolean) =>
  removeContacts(book, ctx, { segmentNo: no, kind, groups, entireCompanies, preview: true });

describe("a Reduce or Refine counted in the database equals the workbook's preview", () => {
  it("same counts and make-up on random contacts, lines and options", async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        sheetArb,
        groupsArb,
        optionsArb,
        extraLinesArb,
        fc.constantFrom<RemoveKind>("reduce", "refine"),
        groupsArb,
        fc.boolean(),
        async (rows, first, options, extra, kind, groups, entireCompanies) => {
          const { pg, both } = await books(rows);
          await both((book) => initBook(book));
          const [no] = await both((book) => createSegment(book, ctx, { description: "Counted" }).then((s) => s.no));
          const [other] = await both((book) => createSegment(book, ctx, { description: "Other" }).then((s) => s.no));
          await both((book) => addContacts(book, ctx, { segmentNo: no, groups: first, options }));
          await both((book) => addContacts(book, ctx, { segmentNo: other, groups: [[]], options: NO_OPTIONS }));
          const written = extra.map(({ contactNo, writtenNo }, i) =>
            handLine(writtenNo === "same" ? no : ` ${no.toLowerCase()} `, 900_000 + i * 10, contactNo),
          );
          await both((book) => book.commit({ sheets: [{ spec: SEGMENT_LINES, insert: written.map(stored) }] }));
          const [onPg, onMemory] = await both((book) => preview(book, no, kind, groups, entireCompanies));
          expect(onPg).toEqual(onMemory);
          const step: RemoveStepQuery = { segmentNo: no, kind, groups, env, entireCompanies };
          const counts = await pg.action(() => pg.contactQueries.countRemoveStep!({}, step));
          if (!groups.some((group) => group.some((c) => c.field === "Industry Groups"))) {
            expect(counts).toBeDefined();
            counted++;
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(counted).toBeGreaterThan(20);
  }, 300_000);

  describe("worked examples: company CO1 with persons P1 (Lund) and P2 (Malmö), independent P3 (Lund), a gone GONE", () => {
    const row = (no: string, type: string, companyNo: string, city: string, salesperson: string): Cell[] => [
      no,
      type,
      no,
      companyNo,
      salesperson,
      "E-Mail",
      "",
      false,
      city,
      "",
    ];
    const rows = [
      row("CO1", "Company", "", "", "JO"),
      row("P1", "Person", "CO1", "Lund", "JO"),
      row("P2", "Person", "co1", "Malmö", "PS"),
      row("P3", "Person", "", "Lund", "PS"),
    ];
    const lund: FilterGroup[] = [[{ table: "Contact", field: "City", filter: "Lund" }]];

    async function segmentOf(): Promise<{ books: Books; no: string }> {
      const made = await books(rows);
      await made.both((book) => initBook(book));
      const [no] = await made.both((book) => createSegment(book, ctx, { description: "Worked" }).then((s) => s.no));
      const lines = ["CO1", "P1", "p2", "P3", "P3", "GONE"].map((contact, i) =>
        handLine(no, 10_000 * (i + 1), contact),
      );
      await made.both((book) => book.commit({ sheets: [{ spec: SEGMENT_LINES, insert: lines.map(stored) }] }));
      return { books: made, no };
    }

    async function counted(kind: RemoveKind, entireCompanies: boolean) {
      const { books: made, no } = await segmentOf();
      const step: RemoveStepQuery = { segmentNo: no, kind, groups: lund, env, entireCompanies };
      expect(await made.pg.action(() => made.pg.contactQueries.countRemoveStep!({}, step))).toBeDefined();
      const [onPg, onMemory] = await made.both((book) => preview(book, no, kind, lund, entireCompanies));
      expect(onPg).toEqual(onMemory);
      return onPg;
    }

    it("Reduce removes the lines of P1 and both of P3, and keeps GONE's", async () => {
      const result = await counted("reduce", false);
      expect(result).toMatchObject({
        matched: 2,
        removedLines: 3,
        removedContacts: 2,
        kept: 3,
        unknownContactLines: 1,
        emptiesSegment: false,
      });
      expect(result.makeUp).toMatchObject({ total: 2, companies: 0, persons: 2 });
      expect(result.makeUp?.bySalesperson).toEqual([
        { key: "JO", count: 1 },
        { key: "PS", count: 1 },
      ]);
    });

    it("Reduce with Entire Companies also removes CO1 and P2, whose company has a contact in Lund", async () => {
      const result = await counted("reduce", true);
      expect(result).toMatchObject({ matched: 2, removedLines: 5, removedContacts: 4, kept: 1 });
      expect(result.makeUp).toMatchObject({ total: 4, companies: 1, persons: 3 });
    });

    it("Refine removes CO1, P2 and GONE's line, keeping P1 and P3", async () => {
      const result = await counted("refine", false);
      expect(result).toMatchObject({ matched: 2, removedLines: 3, removedContacts: 3, kept: 3 });
      expect(result.makeUp).toMatchObject({ total: 2, companies: 1, persons: 1 });
    });

    it("counts with its own settings and leaves the action's as they were", async () => {
      const { books: made, no } = await segmentOf();
      const settings = () =>
        database.client.query("SELECT current_setting('jit') AS jit, current_setting('work_mem') AS mem");
      const step: RemoveStepQuery = { segmentNo: no, kind: "reduce", groups: lund, env, entireCompanies: true };
      const [before, after] = await made.pg.action(async () => {
        await database.client.query("SET LOCAL work_mem = '1MB'");
        const seen = (await settings()).rows[0] as unknown;
        expect(await made.pg.contactQueries.countRemoveStep!({}, step)).toMatchObject({ removedLines: 5 });
        return [seen, (await settings()).rows[0] as unknown];
      });
      expect(after).toEqual(before);
    });

    it("Refine with Entire Companies removes only GONE's line", async () => {
      const result = await counted("refine", true);
      expect(result).toMatchObject({ removedLines: 1, removedContacts: 1, kept: 5, unknownContactLines: 1 });
      expect(result.makeUp).toMatchObject({ total: 0 });
    });
  });
});
