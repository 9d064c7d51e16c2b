/**
 * The contact-number index compares numbers ignoring case without folding them (docs/decisions.md §D1): checked
 * against foldCase itself on text that folds oddly (the Kelvin sign folds to ASCII k, İ to two characters, a final
 * sigma by what surrounds it).
 */
import fc from "fast-check";
import { foldedHash, foldsTo, lowBitsHolding, NumberIndex, sameFolded } from "../../../src/domain/contacts/numberIndex";
import { foldCase } from "../../../src/domain/text";

const unit = fc.constantFrom(
  "a",
  "A",
  "k",
  "K",
  "\u212a",
  "i",
  "I",
  "\u0130",
  "\u03a3",
  "\u03c3",
  "\u03c2",
  "ß",
  "Å",
  "å",
  "1",
  "-",
);
const text = fc.string({ unit, maxLength: 6 });

describe("contact-number index (property)", () => {
  it("compares and hashes as foldCase does", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameFolded(a, b)).toBe(foldCase(a) === foldCase(b));
        expect(foldsTo(a, b)).toBe(foldCase(a) === b);
        expect(foldsTo(a, foldCase(a))).toBe(true);
        if (foldCase(a) === foldCase(b)) expect(foldedHash(a)).toBe(foldedHash(b));
        expect(foldedHash(a)).toBe(foldedHash(foldCase(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers like a Map keyed by the folded numbers", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.array(text, { maxLength: 10 }), (numbers, probes) => {
        const index = new NumberIndex(numbers, numbers.length);
        const map = new Map<string, number>();
        numbers.forEach((number, row) => {
          const first = map.get(foldCase(number));
          expect(index.addFirst(row)).toBe(first ?? -1);
          if (first === undefined) map.set(foldCase(number), row);
        });
        expect([...index]).toEqual([...map]);
        expect(index.size).toBe(map.size);
        for (const probe of [...probes, ...numbers]) {
          expect(index.get(probe)).toBe(map.get(probe));
          expect(index.has(probe)).toBe(map.has(probe));
          expect(index.rowIgnoringCase(probe)).toBe(map.get(foldCase(probe)) ?? -1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("answers like a Map whatever order the rows come in, and with room to spare", () => {
    fc.assert(
      fc.property(
        fc
          .array(text, { maxLength: 40 })
          .chain((numbers) =>
            fc.tuple(
              fc.constant(numbers),
              fc.shuffledSubarray([...numbers.keys()], { minLength: numbers.length }),
              fc.nat(100),
            ),
          ),
        ([numbers, order, spare]) => {
          const index = new NumberIndex(numbers, numbers.length + spare);
          const map = new Map<string, number>();
          for (const row of order) {
            const first = map.get(foldCase(numbers[row]));
            expect(index.addFirst(row)).toBe(first ?? -1);
            if (first === undefined) map.set(foldCase(numbers[row]), row);
          }
          expect([...index.values()]).toEqual([...map.values()]);
          expect([...index.keys()]).toEqual([...map.keys()]);
          for (const number of numbers) expect(index.get(foldCase(number))).toBe(map.get(foldCase(number)));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Thousands of numbers fill the table's tags and probe chains far more than the short arrays above.
  it("finds each of many numbers, and none that is missing", () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => `CT${String(i).padStart(7, "0")}`);
    const index = new NumberIndex(numbers, numbers.length);
    numbers.forEach((_, row) => expect(index.addFirst(row)).toBe(-1));
    numbers.forEach((number, row) => {
      expect(index.rowIgnoringCase(number.toLowerCase())).toBe(row);
      expect(index.get(number.toLowerCase())).toBe(row);
    });
    expect(index.rowIgnoringCase("CT0005000")).toBe(-1);
    expect(index.size).toBe(5000);
    expect([...index.values()]).toEqual([...numbers.keys()]);
  });

  it("refuses a row beyond its capacity instead of packing it into the hash's bits", () => {
    const index = new NumberIndex(["a", "b", "c"], 2);
    expect(index.addFirst(0)).toBe(-1);
    expect(() => index.addFirst(2)).toThrow(/capacity/);
  });
});

describe("lowBitsHolding", () => {
  it("is the narrowest all-ones mask at or above the number, capped at 31 bits", () => {
    expect([0, 1, 2, 3, 4, 7, 8].map(lowBitsHolding)).toEqual([1, 1, 3, 3, 7, 7, 15]);
    expect(lowBitsHolding(1_000_000)).toBe(2 ** 20 - 1);
    expect(lowBitsHolding(2 ** 20)).toBe(2 ** 21 - 1);
    expect(lowBitsHolding(2 ** 31 - 1)).toBe(2 ** 31 - 1);
    expect(lowBitsHolding(2 ** 40)).toBe(2 ** 31 - 1);
  });
});
