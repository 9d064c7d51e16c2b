/** docs/workbook-contract.md §3.1 as worked examples: a removed row's place, and where it goes back. */
import { placeRows, removedPlaces, sameRelativeOrder, type RowPlace } from "../../../src/app/store/rowPlaces";
import { keyOf } from "../../../src/app/store/rows";
import { SEGMENT_LINES } from "../../../src/app/store/sheetSpecs";

const row = (segmentNo: string, lineNo: number) => ({ segmentNo, lineNo });
const key = (segmentNo: string, lineNo: number) => keyOf(SEGMENT_LINES, row(segmentNo, lineNo));
const A = (lineNo: number) => key("A", lineNo);
const B = (lineNo: number) => key("B", lineNo);
const place = (above: string | null, below: string | null): RowPlace => ({ above, below });

/** Where each row goes, as [its Line No., the key it goes before ("end": after the last row)]. */
function placed(
  kept: { segmentNo: string; lineNo: number }[],
  rows: { lineNo: number; place?: RowPlace }[],
  orderKept = true,
) {
  const result = placeRows(
    SEGMENT_LINES,
    kept,
    rows.map((r) => ({ record: row("A", r.lineNo), place: r.place })),
    orderKept,
  );
  return {
    byLineNo: result.byLineNo,
    rows: result.rows.map((r) => [r.record.lineNo, result.before.get(key("A", r.record.lineNo)) ?? "end"]),
  };
}

describe("a removed row's place", () => {
  it("is the kept rows just above and below it; rows removed together share it; top and bottom are null", () => {
    const order = [A(1), A(2), B(1), A(3), A(4)];
    const places = removedPlaces(order, new Set([A(1), A(3), A(4)]));
    expect(places).toEqual(
      new Map([
        [A(1), place(null, A(2))],
        [A(3), place(B(1), null)],
        [A(4), place(B(1), null)],
      ]),
    );
  });
});

describe("putting rows back", () => {
  const kept = [row("A", 10), row("B", 10), row("A", 50), row("B", 20)];

  it("goes directly before the row that stood below, rows of one run in their old order", () => {
    expect(
      placed(kept, [
        { lineNo: 30, place: place(B(10), A(50)) },
        { lineNo: 20, place: place(B(10), A(50)) },
      ]),
    ).toEqual({
      byLineNo: false,
      rows: [
        [30, A(50)],
        [20, A(50)],
      ],
    });
  });

  it("goes right after the row that stood above when the one below is gone, and at the top or the bottom", () => {
    expect(placed(kept, [{ lineNo: 60, place: place(A(50), B(99)) }]).rows).toEqual([[60, B(20)]]);
    expect(placed(kept, [{ lineNo: 60, place: place(B(20), null) }]).rows).toEqual([[60, "end"]]);
    expect(placed(kept, [{ lineNo: 5, place: place(null, A(10)) }]).rows).toEqual([[5, A(10)]]);
    expect(placed(kept, [{ lineNo: 60, place: place(A(99), null) }]).rows).toEqual([[60, "end"]]);
  });

  it("goes by Line No. when both neighbours are gone", () => {
    expect(placed(kept, [{ lineNo: 20, place: place(A(98), A(99)) }])).toEqual({
      byLineNo: false,
      rows: [[20, A(50)]],
    });
  });

  it("goes by Line No., in Line No. order, when the segment's lines were sorted since", () => {
    expect(
      placed(
        kept,
        [
          { lineNo: 60, place: place(A(50), B(20)) },
          { lineNo: 20, place: place(A(10), B(10)) },
        ],
        false,
      ),
    ).toEqual({
      byLineNo: true,
      rows: [
        [20, A(50)],
        [60, B(20)],
      ],
    });
  });

  it("goes by Line No. when two recorded neighbours are both there but no longer next to each other", () => {
    // A 10 and A 50 were next to each other when line 20 was removed; B 10 now stands between them.
    const result = placed(kept, [{ lineNo: 20, place: place(A(10), A(50)) }]);
    expect(result).toEqual({ byLineNo: true, rows: [[20, A(50)]] });
    // Swapped, even when adjacent.
    expect(placed(kept, [{ lineNo: 20, place: place(B(10), A(10)) }]).byLineNo).toBe(true);
  });

  it("goes by Line No. for history written before places were recorded; a segment with no rows left goes last", () => {
    expect(placed(kept, [{ lineNo: 70 }, { lineNo: 5 }, { lineNo: 30 }])).toEqual({
      byLineNo: true,
      rows: [
        [5, A(10)],
        [30, A(50)],
        [70, B(20)],
      ],
    });
    expect(placed([row("B", 10)], [{ lineNo: 30 }]).rows).toEqual([[30, "end"]]);
  });
});

describe("the segment's lines in the order the add-in left them", () => {
  it("compares only the lines in both: lines deleted or added since are no sort", () => {
    expect(sameRelativeOrder([10, 20, 30, 40], [10, 30, 40, 50])).toBe(true);
    expect(sameRelativeOrder([10, 20, 30], [30, 20, 10])).toBe(false);
  });
});
