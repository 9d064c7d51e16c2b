/**
 * One behaviour, two gateways: the use cases run through the xlsx gateway (the command) and through ExcelBook on
 * the Excel fake (the task pane) and give the same results, rows and errors.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { addContacts } from "../../../src/app/addContacts";
import { applyMailingGroup } from "../../../src/app/applyMailingGroup";
import { chooseContactSource, contactSources } from "../../../src/app/contactSourceChoice";
import { exportMailingList } from "../../../src/app/exportMailingList";
import { logSegment } from "../../../src/app/logSegment";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import type { RunContext, SegmentBook } from "../../../src/app/store/ports";
import { segmentLines } from "../../../src/app/segmentLines";
import { stepHistory } from "../../../src/app/stepHistory";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { DEDICATED_SHEETS } from "../../../src/app/store/sheetSpecs";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { tempDir, writeWorkbook } from "../../support/workbooks";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };

interface Gateway {
  /** Runs a use case on a freshly opened book, saving what it changed. */
  use<T>(action: (book: SegmentBook) => Promise<T>): Promise<T>;
}

async function xlsxGateway(dir: string): Promise<Gateway> {
  const file = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  return {
    async use(action) {
      const book = await XlsxBook.open(file);
      const result = await action(book);
      await book.save();
      return result;
    },
  };
}

function excelGateway(): Gateway {
  const excel = fakeWithContacts(SMALL_CONTACTS);
  return { use: async (action) => action(await ExcelBook.open(excelHost(excel))) };
}

const where = (field: string, filter: string) => [[{ table: "Contact" as const, field, filter }]];
/** Cell rows without trailing blanks (the xlsx reader gives ragged rows, Excel a rectangle). */
const trimmed = (rows: readonly (readonly unknown[])[]) =>
  rows.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === "" || out[out.length - 1] === null)) out.pop();
    return out;
  });
const outcome = <T>(promise: Promise<T>): Promise<T | { error: string }> =>
  promise.catch((error: Error) => ({ error: error.message }));

/** The same story on a gateway: every result, then every dedicated sheet's rows. */
async function story(gateway: Gateway): Promise<unknown[]> {
  const results: unknown[] = [];
  results.push(await gateway.use((book) => initBook(book)));
  results.push(
    await gateway.use((book) =>
      createSegment(book, ctx, { description: "Spring letter", date: "2025-03-01", templateCode: "LETTER" }),
    ),
  );
  results.push(await gateway.use((book) => createSegment(book, ctx, { description: "=Autumn +46" })));
  results.push(
    await gateway.use((book) =>
      addContacts(book, ctx, { segmentNo: "SEG00001", groups: where("Mailing Groups", "NEWS"), options: NO_OPTIONS }),
    ),
  );
  results.push(
    await gateway.use((book) =>
      addContacts(book, ctx, {
        segmentNo: "seg00001",
        groups: where("No.", "K1|K4|K7"),
        options: { ...NO_OPTIONS, expandCompanies: true },
      }),
    ),
  );
  results.push(
    await gateway.use((book) =>
      addContacts(book, ctx, { segmentNo: "SEG00002", groups: where("Name", "*Ö*|=1*"), options: NO_OPTIONS }),
    ),
  );
  results.push(await gateway.use((book) => segmentLines(book, "SEG00001")));
  results.push(await gateway.use((book) => stepHistory(book, { segmentNo: "SEG00001", direction: "back" })));
  results.push(await gateway.use((book) => segmentLines(book, "SEG00001")));
  results.push(
    await gateway.use((book) =>
      outcome(addContacts(book, ctx, { segmentNo: "SEG00009", groups: where("No.", "K1"), options: NO_OPTIONS })),
    ),
  );
  results.push(
    await gateway.use((book) => outcome(createSegment(book, ctx, { description: "x", templateCode: "NOPE" }))),
  );
  results.push(
    await gateway.use((book) => applyMailingGroup(book, ctx, { segmentNo: "SEG00002", code: "VIP", deleteOld: false })),
  );
  results.push(
    await gateway.use((book) =>
      exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: true, sheetName: "Lista" }),
    ),
  );
  results.push(
    await gateway.use((book) =>
      outcome(exportMailingList(book, ctx, { segmentNo: "SEG00001", emailOnly: true, sheetName: "LISTA" })),
    ),
  );
  results.push(
    await gateway.use((book) =>
      outcome(logSegment(book, { ...ctx, time: "09:30:00" }, { segmentNo: "SEG00001", includeExcluded: true })),
    ),
  );
  results.push(
    await gateway.use((book) =>
      createSegment(book, ctx, { description: "Logged", salespersonCode: "JO", templateCode: "EMAIL" }),
    ),
  );
  results.push(
    await gateway.use((book) =>
      addContacts(book, ctx, { segmentNo: "SEG00003", groups: where("No.", "K1|K2|K3"), options: NO_OPTIONS }),
    ),
  );
  results.push(
    await gateway.use((book) =>
      logSegment(book, { ...ctx, time: "09:45:00" }, { segmentNo: "SEG00003", followUp: true }),
    ),
  );
  results.push(await gateway.use(async (book) => trimmed((await book.readContactSheet({})).values)));
  results.push(await gateway.use((book) => contactSources(book)));
  results.push(await gateway.use((book) => outcome(chooseContactSource(book, ctx, "Segment Lines"))));
  results.push(
    await gateway.use(async (book) =>
      chooseContactSource(book, ctx, "lista").then((c) => ({ ...c, contacts: c.contacts.table.numbers })),
    ),
  );
  results.push(await gateway.use((book) => book.readState()));
  for (const spec of DEDICATED_SHEETS) {
    const rows = await gateway.use((book) => book.readRows(spec));
    results.push({ sheet: spec.sheetName, rows: rows.map((row) => ({ record: row.record, extra: [...row.extra] })) });
  }
  return results;
}

describe("one behaviour, two gateways", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("init, create, Add, lines, Go Back, Apply Mailing Group, export, Log, the contact source and their errors: the same results and rows on xlsx and on Excel", async () => {
    const onXlsx = await story(await xlsxGateway(dir));
    const onExcel = await story(excelGateway());
    expect(onExcel).toEqual(onXlsx);
    // The story did something: lines were added and one action was undone.
    expect(JSON.stringify(onXlsx)).toContain("K6");
    expect(JSON.stringify(onXlsx)).toContain('"contactSource":"Lista"');
  });
});
