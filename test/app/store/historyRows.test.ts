/**
 * The checkpoint written without an array per line (docs/decisions.md §D93) is the text JSON.stringify writes for
 * its entries, and reads back as the same map in the same order.
 */
import fc from "fast-check";
import { checkpointJson, historyChange, parseHistory, type HistoryRow } from "../../../src/app/store/historyRows";

const checkpoints = fc
  .array(fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.string({ unit: "grapheme", maxLength: 12 })), {
    maxLength: 60,
  })
  .map((entries) => new Map(entries));

test("checkpointJson writes what JSON.stringify writes of the entries", () => {
  fc.assert(
    fc.property(checkpoints, (checkpoint) => {
      expect(checkpointJson(checkpoint)).toBe(JSON.stringify([...checkpoint]));
    }),
  );
});

test("worked example: quotes, backslashes and non-ASCII text", () => {
  const checkpoint = new Map([
    [10000, 'a"b\\c'],
    [20000, "Jönköping"],
    [5000, ""],
  ]);
  expect(checkpointJson(checkpoint)).toBe('[[10000,"a\\"b\\\\c"],[20000,"Jönköping"],[5000,""]]');
  expect(checkpointJson(new Map())).toBe("[]");
});

test("a written checkpoint reads back as the same map, in order", () => {
  fc.assert(
    fc.property(checkpoints, (checkpoint) => {
      const empty = parseHistory("SEG01", []);
      const change = historyChange(empty, { undo: [], redo: [], checkpoint });
      const rows = (change.insert ?? []).map((row) => row.record as HistoryRow);
      expect([...parseHistory("SEG01", rows).history.checkpoint]).toEqual([...checkpoint]);
    }),
  );
});
