/**
 * The Excel fake against the Excel JS API contract (excelContract.ts, which the Script Lab snippet runs in real
 * Excel too), at the oldest and newest API versions the add-in meets; then the knobs only a fake has (fail the Nth
 * sync, latency, counters, API version, protected sheets and edit mode set from outside).
 */
import { FakeExcel } from "../../support/excelFake";
import { excelContract, type Run } from "./excelContract";

function blankBook(apiVersion: string): Run {
  const excel = new FakeExcel({ apiVersion });
  excel.book.putSheet("Sheet1", []);
  return excel.run;
}

const jestKit = { describe, it, beforeEach, expect };
excelContract("fake, ExcelApi 1.7", () => blankBook("1.7"), jestKit);
excelContract("fake, ExcelApi 1.20", () => blankBook("1.20"), jestKit);

describe("the fake's own knobs", () => {
  const write = (excel: FakeExcel, address: string, value: string) =>
    excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange(address).values = [[value]];
      await context.sync();
    });

  let excel: FakeExcel;
  beforeEach(() => {
    excel = new FakeExcel();
    excel.book.putSheet("S", [["start"]]);
  });

  it("counts syncs and request/response bytes as UTF-8 JSON", async () => {
    await write(excel, "A1", "ååå");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.requestBytes).toBe(excel.stats.log[0].requestBytes);
    expect(excel.stats.log[0].writes).toBe(1);
    const before = excel.stats.requestBytes;
    await write(excel, "A1", "aaa");
    // å is two bytes in UTF-8.
    expect(before - (excel.stats.requestBytes - before)).toBe(3);
  });

  it("fails the Nth sync before applying it, or after applying it", async () => {
    excel.failSync(1, "before");
    await expect(write(excel, "A1", "no")).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.book.sheet("S")!.value(0, 0)).toBe("start");
    excel.failSync(1, "after", "ConnectionFailure");
    await expect(write(excel, "A1", "yes")).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(excel.book.sheet("S")!.value(0, 0)).toBe("yes");
  });

  it("does not publish loaded values of a batch that failed after applying", async () => {
    excel.failSync(1, "after");
    await excel
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
        await context.sync().catch(() => undefined);
        expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      })
      .catch(() => undefined);
  });

  it("adds latency per sync and lets a test run other work before a sync", async () => {
    excel.latencyMs = 1;
    const seen: number[] = [];
    excel.beforeSync = (n) => void seen.push(n);
    await write(excel, "A1", "x");
    await write(excel, "A1", "y");
    expect(seen).toEqual([1, 2]);
  });

  it("answers isSetSupported for its ExcelApi version and fails newer APIs with ApiNotFound", async () => {
    expect(excel.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const screen = excel.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    });
    await expect(screen).rejects.toMatchObject({ code: "ApiNotFound" });
    const newer = new FakeExcel({ apiVersion: "1.9" });
    await newer.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    });
    expect(newer.stats.screenSuspended).toBe(1);
  });

  it("refuses writes to a protected sheet (AccessDenied), in cell edit mode, and in a read-only workbook", async () => {
    excel.book.sheet("S")!.protected = true;
    await expect(write(excel, "A1", "x")).rejects.toMatchObject({ code: "AccessDenied" });
    excel.book.sheet("S")!.protected = false;
    excel.book.cellEditMode = true;
    await expect(write(excel, "A1", "x")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    excel.book.cellEditMode = false;
    excel.book.readOnly = true;
    await expect(write(excel, "A1", "x")).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.book.sheet("S")!.value(0, 0)).toBe("start");
  });

  it("fails a run that leaves writes queued without a final sync", async () => {
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["lost"]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it("evaluates =DATE() in the workbook's date system", async () => {
    excel.book.date1904 = true;
    await write(excel, "A1", "=DATE(2024,1,2)");
    expect(excel.book.sheet("S")!.value(0, 0)).toBe(45293 - 1462);
  });
});
