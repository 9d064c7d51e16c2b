/// <reference types="office-js" />
/**
 * `node --max-old-space-size=2048 build/bench/excelMillion.js [--rows N] [--json]`
 *
 * Excel's whole sheet, end to end: 1,048,576 rows (header + 1,048,575 contacts of 20 columns) through Add Contacts
 * on the Excel fake: the contact sheet read in byte-sized blocks, the step planned, the lines written through
 * the journal. Run under a 2 GB heap, running out of memory fails the run. Prints syncs, bytes, the largest
 * request and the peak memory (sampled).
 */
import { addContacts } from "../src/app/addContacts";
import { createSegment } from "../src/app/createSegment";
import { initBook } from "../src/app/initBook";
import { NO_OPTIONS } from "../src/domain/segments/step";
import { ExcelBook } from "../src/workbook/excel/excelBook";
import { FakeExcel } from "../test/support/excelFake";
import { excelHost } from "../test/support/excelFake/host";
import { benchContacts } from "./excelGateway";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rowsArg = args.indexOf("--rows");
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_048_575;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = process.hrtime.bigint();

  const excel = new FakeExcel({ apiVersion: "1.9" });
  excel.book.putSheet("Contacts", benchContacts(rows));
  const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "sv", userId: "BENCH" };
  const open = () => ExcelBook.open(excelHost(excel));
  await initBook(await open());
  const { no } = await createSegment(await open(), ctx, { description: "Hela landet 🇸🇪" });
  excel.resetStats();
  const result = await addContacts(await open(), ctx, {
    segmentNo: no,
    groups: [[{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }]],
    options: NO_OPTIONS,
  });
  sample();
  clearInterval(timer);
  const lines = excel.book.table("SegmentLines")?.bodyRows ?? 0;
  if (lines !== result.added) throw new Error(`the sheet has ${lines} lines, the Add reported ${result.added}`);
  const report = {
    excel_add_1m: {
      sheet_rows: rows + 1,
      lines_added: result.added,
      syncs: excel.stats.syncs,
      bytes: excel.stats.requestBytes + excel.stats.responseBytes,
      max_request_bytes: excel.stats.maxRequestBytes,
      max_response_bytes: excel.stats.maxResponseBytes,
      peak_rss_mb: Math.round(peakRss / 2 ** 20),
      peak_heap_mb: Math.round(peakHeap / 2 ** 20),
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    },
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
