/**
 * The Excel fake's rules, written once as a contract on the Excel JS API so the same checks run against the fake
 * (fake.contract.test.ts, under jest) and against real Excel (the Script Lab snippet `npm run contract:scriptlab`
 * writes, under a small describe/it/expect shim). Hence no imports here, and only the matchers both sides have:
 * toBe, toEqual, toBeNull, toContain and `.not`.
 *
 * `excelContract` uses nothing but Excel.run-style batches on a blank workbook of one sheet named "Sheet1" (it adds
 * and deletes its own sheets). Excel on the web is the host to run it in: the 5 MB request and response limits are
 * its limits.
 */

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The matchers the contract uses: jest's `expect` has them, and so does the snippet's shim. */
export interface ContractMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeNull(): void;
  toContain(expected: unknown): void;
}

/** describe/it/beforeEach/expect: jest's own, or the snippet's shim. */
export interface ContractKit {
  describe(name: string, body: () => void): void;
  it(name: string, test: () => Promise<void>): void;
  beforeEach(hook: () => Promise<void>): void;
  expect(actual: unknown): ContractMatchers & { not: ContractMatchers };
}

/** How a batch ended: "resolved", or the error's code. */
const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code ?? String(error),
  );

/** The code of what a getter throws, "none" when it returns. */
function thrownCode(read: () => unknown): string {
  try {
    read();
    return "none";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

export function excelContract(
  name: string,
  makeRun: () => Run,
  { describe, it, beforeEach, expect }: ContractKit,
): void {
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
        expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
        range.load("values");
        expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
        await context.sync();
        expect(range.values).toEqual([[""]]);
        expect(thrownCode(() => range.rowCount)).toBe("PropertyNotLoaded");
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
        expect(thrownCode(() => sheet.isNullObject)).not.toBe("none");
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

    it("selects several areas at once through getRanges (ExcelApi 1.9), refusing an address past 255 characters", async () => {
      const selected = await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("Contract").getRanges("2:3,5:5").select();
          await context.sync();
        }),
      );
      // A host before ExcelApi 1.9 has no getRanges: nothing more to check there.
      if (selected === "ApiNotFound") return;
      expect(selected).toBe("resolved");
      await run(async (context) => {
        const selection = context.workbook.getSelectedRanges().load("areaCount, cellCount");
        await context.sync();
        expect(selection.areaCount).toBe(2);
        expect(selection.cellCount).toBe(3 * 16384);
      });
      const rows = Array.from({ length: 40 }, (_, i) => `${10 * i + 2}:${10 * i + 3}`).join(",");
      expect(rows.length > 255).toBe(true);
      expect(
        await codeOf(
          run(async (context) => {
            context.workbook.worksheets.getItem("Contract").getRanges(rows).select();
            await context.sync();
          }),
        ),
      ).toBe("InvalidArgument");
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

        sheet.getRange("A2:B5").values = [
          ["k1", 1],
          ["k2", 2],
          ["k3", 3],
          ["k4", 4],
        ];
        const grown = table.getDataBodyRange().load("rowCount");
        await context.sync();
        expect(grown.rowCount).toBe(4);

        sheet.getRange("A3:B4").delete("Up");
        const shrunk = table.getDataBodyRange().load("rowCount, values");
        await context.sync();
        expect(shrunk.rowCount).toBe(2);
        expect(shrunk.values).toEqual([
          ["k1", 1],
          ["k4", 4],
        ]);
      });
    });
  });
}
