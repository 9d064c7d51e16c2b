/**
 * docs/business-rules.md §11 Ex 10 as an .xlsx book for command tests: base data, seeded templates, existing maxima (logged
 * segment 7, interaction entry 120) and SEG00001 "Spring mailing" (LETTER, CP01, JO, 2025-03-01) with lines
 * 10000 CT01, 20000 CT02, 30000 CT09.
 */
import * as path from "path";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import { INTERACTION_LOG, LOGGED_SEGMENTS } from "../../src/app/store/sheetSpecs";
import { bcBaseValues } from "./bcBaseData";
import { segments } from "./cli";
import { logEntry, loggedSegment } from "./interactionFixtures";
import { writeWorkbook } from "./workbooks";

async function ok(...argv: string[]): Promise<string> {
  const run = await segments(...argv);
  if (run.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

export async function ex10Workbook(dir: string): Promise<string> {
  const book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: bcBaseValues() }]);
  await ok("init", book);
  const workbook = await XlsxBook.open(book);
  const row = <R extends object>(record: R) => ({ record, extra: new Map() });
  await workbook.commit({
    sheets: [
      { spec: LOGGED_SEGMENTS, insert: [row(loggedSegment({ entryNo: 7 }))] },
      { spec: INTERACTION_LOG, insert: [row(logEntry({ entryNo: 120 }))] },
    ],
  });
  await workbook.save();
  const common = ["--workdate", "2025-03-01", "--user", "MARKETER"];
  await ok(
    "create",
    book,
    "--description",
    "Spring mailing",
    "--template",
    "LETTER",
    "--campaign",
    "CP01",
    "--salesperson",
    "JO",
    ...common,
  );
  await ok("add", book, "SEG00001", "--where", "No.=CT01|CT02", ...common);
  await ok("add", book, "SEG00001", "--where", "No.=CT09", ...common);
  return book;
}

/** A sheet's data rows as header -> value records. */
export async function sheetRecords(values: unknown[][]): Promise<Record<string, unknown>[]> {
  const [titles, ...rows] = values;
  return rows.map((row) => Object.fromEntries(titles.map((title, i) => [String(title), row[i]])));
}
