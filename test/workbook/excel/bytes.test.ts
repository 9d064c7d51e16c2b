/** Sizes as Excel on the web counts them, and the read hash. */
import fc from "fast-check";
import { jsonBytes, PAUSE_ROWS, RowHash, utf8Length } from "../../../src/workbook/excel/bytes";

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

describe("a block measured with pauses", () => {
  it("hashes and measures as in one go, pausing after each slice of rows", async () => {
    const rows = Array.from({ length: 2 * PAUSE_ROWS + 5 }, (_, i) => [`CT${i}`, i, i % 2 === 0, "Åsa"]);
    let pauses = 0;
    const pausing = new RowHash();
    const bytes = await pausing.addMeasuredPausing(rows, async () => void pauses++);
    const inOneGo = new RowHash();
    expect(bytes).toBe(inOneGo.addMeasured(rows));
    expect(bytes).toBe(jsonBytes(rows));
    expect(pausing.value()).toBe(inOneGo.value());
    expect(pauses).toBe(3);
    expect(await new RowHash().addMeasuredPausing([], async () => void pauses++)).toBe(jsonBytes([]));
  });

  it("matches jsonBytes and the reference hash on random rows, in any slices", async () => {
    const cell = fc.oneof(fc.string({ unit: "grapheme" }), fc.double(), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), async (rows) => {
        const hash = new RowHash();
        expect(await hash.addMeasuredPausing(rows, () => Promise.resolve())).toBe(jsonBytes(rows));
        expect(hash.value()).toBe(referenceHash(rows));
      }),
    );
  });
});
