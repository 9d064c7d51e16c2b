/**
 * `npm run demo`: copies the sample workbook to out/demo.xlsx and runs a short scenario through the same use cases
 * as the task pane and the command, then prints what happened.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { addContacts, type AddContactsRequest } from "../src/app/addContacts";
import { createSegment } from "../src/app/createSegment";
import { initBook } from "../src/app/initBook";
import { loadContacts } from "../src/app/store/contactSource";
import type { RunContext } from "../src/app/store/ports";
import { removeContacts } from "../src/app/removeContacts";
import { segmentLines } from "../src/app/segmentLines";
import { stepHistory } from "../src/app/stepHistory";
import { NO_OPTIONS } from "../src/domain/segments/step";
import { localToday } from "../src/cli/context";
import { formatTable } from "../src/cli/format";
import { XlsxBook } from "../src/workbook/xlsx/xlsxBook";

const root = path.resolve(__dirname, "..", "..");
const source = path.join(root, "assets", "sample-contacts.xlsx");
const target = path.join(root, "out", "demo.xlsx");

async function main(): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.copyFile(source, target);
  const today = localToday(new Date());
  const ctx: RunContext = { today, workdate: today, locale: "en", userId: "demo" };
  const book = await XlsxBook.open(target);

  const { table, warnings } = await loadContacts(book, ctx);
  console.log(
    `Contacts: ${table.rowCount} on sheet ${table.sheetName} (header on row ${table.headerRow}), ${warnings.length} warnings.`,
  );
  const recognised = table.columns.filter((c) => c.field).map((c) => c.header);
  console.log(`Recognised columns: ${recognised.join(", ")}.`);

  const { created } = await initBook(book);
  console.log(`Created sheets: ${created.join(", ")}.`);
  const segment = await createSegment(book, ctx, { description: "Retail spring mailing", templateCode: "EMAIL" });
  console.log(`\nCreated ${segment.no} "${segment.description}" with template ${segment.interactionTemplateCode}.`);

  const step = async (title: string, request: Omit<AddContactsRequest, "segmentNo">) => {
    const result = await addContacts(book, ctx, { segmentNo: segment.no, ...request });
    const verb = result.preview ? "would add" : "added";
    console.log(
      `${title}: ${verb} ${result.added} (matched ${result.matched}, ${result.excluded} excluded, ${result.alreadyPresent} already in the segment)`,
    );
  };
  await step("Add Industry Groups=RETAIL", {
    groups: [[{ table: "Contact", field: "Industry Groups", filter: "RETAIL" }]],
    options: NO_OPTIONS,
  });
  await step("Add Mailing Groups=NEWS with related companies", {
    groups: [[{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }]],
    options: { ...NO_OPTIONS, allowRelatedCompanies: true },
  });
  await step("Preview Name=*berg* | Country/Region Code=GB & City=London", {
    groups: [
      [{ table: "Contact", field: "Name", filter: "*berg*" }],
      [
        { table: "Contact", field: "Country/Region Code", filter: "GB" },
        { table: "Contact", field: "City", filter: "London" },
      ],
    ],
    options: NO_OPTIONS,
    preview: true,
  });
  const reduced = await removeContacts(book, ctx, {
    segmentNo: segment.no,
    kind: "reduce",
    groups: [[{ table: "Contact", field: "Correspondence Type", filter: "Hard Copy" }]],
    entireCompanies: false,
  });
  console.log(`Reduce Correspondence Type=Hard Copy: removed ${reduced.removedLines} lines, ${reduced.kept} left`);
  const back = await stepHistory(book, { segmentNo: segment.no, direction: "back" });
  console.log(`Go Back over "${back.action}": ${back.linesAfter} lines again, exactly as before`);
  await book.save();

  const lines = await segmentLines(book, segment.no);
  console.log(`\n${segment.no} now has ${lines.length} lines; the first ten:`);
  console.log(
    formatTable(
      ["Line No.", "Contact No.", "Contact Name", "Company Name", "Salesperson", "Corr. Type"],
      lines
        .slice(0, 10)
        .map((l) => [
          String(l.lineNo),
          l.contactNo,
          l.contactName,
          l.contactCompanyName,
          l.salespersonCode,
          l.correspondenceType,
        ]),
    ),
  );
  console.log(
    `\nWrote ${path.relative(process.cwd(), target)}. Try: node build/src/cli/main.js lines ${path.relative(process.cwd(), target)} ${segment.no}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
