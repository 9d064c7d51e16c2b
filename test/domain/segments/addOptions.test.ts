import { buildContactTable } from "../../../src/domain/contacts";
import { planAddContacts, previewAddContacts } from "../../../src/domain/segments/addContacts";
import { newSegmentHeader } from "../../../src/domain/segments/header";
import type { SegmentLine } from "../../../src/domain/segments/line";
import { NO_OPTIONS, type Condition, type FilterGroup, type StepOptions } from "../../../src/domain/segments/step";

/**
 * Add Contacts' options (docs/business-rules.md §3.3) and docs/decisions.md §D6 on a sheet built for them: a person with its own
 * industry group besides its company's, an independent person with its own, and a person whose company is missing.
 */
const SHEET = [
  [
    "No.",
    "Type",
    "Name",
    "Company No.",
    "Exclude from Segment",
    "Industry Groups",
    "Business Relations",
    "Mailing Groups",
  ],
  ["CO1", "Company", "Acme", "CO1", false, "RETAIL", "CUST", "XMAS"],
  ["P1", "Person", "Pia", "CO1", false, "MANUF", "", "NEWS"],
  ["P2", "Person", "Per", "CO1", true, "", "", ""],
  ["CO2", "Company", "Bolt", "CO2", true, "MANUF", "VEND", ""],
  ["P4", "Person", "Kim", "CO2", false, "", "", "NEWS"],
  ["I1", "Person", "Ida", "", false, "RETAIL", "PROS", "NEWS"],
  ["P3", "Person", "Max", "MISSING", false, "", "", ""],
];
const { table } = buildContactTable({ sheetName: "Contacts", values: SHEET, locale: "en" });
const env = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };
const header = newSegmentHeader("S", { description: "d" }, env.workdate);
const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });

function add(groups: FilterGroup[], options: Partial<StepOptions> = {}, lines: readonly SegmentLine[] = []) {
  return planAddContacts({ table, header, lines, groups, options: { ...NO_OPTIONS, ...options }, env });
}
const added = (groups: FilterGroup[], options: Partial<StepOptions> = {}, lines: readonly SegmentLine[] = []) =>
  add(groups, options, lines).newLines.map((line) => line.contactNo);

describe("docs/decisions.md §D6: Industry Groups and Business Relations on the contact or its company", () => {
  it("a person matches on its company's value; an independent person on its own", () => {
    expect(added([[where("Industry Groups", "RETAIL")]])).toEqual(["I1", "CO1", "P1"]);
  });

  it("a person matches on its own value too; a company never takes its persons' values", () => {
    // MANUF: P1's own and CO2's (excluded); CO2's person P4 inherits it. CO1 does not get P1's MANUF.
    expect(added([[where("Industry Groups", "MANUF")]])).toEqual(["P1", "P4"]);
  });

  it("Business Relations inherit the same way", () => {
    expect(added([[where("Business Relations", "CUST")]])).toEqual(["CO1", "P1"]);
    expect(added([[where("Business Relations", "PROS")]])).toEqual(["I1"]);
  });

  it("only a contact without values of its own or its company's is blank", () => {
    // P2 and P4 have none of their own but inherit; P3's company is not on the sheet, so it is independent.
    expect(added([[where("Industry Groups", "''")]], { ignoreExclusion: true })).toEqual(["P3"]);
  });

  it("Mailing Groups are the contact's own: persons do not inherit their company's", () => {
    expect(added([[where("Mailing Groups", "XMAS")]])).toEqual(["CO1"]);
  });
});

describe("the same-value rule on a multi-valued column", () => {
  it("one expression needs one value that meets all of it, also across own and inherited values", () => {
    // P1 has MANUF (own) and RETAIL (its company's), but no single value is both.
    expect(added([[where("Industry Groups", "RETAIL&MANUF")]])).toEqual([]);
  });

  it("two conditions on the same column find contacts with both values", () => {
    expect(added([[where("Industry Groups", "RETAIL"), where("Industry Groups", "MANUF")]])).toEqual(["P1"]);
  });

  it("an OR inside one expression matches either value", () => {
    expect(added([[where("Mailing Groups", "NEWS|XMAS")]])).toEqual(["I1", "CO1", "P1", "P4"]);
  });
});

describe("options in BC's order (docs/business-rules.md §3.3)", () => {
  it("Expand Companies pulls in the whole company, then exclusion drops excluded members", () => {
    const plan = add([[where("No.", "P1")]], { expandCompanies: true });
    expect(plan.newLines.map((l) => l.contactNo)).toEqual(["CO1", "P1"]);
    expect(plan).toMatchObject({ matched: 1, excluded: 1 });
  });

  it("Allow Related Companies adds the company only, and an excluded company stays out", () => {
    const plan = add([[where("Mailing Groups", "NEWS")]], { allowRelatedCompanies: true });
    expect(plan.newLines.map((l) => l.contactNo)).toEqual(["I1", "CO1", "P1", "P4"]);
    expect(plan).toMatchObject({ matched: 3, excluded: 1 });
  });

  it("Ignore Exclusion keeps excluded contacts, expanded ones included", () => {
    expect(added([[where("No.", "P4")]], { expandCompanies: true, ignoreExclusion: true })).toEqual(["CO2", "P4"]);
    expect(added([[where("No.", "P1")]], { expandCompanies: true, ignoreExclusion: true })).toEqual([
      "CO1",
      "P2",
      "P1",
    ]);
  });

  it("a contact already on the segment is skipped, unless Allow Existing Contacts; excluded counts first", () => {
    const first = add([[where("No.", "CO1|I1")]]).newLines;
    const again = add([[where("No.", "P1")]], { expandCompanies: true }, first);
    expect(again.newLines.map((l) => l.contactNo)).toEqual(["P1"]);
    expect(again).toMatchObject({ excluded: 1, alreadyPresent: 1 });
    const dup = add([[where("No.", "P1")]], { expandCompanies: true, allowExistingContacts: true }, first);
    expect(dup.newLines.map((l) => [l.lineNo, l.contactNo])).toEqual([
      [30000, "CO1"],
      [40000, "P1"],
    ]);
  });

  it("a line typed with another case still counts as present", () => {
    const first = add([[where("No.", "I1")]]).newLines.map((l) => ({ ...l, contactNo: "i1" }));
    expect(add([[where("No.", "I1")]], {}, first)).toMatchObject({ newLines: [], alreadyPresent: 1 });
  });

  it("the preview counts what the plan does", () => {
    const first = add([[where("No.", "CO1")]]).newLines;
    for (const options of [
      {},
      { expandCompanies: true },
      { allowRelatedCompanies: true, ignoreExclusion: true },
      { allowExistingContacts: true },
    ]) {
      const input = {
        table,
        lines: first,
        groups: [[where("Mailing Groups", "NEWS")]],
        options: { ...NO_OPTIONS, ...options },
        env,
      };
      const plan = planAddContacts({ ...input, header });
      // The preview's make-up is checked in makeUp.test.ts.
      const { makeUp: _, ...counts } = previewAddContacts(input);
      expect(counts).toEqual({
        matched: plan.matched,
        excluded: plan.excluded,
        alreadyPresent: plan.alreadyPresent,
        added: plan.newLines.length,
      });
    }
  });
});
