/**
 * No half-writes: a failure at any sync boundary of an action (before the batch is applied, or after it was applied
 * but reported as failed), and a second failure during the immediate rollback, leaves every sheet (hidden ones
 * included) as it was before the action or as the action leaves it, once the next open has recovered.
 * The boundaries are enumerated from a dry run of each action.
 */
import { addContacts } from "../../../src/app/addContacts";
import { applyMailingGroup } from "../../../src/app/applyMailingGroup";
import { exportMailingList } from "../../../src/app/exportMailingList";
import { logSegment } from "../../../src/app/logSegment";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import type { RunContext } from "../../../src/app/store/ports";
import { stepHistory } from "../../../src/app/stepHistory";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { FakeExcel } from "../../support/excelFake";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };
type Open = (recover?: boolean) => Promise<ExcelBook>;

interface World {
  readonly excel: FakeExcel;
  readonly open: Open;
}

/** A fake whose books share one stamp counter and one clock, so the same steps give the same workbook. */
function world(batchBytes?: number, prepare?: (excel: FakeExcel) => void): World {
  const excel = fakeWithContacts(prepare ? [] : SMALL_CONTACTS, { apiVersion: "1.9" });
  prepare?.(excel);
  let token = 0;
  const options = { token: () => `t${++token}`, clock: () => 1_000_000, batchBytes };
  const open: Open = (recover = false) =>
    ExcelBook.open(excelHost(excel), { ...options, staleJournalMs: recover ? 0 : 60_000 });
  return { excel, open };
}

const byNo = (filter: string) => [[{ table: "Contact" as const, field: "No.", filter }]];

interface Scenario {
  readonly name: string;
  /** Another contact sheet than SMALL_CONTACTS on a plain sheet. */
  readonly prepare?: (excel: FakeExcel) => void;
  setup(open: Open): Promise<void>;
  action(open: Open): Promise<unknown>;
}

const SEG = "SEG00001";
const SCENARIOS: Scenario[] = [
  { name: "init on a new workbook", setup: async () => undefined, action: async (open) => initBook(await open()) },
  {
    name: "create a segment",
    setup: async (open) => void (await initBook(await open())),
    action: async (open) => createSegment(await open(), ctx, { description: "Spring" }),
  },
  {
    name: "Add Contacts",
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K2|K3"), options: NO_OPTIONS });
    },
    action: async (open) =>
      addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1|K4|K6|K7"), options: NO_OPTIONS }),
  },
  {
    name: "Go Back (rows deleted, tables trimmed)",
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K2|K3"), options: NO_OPTIONS });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1|K4|K6|K7"), options: NO_OPTIONS });
    },
    action: async (open) => stepHistory(await open(), { segmentNo: SEG, direction: "back" }),
  },
  {
    name: "Apply Mailing Group (a new column of the contact table)",
    prepare: (excel) => {
      // The contacts as an Excel table without a Mailing Groups column: the action adds one to the table.
      const header = SMALL_CONTACTS[2].filter((_, c) => c !== 10);
      const rows = SMALL_CONTACTS.slice(3).map((row) => row.filter((_, c) => c !== 10));
      excel.book.putSheet(
        "Contacts",
        [header, ...rows].map((row) => row.map((cell) => cell ?? "")),
      );
      excel.book.putTable("People", "Contacts", 0, 0, header.length, rows.length);
    },
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K2|K3|K6"), options: NO_OPTIONS });
    },
    action: async (open) => applyMailingGroup(await open(), ctx, { segmentNo: SEG, code: "NEWS", deleteOld: false }),
  },
  {
    name: "Apply Mailing Group (cells of an existing column, old assignments deleted)",
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1|K4|K7"), options: NO_OPTIONS });
    },
    action: async (open) => applyMailingGroup(await open(), ctx, { segmentNo: SEG, code: "NEWS", deleteOld: true }),
  },
  {
    name: "Export mailing list to a new sheet",
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1|K4|K6|K7"), options: NO_OPTIONS });
    },
    action: async (open) =>
      exportMailingList(await open(), ctx, { segmentNo: SEG, emailOnly: false, sheetName: "Mailing" }),
  },
  {
    name: "Log Segment (entries logged, the segment removed with its history)",
    setup: async (open) => {
      await initBook(await open());
      await createSegment(await open(), ctx, { description: "Spring", salespersonCode: "JO", templateCode: "LETTER" });
      await addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1|K2|K3"), options: NO_OPTIONS });
    },
    action: async (open) => logSegment(await open(), { ...ctx, time: "10:00:00" }, { segmentNo: SEG }),
  },
];

const snapshot = (excel: FakeExcel) => JSON.stringify(excel.book.snapshot());

interface Snap {
  sheets: { name: string }[];
  tables: { name: string }[];
}

/** "old", "new", or what differs from both (sheet by sheet), so a failure says where the half-write is. */
function verdict(state: string, before: string, after: string, label: string): string {
  if (state === before) return "old";
  if (state === after) return "new";
  const [s, b, a] = [state, before, after].map((x) => JSON.parse(x) as Snap);
  const parts = (snap: Snap) =>
    new Map([
      ...snap.sheets.map((x) => [`sheet ${x.name}`, JSON.stringify(x)] as const),
      ...snap.tables.map((x) => [`table ${x.name}`, JSON.stringify(x)] as const),
    ]);
  const [ps, pb, pa] = [s, b, a].map(parts);
  const keys = new Set([...ps.keys(), ...pb.keys(), ...pa.keys()]);
  const diff = [...keys].map(
    (k) => `${k}: ${ps.get(k) === pb.get(k) ? "old" : ps.get(k) === pa.get(k) ? "new" : `neither (${ps.get(k)})`}`,
  );
  return `${label}: ${diff.join("; ")}`;
}

// One 4 MiB batch per write (the real size), and batches of about 1.5 kB so every step of a small action is its own sync.
const CASES = SCENARIOS.flatMap((scenario) => [
  { ...scenario, batchBytes: undefined, batches: "real batches" },
  { ...scenario, batchBytes: 1500, batches: "tiny batches" },
]);

describe.each(CASES)("no half-writes: $name, $batches", ({ batchBytes, prepare, ...scenario }) => {
  let before: string;
  let after: string;
  let boundaries: number;

  beforeAll(async () => {
    const { excel, open } = world(batchBytes, prepare);
    await scenario.setup(open);
    before = snapshot(excel);
    const start = excel.stats.syncs;
    await scenario.action(open);
    boundaries = excel.stats.syncs - start;
    after = snapshot(excel);
    expect(after).not.toBe(before);
  });

  /** Runs the action with faults at the given syncs (1 = its first sync), then opens the book again to recover. */
  async function faulted(
    faults: readonly { at: number; when: "before" | "after" }[],
  ): Promise<{ state: string; threw: boolean }> {
    const { excel, open } = world(batchBytes, prepare);
    await scenario.setup(open);
    for (const fault of faults) excel.failSync(fault.at, fault.when);
    const threw = await scenario.action(open).then(
      () => false,
      () => true,
    );
    excel.faults.length = 0;
    const reopened = await open(true);
    expect(reopened).toBeDefined();
    return { state: snapshot(excel), threw };
  }

  it("leaves the old or the new state after a failure at any sync, before or after it was applied", async () => {
    expect(boundaries).toBeGreaterThan(2);
    const outcomes = new Set<string>();
    for (let at = 1; at <= boundaries; at++) {
      for (const when of ["before", "after"] as const) {
        const { state, threw } = await faulted([{ at, when }]);
        const result = verdict(state, before, after, `sync ${at} ${when}`);
        expect(["old", "new"]).toContain(result);
        if (!threw) expect(result).toBe("new");
        outcomes.add(result);
      }
    }
    expect(outcomes).toEqual(new Set(["old", "new"]));
  });

  it("recovers on the next open when the rollback itself fails", async () => {
    for (let at = 1; at <= boundaries; at++) {
      for (const when of ["before", "after"] as const) {
        for (let later = 1; later <= 4; later++) {
          const second = { at: at + later, when: later % 2 === 0 ? ("after" as const) : ("before" as const) };
          const { state } = await faulted([{ at, when }, second]);
          expect(["old", "new"]).toContain(
            verdict(state, before, after, `sync ${at} ${when}, then ${second.at} ${second.when}`),
          );
        }
      }
    }
  });
});

describe("a journal left open", () => {
  const addK1 = async (open: Open) =>
    addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K1"), options: NO_OPTIONS });
  async function segmentBook(): Promise<World> {
    const w = world();
    await initBook(await w.open());
    await createSegment(await w.open(), ctx, { description: "Spring" });
    return w;
  }

  it("makes other actions wait while it is young, and is rolled back on open once it is stale", async () => {
    // A dry run on a twin workbook finds the Add's first sync that writes.
    const twin = await segmentBook();
    const twinStart = twin.excel.stats.syncs;
    await addK1(twin.open);
    const firstWrite = twin.excel.stats.log.slice(twinStart).findIndex((entry) => entry.writes > 0) + 1;
    expect(firstWrite).toBeGreaterThan(0);

    const { excel, open } = await segmentBook();
    const before = snapshot(excel);
    // Someone protects Segment Lines just as the write batch arrives (the journal, first in the batch, is applied,
    // the lines are refused), and every sync of the rollback fails: the journal stays.
    const start = excel.stats.syncs;
    excel.beforeSync = (n) => {
      if (n === start + firstWrite) excel.book.sheet("Segment Lines")!.protected = true;
    };
    for (let n = 1; n <= 10; n++) excel.failSync(firstWrite + n, "before");
    await expect(addK1(open)).rejects.toThrow(/undone the next time/);
    excel.faults.length = 0;
    excel.beforeSync = undefined;
    excel.book.sheet("Segment Lines")!.protected = false;
    expect(snapshot(excel)).not.toBe(before);
    await expect(open()).rejects.toThrow(/Another change to this workbook is being saved/);
    const recovered = await open(true);
    expect(recovered.recovered).toBe(true);
    expect(snapshot(excel)).toBe(before);
  });
});
