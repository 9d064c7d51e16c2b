/**
 * The string table numbers its keys in order of insertion; `add` after a missed `find` of the same text reuses the
 * slot the miss stopped at (docs/decisions.md §D96). Checked against a Map over mixed finds and adds, across the
 * table's growth (at half full) and with other text added between a miss and its add.
 */
import fc from "fast-check";
import { StringTable } from "../../../src/domain/contacts/stringTable";

type Op = { readonly find: boolean; readonly key: string };

function replay(ops: readonly Op[]): void {
  const table = new StringTable();
  const model = new Map<string, number>();
  for (const { find, key } of ops) {
    if (find) {
      expect(table.find(key)).toBe(model.get(key) ?? -1);
    } else {
      if (!model.has(key)) model.set(key, model.size);
      expect(table.add(key)).toBe(model.get(key));
    }
    expect(table.size).toBe(model.size);
  }
  expect(table.keys).toEqual([...model.keys()]);
  for (const [key, id] of model) expect(table.find(key)).toBe(id);
}

describe("string table", () => {
  it("answers like a Map over any finds and adds", () => {
    const key = fc.string({ unit: fc.constantFrom("a", "b", "å", " "), maxLength: 4 });
    fc.assert(fc.property(fc.array(fc.record({ find: fc.boolean(), key }), { maxLength: 300 }), replay), {
      numRuns: 300,
    });
  });

  it("adds a missed key where the miss stopped, also when that add makes the table grow", () => {
    // The table starts with 64 slots and grows when an add makes it more than half full: key 32 is the 33rd.
    const ops: Op[] = [];
    for (let i = 0; i < 200; i++) ops.push({ find: true, key: `k${i}` }, { find: false, key: `k${i}` });
    replay(ops);
  });

  it("does not reuse a miss once other text was added after it", () => {
    const table = new StringTable();
    expect(table.find("x")).toBe(-1);
    expect(table.add("y")).toBe(0);
    // "x" may hash to the slot "y" just took: the stale miss must not put it there.
    expect(table.add("x")).toBe(1);
    expect(table.find("y")).toBe(0);
    expect(table.find("x")).toBe(1);
    expect(table.add("x")).toBe(1);
  });

  it("adds the missed text only once when the same text is missed twice", () => {
    const table = new StringTable();
    expect(table.find("x")).toBe(-1);
    expect(table.find("x")).toBe(-1);
    expect(table.add("x")).toBe(0);
    expect(table.add("x")).toBe(0);
    expect(table.size).toBe(1);
  });

  it("keeps many keys apart across every growth", () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `Person ${i}`);
    replay(
      keys.flatMap((key) => [
        { find: true, key },
        { find: false, key },
        { find: true, key: `${key}!` },
      ]),
    );
  });
});
