/**
 * A checkpoint in typed arrays (docs/decisions.md §D113) must read exactly as the Map it replaces: the same entries
 * in the same order, the same prints by Line No., a Line No. given twice in its first place with its last print,
 * and prints that are not a fingerprint's base-36 number (blank, old or hand-written) kept as they were.
 */
import fc from "fast-check";
import { Checkpoint } from "../../../src/domain/segments/checkpoint";

const print = fc.oneof(
  fc.nat({ max: 0xffffffff }).map((n) => n.toString(36)),
  fc.constantFrom("", "0", "00", "1X", "zzzzzzz", "1z141z4", "1z141z3", " a", "-1", "ab.c", "0x10"),
  fc.string({ maxLength: 9 }),
);
const lineNo = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((n) => n * 10000),
  fc.integer({ min: -5, max: 5 }),
  fc.constant(-0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const pairs = fc.array(fc.tuple(lineNo, print), { maxLength: 60 });

describe("Checkpoint", () => {
  it("reads as the Map of the same pairs", () => {
    fc.assert(
      fc.property(pairs, fc.array(lineNo, { maxLength: 10 }), (given, probes) => {
        const map = new Map(given);
        const checkpoint = Checkpoint.from(given);
        expect(checkpoint.size).toBe(map.size);
        expect([...checkpoint]).toEqual([...map]);
        expect([...checkpoint.keys()]).toEqual([...map.keys()]);
        expect([...checkpoint.values()]).toEqual([...map.values()]);
        const seen: [number, string][] = [];
        checkpoint.forEach((value, key) => seen.push([key, value]));
        expect(seen).toEqual([...map]);
        for (const probe of [...probes, ...given.map(([no]) => no)]) {
          expect(checkpoint.get(probe)).toBe(map.get(probe));
          expect(checkpoint.has(probe)).toBe(map.has(probe));
        }
      }),
    );
  });

  it("takes a print as the number it spells, of lines given each once", () => {
    const lines = fc.uniqueArray(fc.tuple(lineNo, fc.nat({ max: 0xffffffff })), {
      maxLength: 40,
      selector: ([no]) => no,
      comparator: "SameValueZero",
    });
    fc.assert(
      fc.property(lines, (given) => {
        const byNumber = Checkpoint.of(
          given.length,
          (i) => given[i][0],
          (i) => given[i][1],
        );
        const asText = given.map(([no, n]) => [no, n.toString(36)] as const);
        expect([...byNumber]).toEqual([...new Map(asText)]);
      }),
    );
  });

  it("takes pairs from a generator, read once", () => {
    function* once(): Generator<[number, string]> {
      yield [20000, "b"];
      yield [10000, "a"];
      yield [20000, "c"];
    }
    expect([...Checkpoint.from(once())]).toEqual([
      [20000, "c"],
      [10000, "a"],
    ]);
  });
});
