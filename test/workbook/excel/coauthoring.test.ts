/**
 * Co-authoring: two task panes (two contexts on one fake workbook) whose syncs interleave. Someone else's commit
 * or a hand edit between an action's reads and its write stops the write; a pane that finds a journal open waits;
 * a commit that lands between our write and our stamp check is reported.
 */
import { addContacts } from "../../../src/app/addContacts";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import type { RunContext } from "../../../src/app/store/ports";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { SEGMENT_LINES } from "../../../src/app/store/sheetSpecs";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };
const SEG = "SEG00001";
const byNo = (filter: string) => [[{ table: "Contact" as const, field: "No.", filter }]];

async function shared() {
  const excel = fakeWithContacts(SMALL_CONTACTS);
  const open = () => ExcelBook.open(excelHost(excel));
  await initBook(await open());
  await createSegment(await open(), ctx, { description: "Spring" });
  return { excel, open };
}

async function lineContacts(open: () => Promise<ExcelBook>): Promise<string[]> {
  const rows = await (await open()).readRows(SEGMENT_LINES);
  return rows.map((r) => r.record.contactNo).sort();
}

describe("two panes on one workbook", () => {
  it("at every sync of one pane's Add, the other pane's Add either stops it, waits, or is reported", async () => {
    const dry = await shared();
    const start = dry.excel.stats.syncs;
    const book = await dry.open();
    await addContacts(book, ctx, { segmentNo: SEG, groups: byNo("K1|K4"), options: NO_OPTIONS });
    const syncs = dry.excel.stats.syncs - start;

    const outcomes = new Set<string>();
    for (let k = 1; k <= syncs; k++) {
      const { excel, open } = await shared();
      const a = await open();
      const first = excel.stats.syncs;
      let b = "not run";
      excel.beforeSync = async (n) => {
        if (n !== first + k) return;
        excel.beforeSync = undefined;
        const other = async () =>
          addContacts(await open(), ctx, { segmentNo: SEG, groups: byNo("K7"), options: NO_OPTIONS });
        b = await other().then(
          () => "applied",
          (error: Error) => (/being saved/.test(error.message) ? "waited" : `failed: ${error.message}`),
        );
      };
      const aResult = await addContacts(a, ctx, { segmentNo: SEG, groups: byNo("K1|K4"), options: NO_OPTIONS }).then(
        () => "applied",
        (error: Error) =>
          /changed while this action was running/.test(error.message)
            ? "stopped"
            : /at the same moment/.test(error.message)
              ? "reported"
              : `failed: ${error.message}`,
      );
      const contacts = await lineContacts(open);
      const outcome = `${aResult}/${b}`;
      outcomes.add(outcome);
      if (aResult === "stopped") expect(contacts).toEqual(["K7"]);
      else if (b === "waited") expect(contacts).toEqual(["K1", "K4"]);
      else {
        expect(["reported/applied", "applied/applied"]).toContain(outcome);
        expect(contacts).toEqual(["K1", "K4", "K7"]);
      }
    }
    expect(outcomes).toContain("stopped/applied");
    expect(outcomes).toContain("applied/waited");
    expect(outcomes).toContain("reported/applied");
  });

  it("stops on a hand edit of what the action read, writing nothing", async () => {
    const { excel, open } = await shared();
    const book = await open();
    const segments = excel.book.sheet("Segments")!;
    const before = JSON.stringify(excel.book.snapshot());
    // The user retypes the description while the pane computes.
    let edited = false;
    excel.beforeSync = () => {
      if (edited || book === undefined) return;
      const stats = excel.stats.log[excel.stats.log.length - 1];
      if (stats && stats.responseBytes > 0) {
        segments.setRaw(1, 1, "Spring (edited)");
        edited = true;
      }
    };
    await expect(addContacts(book, ctx, { segmentNo: SEG, groups: byNo("K1"), options: NO_OPTIONS })).rejects.toThrow(
      /Segments sheet changed while this action was running.*Nothing was written/,
    );
    segments.setRaw(1, 1, "Spring");
    expect(JSON.stringify(excel.book.snapshot())).toBe(before);
  });
});
