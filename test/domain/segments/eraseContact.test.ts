/** Erasing a contact as a pure plan: which lines go, how entries are anonymised, when history must be cleared. */
import {
  historyAfterErasure,
  historyMentions,
  nextPseudonym,
  planErasure,
  type ContactIdentity,
} from "../../../src/domain/segments/eraseContact";
import { EMPTY_HISTORY, type SegmentHistory } from "../../../src/domain/segments/history";
import type { SegmentLine } from "../../../src/domain/segments/line";

const line = (segmentNo: string, lineNo: number, contactNo: string) =>
  ({ segmentNo, lineNo, contactNo, contactName: `name of ${contactNo}` }) as SegmentLine;
const entry = (
  entryNo: number,
  contactNo: string,
  contactCompanyNo = "",
  cost = 2.5,
): ContactIdentity & { cost: number } => ({
  entryNo,
  contactNo,
  contactCompanyNo,
  contactName: `name of ${contactNo}`,
  cost,
});

describe("planErasure", () => {
  const lines = [line("SEG1", 10000, "K2"), line("SEG1", 20000, "K3"), line("SEG2", 10000, " k2 ")];
  const entries = [entry(1, "K2", "K1"), entry(2, "K3", "K1"), entry(3, "ERASED-4"), entry(4, "k2", "K1", 0.1)];

  it("takes every line of the contact, in any segment, whatever the case and spaces typed", () => {
    const plan = planErasure(" K2", lines, entries);
    expect(plan.contactNo).toBe("K2");
    expect(plan.lines.map((l) => [l.segmentNo, l.lineNo])).toEqual([
      ["SEG1", 10000],
      ["SEG2", 10000],
    ]);
  });

  it("replaces No. and name by one pseudonym past the last one, and keeps the company, costs and entry numbers", () => {
    const plan = planErasure("K2", lines, entries);
    expect(plan.pseudonym).toBe("ERASED-5");
    expect(plan.entries).toEqual([
      { entryNo: 1, contactNo: "ERASED-5", contactCompanyNo: "K1", contactName: "ERASED-5", cost: 2.5 },
      { entryNo: 4, contactNo: "ERASED-5", contactCompanyNo: "K1", contactName: "ERASED-5", cost: 0.1 },
    ]);
  });

  it("replaces a company's own Company No. too", () => {
    const plan = planErasure("K1", [], [entry(7, "K1", "K1"), entry(8, "K2", "K1")]);
    expect(plan.entries).toEqual([
      { entryNo: 7, contactNo: "ERASED-1", contactCompanyNo: "ERASED-1", contactName: "ERASED-1", cost: 2.5 },
    ]);
  });

  it("has no pseudonym when the contact has no entries, and refuses a blank No.", () => {
    expect(planErasure("K3", lines, []).pseudonym).toBe("");
    expect(() => planErasure("  ", lines, entries)).toThrow("Give the No. of the contact to erase.");
  });

  it("numbers pseudonyms from the log", () => {
    expect(nextPseudonym([])).toBe("ERASED-1");
    expect(nextPseudonym([entry(1, "erased-9"), entry(2, "ERASED-10"), entry(3, "ERASED-x")])).toBe("ERASED-11");
  });
});

describe("history", () => {
  const row = (lineNo: number, contactNo: string) => ({ record: line("SEG1", lineNo, contactNo), extra: [] });
  const delta = (insert: ReturnType<typeof row>[]) => ({
    insertLines: insert,
    deleteLineNos: [],
    insertCriteria: [],
    deleteCriteriaLineNos: [],
  });
  const history: SegmentHistory = {
    undo: [{ action: "Remove Contacts (Reduce)", delta: delta([row(20000, "K2")]) }],
    redo: [{ action: "Add Contacts", delta: delta([row(30000, "K7")]) }],
    checkpoint: new Map([
      [10000, "a"],
      [40000, "b"],
    ]),
  };

  it("is mentioned when Go Back or Go Forward would put a line of the contact back", () => {
    expect(historyMentions(history, "k2")).toBe(true);
    expect(historyMentions(history, "K7")).toBe(true);
    expect(historyMentions(history, "K1")).toBe(false);
    expect(historyMentions(EMPTY_HISTORY, "K2")).toBe(false);
  });

  it("after erasure has no steps, and forgets only the erased lines' fingerprints", () => {
    const after = historyAfterErasure(history, [40000]);
    expect(after.undo).toEqual([]);
    expect(after.redo).toEqual([]);
    expect([...after.checkpoint]).toEqual([[10000, "a"]]);
    expect(history.checkpoint.size).toBe(2);
  });
});
