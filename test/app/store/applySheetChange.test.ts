/**
 * Applying a sheet change by key is one rule (applySheetChange); both gateways and the test double use it, so the
 * double is as strict as the gateways: a stale update and a taken key fail in all three, with the same message.
 * PgBook applies changes in SQL: the matrix at the end holds it to the same refusals.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { initBook } from "../../../src/app/initBook";
import { applySheetChange, applySheetChangeToRows, describeKey } from "../../../src/app/store/applySheetChange";
import type { SegmentBook } from "../../../src/app/store/ports";
import { keyOf, type StoredRow } from "../../../src/app/store/rows";
import { SEGMENT_HISTORY, type HistoryRow } from "../../../src/app/store/sheetSpecs";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { MemoryBook } from "../../support/memoryBook";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { eachBook } from "../../support/bookMatrix";
import { tempDir, writeWorkbook } from "../../support/workbooks";

const history = (segmentNo: string, stepNo: number, part = 0): StoredRow<HistoryRow> => ({
  record: { segmentNo, stepNo, stack: "undo", part, payload: "{}" },
  extra: new Map(),
});

async function gateways(dir: string): Promise<[string, SegmentBook][]> {
  const file = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  const books: [string, SegmentBook][] = [
    ["xlsx", await XlsxBook.open(file)],
    ["excel", await ExcelBook.open(excelHost(fakeWithContacts(SMALL_CONTACTS)))],
    ["memory", new MemoryBook({ sheetName: "Contacts", values: SMALL_CONTACTS, locale: "en" })],
  ];
  for (const [, book] of books) {
    await initBook(book);
    await book.commit({ sheets: [{ spec: SEGMENT_HISTORY, insert: [history("SEG1", 1), history("SEG1", 2)] }] });
  }
  return books;
}

describe("applying a sheet change by key", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("refuses an update to a missing row as stale, and a taken key, in both gateways and the test double", async () => {
    for (const [name, book] of await gateways(dir)) {
      const before = (await book.readRows(SEGMENT_HISTORY)).map((row) => row.record);
      await expect(
        book.commit({ sheets: [{ spec: SEGMENT_HISTORY, update: [history("SEG1", 9, 1)] }] }),
      ).rejects.toThrow("SegmentHistory: rows changed by someone else meanwhile (seg1 / 9 / 1). Try again.");
      await expect(book.commit({ sheets: [{ spec: SEGMENT_HISTORY, insert: [history("seg1", 2)] }] })).rejects.toThrow(
        "SegmentHistory already has a row seg1 / 2 / 0.",
      );
      expect([name, (await book.readRows(SEGMENT_HISTORY)).map((row) => row.record)]).toEqual([name, before]);
    }
  });

  it("deletes and updates by key in the sheet's order and appends inserts", () => {
    const rows = [history("S", 3), history("S", 1), history("S", 2)];
    const changed = { ...history("S", 1), record: { ...history("S", 1).record, payload: "[]" } };
    const after = applySheetChangeToRows(SEGMENT_HISTORY, rows, {
      spec: SEGMENT_HISTORY,
      deleteKeys: [keyOf(SEGMENT_HISTORY, history("S", 3).record)],
      update: [changed],
      insert: [history("S", 4)],
    });
    expect(after.map((row) => row.record)).toEqual([
      expect.objectContaining({ stepNo: 1, payload: "[]" }),
      expect.objectContaining({ stepNo: 2, payload: "{}" }),
      expect.objectContaining({ stepNo: 4, payload: "{}" }),
    ]);
  });

  it("puts an insert directly before the row insertBefore names, in both gateways and the test double", async () => {
    const key = (stepNo: number) => keyOf(SEGMENT_HISTORY, history("SEG1", stepNo).record);
    for (const [name, book] of await gateways(dir)) {
      await book.commit({
        sheets: [
          {
            spec: SEGMENT_HISTORY,
            insert: [history("SEG1", 5), history("SEG1", 6), history("SEG1", 7)],
            insertBefore: new Map([
              [key(5), key(2)],
              [key(6), key(2)],
            ]),
          },
        ],
      });
      const order = (await book.readRows(SEGMENT_HISTORY)).map((row) => row.record.stepNo);
      expect([name, order]).toEqual([name, [1, 5, 6, 2, 7]]);
    }
  });

  it("refuses an insert placed before a row that is not there, or that the same change deletes, as stale", async () => {
    const key = (stepNo: number) => keyOf(SEGMENT_HISTORY, history("SEG1", stepNo).record);
    for (const [name, book] of await gateways(dir)) {
      const before = (await book.readRows(SEGMENT_HISTORY)).map((row) => row.record);
      for (const change of [
        { insert: [history("SEG1", 8)], insertBefore: new Map([[key(8), key(9)]]) },
        { insert: [history("SEG1", 8)], insertBefore: new Map([[key(8), key(2)]]), deleteKeys: [key(2)] },
      ])
        await expect(book.commit({ sheets: [{ spec: SEGMENT_HISTORY, ...change }] })).rejects.toThrow(
          /SegmentHistory: rows changed by someone else meanwhile \(seg1 \/ [92] \/ 0\)/,
        );
      expect([name, (await book.readRows(SEGMENT_HISTORY)).map((row) => row.record)]).toEqual([name, before]);
    }
  });

  it("refuses an update to a row the same change deletes", () => {
    const row = history("S", 1);
    const change = { spec: SEGMENT_HISTORY, deleteKeys: [keyOf(SEGMENT_HISTORY, row.record)], update: [row] };
    expect(() => applySheetChange(SEGMENT_HISTORY, [row.record], change)).toThrow(
      "rows changed by someone else meanwhile (s / 1 / 0)",
    );
  });

  it("names every part of a multi-part key", () => {
    expect(describeKey(keyOf(SEGMENT_HISTORY, { segmentNo: "SEG1", stepNo: 12, part: 3 }))).toBe("seg1 / 12 / 3");
  });
});

eachBook((books) => {
  it("refuses an update to a missing row or to a row the same change deletes as stale, and a taken key", async () => {
    const book = await books.open({ sheetName: "Contacts", values: SMALL_CONTACTS, locale: "en" });
    await initBook(book);
    await book.commit({ sheets: [{ spec: SEGMENT_HISTORY, insert: [history("SEG1", 1), history("SEG1", 2)] }] });
    const before = await book.records(SEGMENT_HISTORY);
    await expect(book.commit({ sheets: [{ spec: SEGMENT_HISTORY, update: [history("SEG1", 9, 1)] }] })).rejects.toThrow(
      "SegmentHistory: rows changed by someone else meanwhile (seg1 / 9 / 1). Try again.",
    );
    const second = keyOf(SEGMENT_HISTORY, history("SEG1", 2).record);
    await expect(
      book.commit({
        sheets: [{ spec: SEGMENT_HISTORY, deleteKeys: [second], update: [history("SEG1", 2)] }],
      }),
    ).rejects.toThrow("SegmentHistory: rows changed by someone else meanwhile (seg1 / 2 / 0). Try again.");
    await expect(book.commit({ sheets: [{ spec: SEGMENT_HISTORY, insert: [history("seg1", 2)] }] })).rejects.toThrow(
      "SegmentHistory already has a row seg1 / 2 / 0.",
    );
    expect(await book.records(SEGMENT_HISTORY)).toEqual(before);
    expect(book.commits).toBe(2);
  });
});
