/**
 * A line's fingerprint is hashed part by part (docs/decisions.md §D100): it must stay the hash of the text the
 * checkpoints already stored were made from, `key=value` parts joined by U+0001, or every stored line would read as
 * edited by hand.
 */
import fc from "fast-check";
import {
  checkpointOf,
  fingerprint,
  handChanges,
  type CellValue,
  type LineRow,
} from "../../../src/domain/segments/history";

/** The fingerprint as first written: the parts' text built whole, then hashed. */
function joinedFingerprint(record: Record<string, unknown>, extra: readonly (readonly [number, unknown])[]): string {
  const canonical = (value: unknown) =>
    value === null || value === undefined ? "" : typeof value === "string" ? value.trim() : String(value);
  const parts = Object.keys(record)
    .sort()
    .map((key) => `${key}=${canonical(record[key])}`);
  const cells = [...extra].filter(([, cell]) => canonical(cell) !== "").sort((a, b) => a[0] - b[0]);
  for (const [index, cell] of cells) parts.push(`#${index}=${canonical(cell)}`);
  const text = parts.join("\u0001");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const value = fc.oneof(
  fc.string(),
  fc.constantFrom(" CT01 ", "Åsa\u00a0", "\u2028x\u0001=", ""),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constant(" y "),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

describe("a line's fingerprint", () => {
  it("is the hash of its parts' joined text, for any record and extra cells", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), value),
        fc.array(fc.tuple(fc.nat(40), cell), { maxLength: 4 }),
        (record, extra) => {
          expect(fingerprint({ record, extra })).toBe(joinedFingerprint(record, extra));
        },
      ),
    );
  });

  it("reads the checkpoints stored before: worked examples", () => {
    const line = { segmentNo: "SEG00001", lineNo: 10000, contactNo: " CT01 ", cost: 0.1, logged: false, date: "" };
    expect(fingerprint({ record: line, extra: [] })).toBe("3kmko4");
    const withCells = { segmentNo: "SEG00001", lineNo: 20000, contactName: "Åsa\u00a0" };
    const cells: [number, CellValue][] = [
      [3, "x"],
      [1, " y "],
      [2, ""],
    ];
    expect(fingerprint({ record: withCells, extra: cells })).toBe("3a6tuc");
  });

  it("is each line's own in a checkpoint of many, whether lines share their keys, in one order or another, or not", () => {
    // Keys from a small pool, so that lines often have the same ones, in the same or another order.
    const line = fc
      .tuple(fc.uniqueArray(fc.constantFrom("contactNo", "cost", "date", "a", "b"), { maxLength: 5 }), value, value)
      .map(([keys, first, other]) => Object.fromEntries(keys.map((key, i) => [key, i === 0 ? first : other])));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.array(fc.tuple(fc.nat(9), cell), { maxLength: 2 })), { maxLength: 8 }),
        (made) => {
          const lines = made.map(([record, extra], i) => ({
            record: { ...record, lineNo: i + 1 },
            extra,
          })) as unknown as LineRow[];
          const checkpoint = checkpointOf(lines);
          lines.forEach((row) =>
            expect(checkpoint.get(row.record.lineNo)).toBe(joinedFingerprint({ ...row.record }, row.extra)),
          );
          expect(handChanges({ undo: [], redo: [], checkpoint }, lines)).toEqual([]);
        },
      ),
    );
  });

  it("hashes a record's own keys alone, whatever records came before (the sorted keys are reused)", () => {
    const line = { segmentNo: "SEG00001", lineNo: 10000, contactNo: "CT01" };
    const inheriting: Record<string, unknown> = Object.assign(Object.create({ inherited: "x" }), line);
    const reordered = { lineNo: 10000, contactNo: "CT01", segmentNo: "SEG00001" };
    for (const record of [line, inheriting, line, reordered, { ...line, extra: 1 }, line])
      expect(fingerprint({ record, extra: [] })).toBe(joinedFingerprint(record, []));
  });

  it("sees no part without a record or cells: the empty text's hash", () => {
    expect(fingerprint({ record: {}, extra: [] })).toBe(joinedFingerprint({}, []));
  });
});
