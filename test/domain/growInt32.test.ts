import fc from "fast-check";
import { growInt32 } from "../../src/domain/growInt32";

describe("growInt32", () => {
  it("keeps the array when it is long enough", () => {
    const array = new Int32Array(8);
    expect(growInt32(array, 8)).toBe(array);
  });

  it("returns a copy at least `size` long that starts with the old ints, at least doubling", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 50 }),
        fc.nat(200),
        (ints, extra) => {
          const array = Int32Array.from(ints);
          const size = ints.length + 1 + extra;
          const grown = growInt32(array, size);
          expect(grown.length).toBeGreaterThanOrEqual(Math.max(size, ints.length * 2));
          expect(Array.from(grown.subarray(0, ints.length))).toEqual(ints);
          expect(grown.subarray(ints.length).every((value) => value === 0)).toBe(true);
        },
      ),
    );
  });
});
