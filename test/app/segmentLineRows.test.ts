/**
 * Where a segment's lines are on the Segment Lines sheet, as addresses Excel can select (whole rows, within its
 * limit); the use case on every book of the matrix, sheet rows only where a book has them.
 */
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { rowParts, segmentLineRows } from "../../src/app/segmentLineRows";
import { MAX_ADDRESS_CHARS } from "../../src/app/store/excelLimits";
import type { RunContext } from "../../src/app/store/ports";
import { SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { bcBaseSheet } from "../support/bcBaseData";
import { eachBook, itWhere, type TestBook } from "../support/bookMatrix";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };

/** The rows an address names, read the simple way: every row of every area. */
function rowsOf(address: string): number[] {
  return address.split(",").flatMap((area) => {
    const [first, last] = area.split(":").map(Number);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
}

const add = (book: TestBook, segmentNo: string, filter: string) =>
  addContacts(book, ctx, {
    segmentNo,
    groups: [[{ table: "Contact", field: "Industry Groups", filter }]],
    options: NO_OPTIONS,
  });

eachBook((books) => {
  describe("segmentLineRows", () => {
    itWhere(books, "rowOrder")(
      "names the rows of this segment's lines only, in blocks where another segment's lines came between",
      async () => {
        const book = await books.open(bcBaseSheet());
        await initBook(book);
        await createSegment(book, ctx, { description: "One" });
        await createSegment(book, ctx, { description: "Two" });
        await add(book, "SEG00001", "RETAIL");
        await add(book, "SEG00002", "RETAIL");
        await add(book, "SEG00001", "SERVICE");

        const one = await segmentLineRows(book, "SEG00001");
        const sheet = await book.records(SEGMENT_LINES);
        // The sheet's own rows (header on row 1, the records in sheet order), read independently of the use case.
        const expected = sheet.flatMap((line, i) => (line.segmentNo === "SEG00001" ? [i + 2] : []));
        expect(one.sheetName).toBe("Segment Lines");
        expect(one.lines).toBe(expected.length);
        expect(one.parts.flatMap((part) => rowsOf(part.address))).toEqual(expected);
        expect(one.parts).toHaveLength(1);
        expect(one.parts[0].address.split(",").length).toBe(2);
      },
    );

    it("has no parts for a segment without lines", async () => {
      const book = await books.open(bcBaseSheet());
      await initBook(book);
      await createSegment(book, ctx, { description: "Empty" });
      expect(await segmentLineRows(book, "SEG00001")).toEqual({ sheetName: "Segment Lines", lines: 0, parts: [] });
    });
  });
});

describe("rowParts", () => {
  it("makes one area of a contiguous block", () => {
    expect(rowParts([7, 5, 6, 8])).toEqual([{ address: "5:8", lines: 4 }]);
  });

  it("covers every row once, in sheet order, with each part within Excel's limit", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2, max: 1_048_576 }), { maxLength: 300 }),
        fc.integer({ min: 15, max: MAX_ADDRESS_CHARS }),
        (rows, max) => {
          const parts = rowParts(rows, max);
          expect(parts.flatMap((part) => rowsOf(part.address))).toEqual([...rows].sort((a, b) => a - b));
          expect(parts.every((part) => part.address.length <= max)).toBe(true);
          expect(parts.map((part) => part.lines)).toEqual(parts.map((part) => rowsOf(part.address).length));
          // A part is cut only where the next area would not fit.
          parts.slice(1).forEach((part, i) => {
            expect(parts[i].address.length + 1 + part.address.split(",")[0].length).toBeGreaterThan(max);
          });
        },
      ),
    );
  });
});
