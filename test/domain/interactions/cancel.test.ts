/** planCancel (docs/business-rules.md §8.2) as a pure function: the rows it changes, and only those. */
import { planCancel } from "../../../src/domain/interactions/cancel";
import { logEntry, loggedSegment } from "../../support/interactionFixtures";

const logged = [
  loggedSegment({ entryNo: 7, noOfInteractions: 1 }),
  loggedSegment({ entryNo: 8, segmentNo: "SM010", noOfInteractions: 2 }),
];
const entries = [
  logEntry({ entryNo: 120, loggedSegmentEntryNo: 7 }),
  logEntry({ entryNo: 121, loggedSegmentEntryNo: 8 }),
  logEntry({ entryNo: 122, loggedSegmentEntryNo: 8, canceled: true }),
  logEntry({ entryNo: 123, loggedSegmentEntryNo: 0 }),
];

it("canceling a logged segment returns it and the entries that change, recounted", () => {
  const plan = planCancel(logged, entries, { logged: 8 }, "cancel");
  expect(plan.canceled).toBe(true);
  expect(plan.entries.map((e) => [e.entryNo, e.canceled])).toEqual([[121, true]]);
  expect(plan.logged).toEqual([{ ...logged[1], canceled: true, noOfInteractions: 2 }]);
});

it("entries outside any logged segment can be canceled and uncanceled freely", () => {
  expect(planCancel(logged, entries, { entries: [123] }, "cancel")).toEqual({
    canceled: true,
    entries: [{ ...entries[3], canceled: true }],
    logged: [],
  });
});

it("an entry change rewrites its logged segment only when the count changes", () => {
  const plan = planCancel(logged, entries, { entries: [121, 120] }, "cancel");
  expect(plan.logged.map((l) => [l.entryNo, l.noOfInteractions])).toEqual([
    [7, 0],
    [8, 0],
  ]);
  expect(planCancel(logged, entries, { entries: [122] }, "cancel").logged).toEqual([]);
});

it("never changes its input", () => {
  const copy = JSON.stringify({ logged, entries });
  planCancel(logged, entries, { logged: 8 }, "switch");
  planCancel(logged, entries, { entries: [122, 121] }, "switch");
  expect(JSON.stringify({ logged, entries })).toBe(copy);
});

it("refuses an empty selection", () => {
  expect(() => planCancel(logged, entries, { entries: [] }, "cancel")).toThrow(
    "Name at least one interaction log entry.",
  );
});
