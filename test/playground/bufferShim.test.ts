import fc from "fast-check";
import { utf8ByteLength } from "../../playground/src/shims/buffer";

describe("the playground's Buffer.byteLength", () => {
  it("counts a string's UTF-8 bytes as Node does, lone surrogates included", () => {
    const units = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0x7ff }),
      fc.integer({ min: 0x800, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    );
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts every kind of character of a JSON answer", () => {
    const text = JSON.stringify([["Åsa Öberg", "né", "€", "𝄞 clef", "\u2028", 42, true, null]]);
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
    expect(utf8ByteLength("")).toBe(0);
  });
});
