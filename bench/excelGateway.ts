/// <reference types="office-js" />
/**
 * The task pane's gateway on the Excel fake: bytes and syncs to read 100k contacts of 20 columns and to write
 * 100k segment lines, the texts including long Swedish sentences and emoji (multi-byte in UTF-8, as Excel on the
 * web counts its 5 MB limit). Goal: syncs <= ceil(bytes / 4 MiB) + 2 and no request over 4.5 MB.
 */
import type { StoredRow } from "../src/app/store/ports";
import type { SegmentLine } from "../src/domain/segments/line";
import { ExcelBook } from "../src/workbook/excel/excelBook";
import { SEGMENT_LINES, SEGMENTS } from "../src/app/store/sheetSpecs";
import { initBook } from "../src/app/initBook";
import { createSegment } from "../src/app/createSegment";
import { FakeExcel } from "../test/support/excelFake";
import { excelHost } from "../test/support/excelFake/host";
import { generateContacts, mulberry32, type CellValue } from "../test/support/generateContacts";

export interface GatewayFigures {
  readonly syncs: number;
  readonly bytes: number;
  readonly max_request_bytes: number;
}

export interface GatewayBench {
  readonly excel_read_100k: GatewayFigures;
  readonly excel_write_100k: GatewayFigures;
}

const NOTES = [
  "Återförsäljare i Västerås 🚚 som önskar offert på trävaror före midsommar ☀️; ring inte på fredagar.",
  "Kunden på Öland 🏝️ vill ha katalogen på svenska och engelska, gärna med prislista för hösten 🍂.",
  "Möte bokat i Göteborg ⛵ om samarbete kring mässan; tidigare köp: sågade bräder, spik och lim 🔨.",
  "Önskar nyhetsbrev via e-post 📧 men inga sms; kontaktperson är på föräldraledighet till årsskiftet 👶.",
];

/** 100k generated contacts plus two columns: long notes (Swedish and emoji) and a region code: 20 columns. */
export function benchContacts(rows: number, seed = 7): CellValue[][] {
  const values = generateContacts({ rows, seed });
  const random = mulberry32(seed + 1);
  values[0].push("Notes", "Region");
  for (let r = 1; r < values.length; r++) {
    const note = NOTES[Math.floor(random() * NOTES.length)];
    values[r].push(
      random() < 0.5 ? `${note} ${NOTES[Math.floor(random() * NOTES.length)]}` : note,
      `SE-${1 + Math.floor(random() * 21)}`,
    );
  }
  return values;
}

const figures = (excel: FakeExcel): GatewayFigures => ({
  syncs: excel.stats.syncs,
  bytes: excel.stats.requestBytes + excel.stats.responseBytes,
  max_request_bytes: excel.stats.maxRequestBytes,
});

export async function benchExcelGateway(rows = 100_000): Promise<GatewayBench> {
  const contacts = benchContacts(rows);
  const excel = new FakeExcel({ apiVersion: "1.9" });
  excel.book.putSheet("Contacts", contacts);
  const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "sv", userId: "BENCH" };
  const open = () => ExcelBook.open(excelHost(excel));
  await initBook(await open());
  const segment = await createSegment(await open(), ctx, { description: "Höstkampanj 🍂" });

  // Read: the contact sheet through the gateway, from a book already open (its state and sheets found).
  const reader = await open();
  excel.resetStats();
  const input = await reader.readContactSheet({});
  if (input.values.length !== rows + 1) throw new Error(`read ${input.values.length - 1} contacts, expected ${rows}`);
  const read = figures(excel);

  // Write: one commit of 100k lines (and the header's count), after the reads a use case makes first.
  const writer = await open();
  const [header] = await writer.readRows(SEGMENTS);
  await writer.readRows(SEGMENT_LINES);
  const lines: StoredRow<object>[] = contacts.slice(1).map((row, i): StoredRow<SegmentLine> => ({
    record: {
      segmentNo: segment.no,
      lineNo: (i + 1) * 10000,
      contactNo: String(row[0]),
      contactCompanyNo: String(row[3]),
      contactName: String(row[1]),
      contactCompanyName: String(row[4]),
      description: String(row[18]),
      date: "2025-03-04",
      salespersonCode: String(row[5]),
      interactionTemplateCode: "",
      interactionGroupCode: "",
      languageCode: String(row[7]),
      subject: "",
      correspondenceType: String(row[6]) as SegmentLine["correspondenceType"],
      cost: 0,
      duration: 0,
      informationFlow: "",
      initiatedBy: "",
      campaignNo: "",
      campaignTarget: false,
      campaignResponse: false,
      evaluation: "",
    } as SegmentLine,
    extra: new Map(),
  }));
  excel.resetStats();
  await writer.commit({
    sheets: [
      { spec: SEGMENT_LINES, insert: lines },
      { spec: SEGMENTS, update: [{ record: { ...header.record, noOfLines: rows }, extra: header.extra }] },
    ],
  });
  const write = figures(excel);
  const written = excel.book.table("SegmentLines")?.bodyRows;
  if (written !== rows) throw new Error(`wrote ${written} lines, expected ${rows}`);
  return { excel_read_100k: read, excel_write_100k: write };
}

/** The goal for one figure. */
export function gatewayGoalMet(f: GatewayFigures): boolean {
  return f.syncs <= Math.ceil(f.bytes / (4 * 1024 * 1024)) + 2 && f.max_request_bytes <= 4_500_000;
}
