/** Entry numbering and BC's No. of Interactions, as pure functions. */
import { lastEntryNos, noOfInteractions } from "../../../src/domain/interactions/logEntry";
import { correctedCorrespondenceType } from "../../../src/domain/interactions/logSegment";
import { interactionTotals } from "../../../src/domain/interactions/totals";
import { logEntry, loggedSegment } from "../../support/interactionFixtures";

describe("lastEntryNos", () => {
  it("is the largest number on each sheet, 0 on empty sheets", () => {
    expect(lastEntryNos([], [])).toEqual({ logged: 0, entry: 0 });
    expect(
      lastEntryNos(
        [loggedSegment({ entryNo: 3 }), loggedSegment({ entryNo: 7 })],
        [logEntry({ entryNo: 120, loggedSegmentEntryNo: 3 })],
      ),
    ).toEqual({ logged: 7, entry: 120 });
  });

  it("counts a logged segment whose row was deleted by hand while its entries still name it", () => {
    expect(
      lastEntryNos([loggedSegment({ entryNo: 7 })], [logEntry({ entryNo: 130, loggedSegmentEntryNo: 9 })]).logged,
    ).toBe(9);
  });
});

describe("noOfInteractions (docs/business-rules.md §8.2)", () => {
  const entries = [
    logEntry({ entryNo: 1, loggedSegmentEntryNo: 8 }),
    logEntry({ entryNo: 2, loggedSegmentEntryNo: 8, canceled: true }),
    logEntry({ entryNo: 3, loggedSegmentEntryNo: 8 }),
    logEntry({ entryNo: 4, loggedSegmentEntryNo: 9 }),
  ];
  it("counts the entries whose Canceled equals the logged segment's own", () => {
    expect(noOfInteractions(loggedSegment({ entryNo: 8 }), entries)).toBe(2);
    expect(noOfInteractions(loggedSegment({ entryNo: 8, canceled: true }), entries)).toBe(1);
  });
});

describe("the e-mail correction (docs/business-rules.md §7.2, Send off)", () => {
  it("blanks Email for a contact without an address, and only then", () => {
    expect(correctedCorrespondenceType("Email", "")).toBe("");
    expect(correctedCorrespondenceType("Email", "  ")).toBe("");
    expect(correctedCorrespondenceType("Email", "a@b")).toBe("Email");
    expect(correctedCorrespondenceType("Hard Copy", "")).toBe("Hard Copy");
    expect(correctedCorrespondenceType("", "")).toBe("");
  });
});

describe("interactionTotals", () => {
  it("groups codes ignoring case (first spelling kept), sorts them, and keeps blank codes as their own group", () => {
    const totals = interactionTotals([
      logEntry({
        entryNo: 1,
        interactionTemplateCode: "letter",
        interactionGroupCode: "LETTERS",
        cost: 1.1,
        duration: 3,
      }),
      logEntry({
        entryNo: 2,
        interactionTemplateCode: "LETTER",
        interactionGroupCode: "letters",
        cost: 2.2,
        duration: 4,
      }),
      logEntry({ entryNo: 3, interactionTemplateCode: "", interactionGroupCode: "", cost: 0, duration: 0 }),
      logEntry({
        entryNo: 4,
        interactionTemplateCode: "MEETING",
        interactionGroupCode: "MEETINGS",
        cost: 9,
        duration: 60,
        canceled: true,
      }),
    ]);
    expect(totals.byTemplate).toEqual([
      { code: "", count: 1, cost: 0, duration: 0 },
      { code: "letter", count: 2, cost: 3.3, duration: 7 },
    ]);
    expect(totals.byGroup.map((g) => g.code)).toEqual(["", "LETTERS"]);
    expect(totals.all).toEqual({ code: "", count: 3, cost: 3.3, duration: 7 });
  });

  it("of no entries is empty", () => {
    expect(interactionTotals([])).toEqual({
      byTemplate: [],
      byGroup: [],
      all: { code: "", count: 0, cost: 0, duration: 0 },
    });
  });
});
