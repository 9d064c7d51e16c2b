/** Apply Mailing Group as a pure plan: docs/business-rules.md §11 Ex 15, the code check, and cells rewritten in their own style. */
import { buildContactTable } from "../../../src/domain/contacts";
import { contactFacts } from "../../../src/domain/segments/contactFacts";
import { newSegmentHeader } from "../../../src/domain/segments/header";
import { fillLine, type SegmentLine } from "../../../src/domain/segments/line";
import {
  mailingGroupCode,
  planMailingGroup,
  splitValues,
  withCode,
  withoutCode,
} from "../../../src/domain/segments/mailingGroups";
import fc from "fast-check";
import { foldCase } from "../../../src/domain/text";
import { bcBaseSheet, bcBaseValues } from "../../support/bcBaseData";
import { contactTableArb } from "../../support/contactTableArbitrary";

const sheet = bcBaseSheet();
const table = buildContactTable(sheet).table;
const header = newSegmentHeader("SM015", { description: "Christmas" }, "2025-03-01");

function linesOf(numbers: readonly string[], on = table): SegmentLine[] {
  return numbers.map((no, i) =>
    fillLine(header.no, (i + 1) * 10000, header, contactFacts(on, on.rowByNumber.get(no.toLowerCase())!), undefined),
  );
}

const cellsOf = (plan: ReturnType<typeof planMailingGroup>) =>
  Object.fromEntries(plan.changes.map((c) => [c.contactNo, c.after]));

describe("docs/business-rules.md §11 Ex 15: Apply Mailing Group", () => {
  const lines = linesOf(["CT01", "CT02", "CT09"]);

  it("Delete Old Assignments = No: XMAS joins CT01, CT02 and CT09 and stays on CT04", () => {
    const plan = planMailingGroup({ table, sheet, lines, code: "XMAS", deleteOld: false });
    expect(cellsOf(plan)).toEqual({ CT01: "XMAS", CT02: "NEWS; XMAS", CT09: "NEWS; XMAS" });
    expect(plan).toMatchObject({
      added: 3,
      removed: 0,
      alreadyAssigned: 0,
      addColumn: false,
      column: 12,
      header: "Mailing Groups",
    });
    expect(plan.changes.map((c) => c.sheetRow)).toEqual([2, 3, 10]);
  });

  it("Delete Old Assignments = Yes: CT04 loses XMAS (a contact outside the segment), the segment's contacts get it", () => {
    const plan = planMailingGroup({ table, sheet, lines, code: "XMAS", deleteOld: true });
    expect(cellsOf(plan)).toEqual({ CT01: "XMAS", CT02: "NEWS; XMAS", CT04: "", CT09: "NEWS; XMAS" });
    expect(plan).toMatchObject({ added: 3, removed: 1, alreadyAssigned: 0 });
  });

  it.each(["XMAS|NEWS", "", "  ", "X*", "A..B", "<>XMAS", "NEWS;XMAS", "NEWS,XMAS", "=X", "+X", "@X", "'XMAS'"])(
    "refuses %j: Specify a Mailing Group Code.",
    (code) => {
      expect(() => planMailingGroup({ table, sheet, lines, code, deleteOld: false })).toThrow(
        /^Specify a Mailing Group Code/,
      );
    },
  );
});

describe("planMailingGroup", () => {
  it("leaves a contact that has the group already, whatever its case, and counts it", () => {
    const plan = planMailingGroup({ table, sheet, lines: linesOf(["CT02", "CT06"]), code: "news", deleteOld: false });
    expect(plan.changes).toEqual([]);
    expect(plan).toMatchObject({ added: 0, alreadyAssigned: 2 });
  });

  it("with --delete-old keeps a segment contact's existing cell as it is (no remove-and-append churn)", () => {
    const plan = planMailingGroup({ table, sheet, lines: linesOf(["CT04"]), code: "XMAS", deleteOld: true });
    expect(plan.changes).toEqual([]);
    expect(plan.alreadyAssigned).toBe(1);
  });

  it("keeps the user's separators and spelling of the other codes in the cell", () => {
    const values = bcBaseValues();
    values[2][12] = "news ,  Spring";
    const own = { ...sheet, values };
    const ownTable = buildContactTable(own).table;
    const added = planMailingGroup({
      table: ownTable,
      sheet: own,
      lines: linesOf(["CT02"], ownTable),
      code: "XMAS",
      deleteOld: false,
    });
    expect(added.changes[0].after).toBe("news ,  Spring ,  XMAS");
    const removed = planMailingGroup({ table: ownTable, sheet: own, lines: [], code: "spring", deleteOld: true });
    expect(cellsOf(removed)).toEqual({ CT02: "news" });
  });

  it("adds the column at the right end of the header when the sheet has none", () => {
    const values = bcBaseValues().map((row) => row.filter((_, i) => i !== 12));
    const own = { ...sheet, values, firstColumn: 2 };
    const ownTable = buildContactTable(own).table;
    const plan = planMailingGroup({
      table: ownTable,
      sheet: own,
      lines: linesOf(["CT01", "CT09"], ownTable),
      code: "XMAS",
      deleteOld: true,
    });
    expect(plan).toMatchObject({ addColumn: true, column: 2 + 13, header: "Mailing Groups", added: 2, removed: 0 });
    expect(cellsOf(plan)).toEqual({ CT01: "XMAS", CT09: "XMAS" });
  });

  it("names line contacts that are not on the sheet, once, and skips blank ones", () => {
    const lines = [
      ...linesOf(["CT01"]),
      { ...linesOf(["CT02"])[0], lineNo: 20000, contactNo: "CT99" },
      { ...linesOf(["CT02"])[0], lineNo: 30000, contactNo: "CT99" },
      { ...linesOf(["CT02"])[0], lineNo: 40000, contactNo: "" },
    ];
    const plan = planMailingGroup({ table, sheet, lines, code: "XMAS", deleteOld: false });
    expect(plan.notOnSheet).toEqual(["CT99"]);
    expect(plan.added).toBe(1);
  });
});

describe("the code is written as the workbook already writes it", () => {
  it("in the case it already has among the Mailing Groups in use: xmas typed beside an existing XMAS is written XMAS", () => {
    const plan = planMailingGroup({ table, sheet, lines: linesOf(["CT01", "CT02"]), code: "xmas", deleteOld: false });
    expect(plan.code).toBe("XMAS");
    expect(cellsOf(plan)).toEqual({ CT01: "XMAS", CT02: "NEWS; XMAS" });
    const fresh = planMailingGroup({ table, sheet, lines: linesOf(["CT01"]), code: "Spring", deleteOld: false });
    expect(cellsOf(fresh)).toEqual({ CT01: "Spring" });
  });

  it("with the cell's own separator, spacing included, and the sheet's for a cell of one value", () => {
    expect(withCode("NEWS;XMAS", "SPRING")).toBe("NEWS;XMAS;SPRING");
    expect(withCode("NEWS; XMAS", "SPRING")).toBe("NEWS; XMAS; SPRING");
    expect(withCode("NEWS , XMAS", "SPRING")).toBe("NEWS , XMAS , SPRING");
    expect(withoutCode("NEWS;XMAS;SPRING", "xmas")).toBe("NEWS;SPRING");
    const values = bcBaseValues();
    values[2][12] = "NEWS;PRESS";
    const own = { ...sheet, values };
    const ownTable = buildContactTable(own).table;
    const plan = planMailingGroup({
      table: ownTable,
      sheet: own,
      lines: linesOf(["CT09"], ownTable),
      code: "xmas",
      deleteOld: false,
    });
    expect(cellsOf(plan)).toEqual({ CT09: "NEWS;XMAS" });
  });
});

describe("cell text", () => {
  it("splits as the contact table does", () => {
    expect(splitValues(" A; b ,,C ;")).toEqual(["A", "b", "C"]);
  });

  it("appends with the cell's own separator, and only once", () => {
    expect(withCode("", "XMAS")).toBe("XMAS");
    expect(withCode("NEWS", "XMAS")).toBe("NEWS; XMAS");
    expect(withCode("NEWS, SPRING", "XMAS")).toBe("NEWS, SPRING, XMAS");
    expect(withCode("NEWS; xmas", "XMAS")).toBeUndefined();
  });

  it("removes every spelling of the code, and reports a cell without it as unchanged", () => {
    expect(withoutCode("XMAS; NEWS; xmas", "Xmas")).toBe("NEWS");
    expect(withoutCode("NEWS", "XMAS")).toBeUndefined();
    expect(withoutCode("XMAS", "XMAS")).toBe("");
  });

  it("trims the code as typed", () => {
    expect(mailingGroupCode("  XMAS ")).toBe("XMAS");
    expect(mailingGroupCode("X-MAS")).toBe("X-MAS");
  });
});

describe("property: applying on random sheets and segments", () => {
  it("members get the code, only --delete-old takes it from others, other codes stay, and a second run changes nothing", () => {
    fc.assert(
      fc.property(
        contactTableArb(),
        fc.infiniteStream(fc.boolean()),
        fc.constantFrom("XMAS", "news", "VIP", "NEW"),
        fc.boolean(),
        ({ sheet, table }, pick, code, deleteOld) => {
          const chosen = table.numbers.filter(() => pick.next().value);
          const lines = linesOf(chosen, table);
          const plan = planMailingGroup({ table, sheet, lines, code, deleteOld });
          expect(plan.changes.length).toBe(plan.added + plan.removed);
          expect(plan.addColumn).toBe(false);
          const values = sheet.values.map((row) => [...row]);
          for (const change of plan.changes) values[change.sheetRow - 1][plan.column] = change.after;
          const after = { ...sheet, values };
          const members = new Set(chosen.map(foldCase));
          const has = (text: unknown) => splitValues(String(text)).some((v) => foldCase(v) === foldCase(code));
          const others = (text: unknown) => splitValues(String(text)).filter((v) => foldCase(v) !== foldCase(code));
          values.slice(1).forEach((row, i) => {
            const before = sheet.values[i + 1][plan.column];
            const member = members.has(foldCase(String(row[0])));
            if (member) expect(has(row[plan.column])).toBe(true);
            else if (deleteOld) expect(has(row[plan.column])).toBe(false);
            else expect(row[plan.column]).toBe(before);
            expect(others(row[plan.column])).toEqual(others(before));
          });
          const again = planMailingGroup({
            table: buildContactTable(after).table,
            sheet: after,
            lines,
            code,
            deleteOld,
          });
          expect(again.changes).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
