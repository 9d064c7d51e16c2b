/**
 * An action on a database reads only the rows of the segment it acts on (docs/decisions.md §D67): Segment Lines,
 * Segment Criteria and SegmentHistory are never read whole, nor is the Interaction Log by Log. A differential test:
 * the same book as a workbook and, copied, as a schema whose book refuses a whole read of those tables; every step
 * gives the same answer and leaves the same records on both (Go Back's places aside: on a database they are among
 * the segment's own rows).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { addContacts } from "../../src/app/addContacts";
import { deleteSegment } from "../../src/app/deleteSegment";
import { logSegment, previewLogSegment } from "../../src/app/logSegment";
import { removeContacts } from "../../src/app/removeContacts";
import { stepHistory } from "../../src/app/stepHistory";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { keyOf } from "../../src/app/store/rows";
import { loadSegment } from "../../src/app/store/segmentRecords";
import {
  DEDICATED_SHEETS,
  INTERACTION_LOG,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
  type SheetSpec,
} from "../../src/app/store/sheetSpecs";
import { trimSql } from "../../src/db/jsTrimSql";
import { PgBook } from "../../src/db/pgBook";
import { qualified } from "../../src/db/sqlNames";
import { NO_OPTIONS, type FilterGroup } from "../../src/domain/segments/step";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { tempDir } from "../support/workbooks";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-05",
  locale: "en",
  userId: "TESTER",
  time: "10:00:00",
};
/** Never read whole by the steps: the tables keyed by segment, and the Interaction Log Log numbers after. */
const NOT_WHOLE: readonly SheetSpec[] = [SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY, INTERACTION_LOG];

const database = useTestDatabase();
let dir: string;
let file: string;
let schema: string;
let crm: string;

beforeAll(async () => {
  dir = await tempDir();
  file = await ex10Workbook(dir);
  const run = async (...argv: string[]) => {
    const result = await segments(...argv);
    if (result.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${result.stderr}`);
  };
  // Three segments with lines, criteria and history of their own beside SEG00001, the one the steps act on.
  await run("add", file, "SEG00001", "--where", "No.=CT04|CT05", "--workdate", "2025-03-05");
  for (const description of ["Second", "Third", "Fourth"])
    await run("create", file, "--description", description, "--template", "LETTER", "--salesperson", "JO");
  await run("add", file, "SEG00002", "--where", "No.=CT04|CT08|CT10", "--workdate", "2025-03-05");
  await run("add", file, "SEG00003", "--where", "No.=CT06|CT11", "--workdate", "2025-03-05");
  await run("add", file, "SEG00004", "--where", "Industry Groups=RETAIL", "--expand-companies");
  await run("reduce", file, "SEG00004", "--where", "Name=Carl*");
  // Entries in the log before SEG00001's: Log numbers after them.
  await run("log", file, "SEG00003", "--workdate", "2025-03-05", "--user", "MARKETER");
  schema = database.schema("segrows");
  crm = database.schema("segrows_crm");
  await run("copy", file, "--db", "postgresql://", "--schema", schema, "--contacts", `${crm}.contacts`);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The schema's book, refusing a whole read of the tables keyed by segment, and the segments it was asked for. */
function guardedPg(): { pg: PgBook; asked: string[] } {
  const pg = new PgBook(database.client, { schema, locale: "en" });
  const asked: string[] = [];
  const readRows = pg.readRows.bind(pg);
  const readSegmentRows = pg.readSegmentRows.bind(pg);
  Object.assign(pg, {
    readRows: (spec: SheetSpec) =>
      NOT_WHOLE.includes(spec) ? Promise.reject(new Error(`${spec.tableName} was read whole`)) : readRows<object>(spec),
    readSegmentRows: async (spec: SheetSpec, segmentNo: string) => {
      asked.push(segmentNo);
      return readSegmentRows<object>(spec, segmentNo);
    },
  });
  return { pg, asked };
}

const where = (field: string, filter: string): FilterGroup[] => [[{ table: "Contact", field, filter }]];

/** The steps, one action each, on SEG00001; what each answered. */
async function steps(book: SegmentBook, action: <T>(work: () => Promise<T>) => Promise<T>): Promise<unknown[]> {
  const out: unknown[] = [];
  const step = async (work: () => Promise<unknown>) => out.push(await action(work));
  const segmentNo = "seg00001";
  await step(() => addContacts(book, ctx, { segmentNo, groups: where("No.", "CT01|CT02|CT03"), options: NO_OPTIONS }));
  await step(() =>
    addContacts(book, ctx, { segmentNo, groups: where("No.", "CT09"), options: NO_OPTIONS, preview: true }),
  );
  const remove = (kind: "reduce" | "refine", filter: string, preview?: boolean) =>
    step(() =>
      removeContacts(book, ctx, {
        segmentNo,
        kind,
        groups: where("No.", filter),
        entireCompanies: false,
        preview,
      }),
    );
  await remove("reduce", "CT02", true);
  await remove("reduce", "CT02");
  await remove("refine", "CT01|CT03|CT04", true);
  await remove("refine", "CT01|CT03|CT04");
  await step(() => stepHistory(book, { segmentNo, direction: "back" }));
  await step(() => stepHistory(book, { segmentNo, direction: "back" }));
  await step(() => stepHistory(book, { segmentNo, direction: "forward" }));
  await step(() => previewLogSegment(book, ctx, { segmentNo, followUp: true }));
  await step(() => logSegment(book, ctx, { segmentNo, followUp: true }));
  await step(() => deleteSegment(book, "SEG00005"));
  return out;
}

async function records(book: SegmentBook): Promise<Record<string, object[]>> {
  const out: Record<string, object[]> = {};
  for (const spec of DEDICATED_SHEETS) {
    const rows = (await book.readRows(spec)).map((row) => withoutPlaces(row.record as object));
    out[spec.sheetName] = rows.sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : 1));
  }
  return out;
}

function withoutPlaces(record: object): object {
  const { payload } = record as { payload?: unknown };
  if (typeof payload !== "string" || !payload.includes("Places")) return record;
  const entry = JSON.parse(payload) as { delta?: Record<string, unknown> };
  if (entry.delta) for (const key of ["linePlaces", "criteriaPlaces"]) delete entry.delta[key];
  return { ...record, payload: JSON.stringify(entry) };
}

describe("an action on a database reads only its segment's rows", () => {
  it("add, previews, reduce, refine, back, forward, log and delete: the workbook's answers and records", async () => {
    const copy = path.join(dir, "steps.xlsx");
    await fs.copyFile(file, copy);
    const xlsx = await XlsxBook.open(copy);
    const fromBook = await steps(xlsx, (work) => work());
    const { pg, asked } = guardedPg();
    const fromDb = await steps(pg, (work) => pg.action(work));
    expect(fromDb).toEqual(fromBook);
    expect(await records(new PgBook(database.client, { schema, locale: "en" }))).toEqual(await records(xlsx));
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked.map((no) => no.toUpperCase()))).toEqual(new Set(["SEG00001", "SEG00005"]));
  });

  it("a preview the database counts reads the segment's header alone: no line, criterion or history row", async () => {
    const xlsx = await XlsxBook.open(file);
    const pg = new PgBook(database.client, { schema, locale: "en" });
    const refused: string[] = [];
    const refuse = (spec: SheetSpec) => {
      refused.push(spec.tableName);
      return Promise.reject(new Error(`${spec.tableName} was read`));
    };
    const readRows = pg.readRows.bind(pg);
    const readSegmentRows = pg.readSegmentRows.bind(pg);
    const segmentTables: readonly SheetSpec[] = [SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY];
    Object.assign(pg, {
      readRows: (spec: SheetSpec) => (segmentTables.includes(spec) ? refuse(spec) : readRows<object>(spec)),
      readSegmentRows: (spec: SheetSpec, segmentNo: string) =>
        segmentTables.includes(spec) ? refuse(spec) : readSegmentRows<object>(spec, segmentNo),
    });
    // SEG00004 holds lines and criteria on both; the steps above never change it.
    const previews = (book: SegmentBook): (() => Promise<unknown>)[] => [
      () =>
        addContacts(book, ctx, {
          segmentNo: " seg00004",
          groups: where("Salesperson Code", "JO|PS"),
          options: { ...NO_OPTIONS, expandCompanies: true },
          preview: true,
        }),
      ...(["reduce", "refine"] as const).map(
        (kind) => () =>
          removeContacts(book, ctx, {
            segmentNo: "SEG00004 ",
            kind,
            groups: where("Name", "*a*"),
            entireCompanies: kind === "reduce",
            preview: true,
          }),
      ),
    ];
    const fromBook = await Promise.all(previews(xlsx).map((preview) => preview()));
    const fromDb: unknown[] = [];
    for (const preview of previews(pg)) fromDb.push(await pg.action(preview));
    expect(fromDb).toEqual(fromBook);
    expect(refused).toEqual([]);
    // The guard does refuse what reads lines: the step itself.
    await expect(
      pg.action(() =>
        removeContacts(pg, ctx, {
          segmentNo: "SEG00004",
          kind: "reduce",
          groups: where("Name", "*a*"),
          entireCompanies: false,
        }),
      ),
    ).rejects.toThrow("was read");
    // A segment that does not exist is refused before anything is counted.
    await expect(
      pg.action(() =>
        addContacts(pg, ctx, {
          segmentNo: "SEG00099",
          groups: where("Name", "A*"),
          options: NO_OPTIONS,
          preview: true,
        }),
      ),
    ).rejects.toThrow("Segment SEG00099 does not exist.");
  });

  it("finds a line whose Segment No. differs by case and JavaScript's white space, as a sheet's is matched", async () => {
    const lines = qualified(schema, SEGMENT_LINES.tableName);
    await database.client.query("BEGIN");
    try {
      await database.client.query(
        `UPDATE ${lines} SET "Segment No." = $1 WHERE "Segment No." = 'SEG00002' AND "Line No." = 20000`,
        ["\u00a0seg00002\u2028 "],
      );
      const { pg } = guardedPg();
      const segment = await loadSegment(pg, "SEG00002");
      expect(segment.lines.map((line) => line.record.lineNo).sort()).toEqual([10000, 20000, 30000]);
      expect(new Set(segment.sheets.lines.map((line) => line.record.segmentNo.trim().toUpperCase()))).toEqual(
        new Set(["SEG00002"]),
      );
    } finally {
      await database.client.query("ROLLBACK");
    }
  });

  it("trims the characters JavaScript's trim does, no more and no fewer", async () => {
    const trimmed: number[] = [];
    for (let code = 1; code <= 0xffff; code++) if (`x${String.fromCharCode(code)}`.trim() === "x") trimmed.push(code);
    // Every character PostgreSQL's UTF-8 holds in the first plane (no NUL, no surrogates), trimmed by the server.
    const found = await database.client.query<{ code: number }>(
      `SELECT code FROM generate_series(1, 65535) AS code WHERE code NOT BETWEEN 55296 AND 57343
         AND ${trimSql("'x' || chr(code)")} = 'x' ORDER BY code`,
    );
    expect(found.rows.map((row) => row.code)).toEqual(trimmed);
  });
});
