/** Progress and Cancel while the gateway reads a large contact sheet in blocks (the pane's ProgressBar). */
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { ReadCanceledError } from "../../../src/workbook/excel/errors";
import { PAUSE_ROWS } from "../../../src/workbook/excel/bytes";
import { generateContacts } from "../../support/generateContacts";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";

const ROWS = 60_000;
const values = generateContacts({ rows: ROWS, seed: 7 });

describe("reading a large contact sheet", () => {
  it("reports rows read of the total after each block, rising to every row", async () => {
    const excel = fakeWithContacts(values);
    const seen: [number, number][] = [];
    const book = await ExcelBook.open(excelHost(excel), {
      watch: { progress: (rows, total) => seen.push([rows, total]) },
    });
    const input = await book.readContactSheet({});
    expect(input.values).toHaveLength(ROWS + 1);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every(([, total]) => total === ROWS + 1)).toBe(true);
    expect(seen.map(([rows]) => rows)).toEqual([...seen.map(([rows]) => rows)].sort((a, b) => a - b));
    expect(seen[seen.length - 1][0]).toBe(ROWS + 1);
  });

  it("stops between two blocks when canceled, with a message that nothing changed", async () => {
    const excel = fakeWithContacts(values);
    const controller = new AbortController();
    let syncsAtCancel = 0;
    const progress = () => {
      if (controller.signal.aborted) return;
      controller.abort();
      syncsAtCancel = excel.stats.syncs;
    };
    const book = await ExcelBook.open(excelHost(excel), { watch: { progress, signal: controller.signal } });
    const read = book.readContactSheet({});
    await expect(read).rejects.toBeInstanceOf(ReadCanceledError);
    await expect(read).rejects.toThrow("Reading was canceled. Nothing was changed.");
    expect(excel.stats.syncs).toBeLessThanOrEqual(syncsAtCancel + 1);
  });

  it("does not start when the signal is already aborted", async () => {
    const excel = fakeWithContacts(values);
    const controller = new AbortController();
    controller.abort();
    const book = await ExcelBook.open(excelHost(excel), { watch: { signal: controller.signal } });
    await expect(book.readContactSheet({})).rejects.toBeInstanceOf(ReadCanceledError);
  });

  it("pauses while it works on each block, and still reads every row", async () => {
    const excel = fakeWithContacts(values);
    const syncsAtPause: number[] = [];
    const paused = await ExcelBook.open(excelHost(excel), {
      watch: { pause: async () => void syncsAtPause.push(excel.stats.syncs) },
    });
    const input = await paused.readContactSheet({});
    expect(input.values).toHaveLength(ROWS + 1);
    expect(input.values[ROWS]).toEqual(values[ROWS]);
    // Every slice of rows after the sample, in every block (each block a sync of its own).
    expect(syncsAtPause.length).toBeGreaterThanOrEqual(Math.ceil(ROWS / PAUSE_ROWS));
    expect(new Set(syncsAtPause).size).toBeGreaterThan(2);
  });
});
