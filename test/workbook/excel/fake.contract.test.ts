/**
 * The Excel fake's rules, written as a contract on the Excel JS API so the same checks can run against real Excel.
 *
 * `contract(run)` uses nothing but Excel.run-style batches on a blank workbook of one sheet named "Sheet1" (it adds
 * and deletes its own sheets). To run it in Excel: paste this file's `contract` body into a Script Lab snippet
 * (Excel on the web for the 5 MB limits), define `describe`/`it`/`expect` with a ten-line shim (or load jest's
 * `expect` from a CDN), and call `contract((batch) => Excel.run(batch))`. The knobs only a fake has (fail the Nth
 * sync, latency, counters, API version, protected sheets and edit mode set from outside) are tested below it.
 */
import { FakeExcel } from "../../support/excelFake";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code ?? String(error),
  );


function contract(name: string, makeRun: () => Run): void {
  describe(`Excel JS API contract (${name})`, () => {
    let run: Run;
    beforeEach(async () => {
      run = makeRun();
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Contract");
        await context.sync();
        if (!sheet.isNullObject) sheet.delete();
        context.workbook.worksheets.add("Contract");
        await context.sync();
      });
    });

    it("queues proxies and applies them in order on sync; a load queued after a write sees it", async () => {
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("A1:B1");
        range.values = [["a", 1]];
        range.load("values");
        const other = context.workbook.worksheets.getItem("Contract").getRange("A1");
        other.values = [["z"]];
        await context.sync();
        // The load ran between the two writes.
        expect(range.values).toEqual([["a", 1]]);
      });
      const after = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("A1:B1").load("values");
        await context.sync();
        return range.values;
      });
      expect(after).toEqual([["z", 1]]);
    });

    it("throws PropertyNotLoaded for a property not loaded, or loaded but not synced", async () => {
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("A1");
        expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        range.load("values");
        expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(range.values).toEqual([[""]]);
        expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });

    it("rejects values that do not match the range with InvalidArgument, keeping the commands before it", async () => {
      const code = await codeOf(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Contract");
          sheet.getRange("A1").values = [["kept"]];
          sheet.getRange("A2:B2").values = [["one"]];
          sheet.getRange("A3").values = [["dropped"]];
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
      const values = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("A1:A3").load("values");
        await context.sync();
        return range.values;
      });
      expect(values).toEqual([["kept"], [""], [""]]);
    });

    it("gives ItemNotFound for a missing sheet and isNullObject for the *OrNullObject variant", async () => {
      expect(
        await codeOf(
          run(async (context) => {
            context.workbook.worksheets.getItem("No such sheet").load("name");
            await context.sync();
          }),
        ),
      ).toBe("ItemNotFound");
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("No such sheet");
        const table = context.workbook.tables.getItemOrNullObject("NoSuchTable");
        expect(() => sheet.isNullObject).toThrow();
        await context.sync();
        expect(sheet.isNullObject).toBe(true);
        expect(table.isNullObject).toBe(true);
      });
    });

    it("lets a batch load properties of a null object: the sync succeeds and they read null", async () => {
      const showTotals = await run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject("NoSuchTable");
        table.load("showTotals");
        await context.sync();
        return table.isNullObject ? table.showTotals : "not null";
      });
      expect(showTotals).toBeNull();
    });

    it("takes strings starting with =, + or - as formulas, and numbers as numbers, unless the cell is text-formatted", async () => {
      const { values, formulas } = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Contract");
        sheet.getRange("B1:B4").numberFormat = [["@"], ["@"], ["@"], ["@"]];
        const input = [["=1+1 Åsa"], ["+46 Gus Hill"], ["- note"], ["00123"]];
        sheet.getRange("A1:A4").values = input;
        sheet.getRange("B1:B4").values = input;
        const range = sheet.getRange("A1:B4").load("values, formulas");
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
      expect(values.map((row) => row[1])).toEqual(["=1+1 Åsa", "+46 Gus Hill", "- note", "00123"]);
      expect(formulas.slice(0, 3).map((row) => String(row[0])[0])).toEqual(["=", "=", "="]);
      expect(values.slice(0, 3).map((row) => String(row[0]))).not.toContain("=1+1 Åsa");
      expect(values[3][0]).toBe(123);
    });

    it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded, nothing applied", async () => {
      const big = Array.from({ length: 3000 }, () => ["x".repeat(1000), "å".repeat(500)]);
      const code = await codeOf(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Contract");
          sheet.getRange("D1").values = [["first"]];
          sheet.getRange("A1:B3000").values = big;
          await context.sync();
        }),
      );
      expect(code).toBe("RequestPayloadSizeLimitExceeded");
      const d1 = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("D1").load("values");
        await context.sync();
        return range.values[0][0];
      });
      expect(d1).toBe("");
    });

    it("fails a response over 5 MB with ResponsePayloadSizeLimitExceeded; half of it reads fine", async () => {
      const block = Array.from({ length: 1500 }, () => ["ö".repeat(1000)]);
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Contract");
        sheet.getRange("A1:A1500").values = block;
        await context.sync();
        sheet.getRange("B1:B1500").values = block;
        await context.sync();
      });
      const read = (address: string) =>
        run(async (context) => {
          const range = context.workbook.worksheets.getItem("Contract").getRange(address).load("values");
          await context.sync();
          return range.values.length;
        });
      expect(await codeOf(read("A1:B1500"))).toBe("ResponsePayloadSizeLimitExceeded");
      expect(await read("A1:A1500")).toBe(1500);
    });

    it("returns null values for a read of more than 5,000,000 cells", async () => {
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Contract").getRange("A1:E1000001").load("values");
        await context.sync();
        expect(range.values).toBeNull();
      });
    });

    it("keeps a very hidden sheet out of reach: it cannot be deleted until made visible", async () => {
      expect(
        await codeOf(
          run(async (context) => {
            const sheet = context.workbook.worksheets.getItem("Contract");
            sheet.visibility = "VeryHidden";
            sheet.delete();
            await context.sync();
          }),
        ),
      ).not.toBe("resolved");
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Contract").load("visibility");
        await context.sync();
        expect(sheet.visibility).toBe("VeryHidden");
        sheet.visibility = "Visible";
        await context.sync();
      });
    });

    it("gives a new table one empty data row, grows it by values written right below, shrinks it by deleted rows", async () => {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Contract");
        sheet.getRange("A1:B1").values = [["Key", "Value"]];
        const table = sheet.tables.add("A1:B1", true);
        table.name = "ContractTable";
        const body = table.getDataBodyRange().load("rowCount, values");
        await context.sync();
        expect(body.rowCount).toBe(1);
        expect(body.values).toEqual([["", ""]]);

        sheet.getRange("A2:B5").values = [["k1", 1], ["k2", 2], ["k3", 3], ["k4", 4]];
        const grown = table.getDataBodyRange().load("rowCount");
        await context.sync();
        expect(grown.rowCount).toBe(4);

        sheet.getRange("A3:B4").delete("Up");
        const shrunk = table.getDataBodyRange().load("rowCount, values");
        await context.sync();
        expect(shrunk.rowCount).toBe(2);
        expect(shrunk.values).toEqual([["k1", 1], ["k4", 4]]);
      });
    });
  });
}

function blankBook(apiVersion: string): Run {
  const excel = new FakeExcel({ apiVersion });
  excel.book.putSheet("Sheet1", []);
  return excel.run;
}

contract("fake, ExcelApi 1.7", () => blankBook("1.7"));
contract("fake, ExcelApi 1.20", () => blankBook("1.20"));

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
