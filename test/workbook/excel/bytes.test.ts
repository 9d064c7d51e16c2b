/** Sizes as Excel on the web counts them, and the read hash. */
import fc from "fast-check";
import { jsonBytes, PAUSE_ROWS, RowHash, sizeOfRows, SIZE_STRIDE, utf8Length } from "../../../src/workbook/excel/bytes";

/** The hash as first written: FNV-1a over each row's JSON and a newline, code unit by code unit. */
function referenceHash(rows: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  for (const row of rows) {
    const text = JSON.stringify(row) + "\n";
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

describe("bytes", () => {
  it("counts UTF-8 as Excel on the web does: å is 2 bytes, an emoji 4", () => {
    expect(utf8Length("aå🌲")).toBe(1 + 2 + 4);
  });

  it("hashes rows the same whatever the blocks", () => {
    const rows = [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ];
    expect(new RowHash().add(rows).value()).toBe(new RowHash().add(rows.slice(0, 1)).add(rows.slice(1)).value());
    expect(new RowHash().add(rows).value()).not.toBe(
      new RowHash()
        .add([
          ["a", 1],
          ["b", 2],
          ["c", 4],
        ])
        .value(),
    );
  });

  it("measures rows in the hashing pass exactly as jsonBytes does, with the same hash (lone surrogates too)", () => {
    const cell = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.double(), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), (rows) => {
        const hash = new RowHash();
        expect(hash.addMeasured(rows)).toBe(jsonBytes(rows));
        expect(hash.value()).toBe(referenceHash(rows));
      }),
    );
    expect(new RowHash().addMeasured([["\ud83c"], ["a\udf32"]])).toBe(jsonBytes([["\ud83c"], ["a\udf32"]]));
  });
});

describe("a block's size estimated from a sample of its rows", () => {
  it("is exact for a block of one slice or less", async () => {
    const cell = fc.oneof(fc.string({ unit: "grapheme" }), fc.double(), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), async (rows) => {
        expect(await sizeOfRows(rows)).toBe(jsonBytes(rows));
      }),
    );
  });

  it("is exact for rows of one width, pausing after each slice", async () => {
    const rows = Array.from({ length: 3 * PAUSE_ROWS + 7 }, (_, i) => [`CT${String(i).padStart(6, "0")}`, "Åsa", 12]);
    let pauses = 0;
    expect(await sizeOfRows(rows, async () => void pauses++)).toBe(jsonBytes(rows));
    expect(pauses).toBe(4);
  });

  it("scales the rows it measured to the rows it did not", async () => {
    // Every SIZE_STRIDE-th row is long: the estimate sees only those.
    const rows = Array.from({ length: 2 * PAUSE_ROWS }, (_, i) => [i % SIZE_STRIDE === 0 ? "x".repeat(100) : "y"]);
    const measured = rows.filter((_, i) => i % SIZE_STRIDE === 0);
    expect(await sizeOfRows(rows)).toBe(rows.length + 1 + (jsonBytes(measured) - measured.length - 1) * SIZE_STRIDE);
  });
});
