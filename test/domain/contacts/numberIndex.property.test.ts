/**
 * The contact-number index compares numbers ignoring case without folding them (docs/decisions.md §D1): checked
 * against foldCase itself on text that folds oddly (the Kelvin sign folds to ASCII k, İ to two characters, a final
 * sigma by what surrounds it).
 */
import fc from "fast-check";
import { foldedHash, foldsTo, NumberIndex, sameFolded } from "../../../src/domain/contacts/numberIndex";
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
});
