import { buildContactTable } from "../../../src/domain/contacts";
import { planAddContacts, type AddContactsInput } from "../../../src/domain/segments/addContacts";
import { newSegmentHeader, type SegmentHeader } from "../../../src/domain/segments/header";
import type { SegmentLine } from "../../../src/domain/segments/line";
import { NO_OPTIONS, type Condition, type StepOptions } from "../../../src/domain/segments/step";
import { bcBaseSheet } from "../../support/bcBaseData";
import { LETTER } from "../../support/bcTemplates";

const table = buildContactTable(bcBaseSheet()).table;
const env = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };
const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });

function add(conditions: Condition[], options: Partial<StepOptions> = {}, extra: Partial<AddContactsInput> = {}) {
  const header = extra.header ?? newSegmentHeader("SM001", { description: "Retail letter" }, env.workdate);
  return planAddContacts({
    table,
    header,
    lines: [],
    groups: [conditions],
    options: { ...NO_OPTIONS, ...options },
    env,
    ...extra,
  });
}

const contacts = (lines: readonly SegmentLine[]) => lines.map((line) => line.contactNo);
const numbered = (lines: readonly SegmentLine[]) => lines.map((line) => [line.lineNo, line.contactNo]);

describe("docs/business-rules.md §11 Ex 1: Add by industry group, persons inherit their company's", () => {
  const header: SegmentHeader = newSegmentHeader("SM001", { description: "Retail letter" }, env.workdate, LETTER);
  const plan = add([where("Industry Groups", "RETAIL")], {}, { header, template: LETTER });

  it("adds the companies and their persons, drops the excluded one, in BC's order", () => {
    expect(numbered(plan.newLines)).toEqual([
      [10000, "CT01"],
      [20000, "CT02"],
      [30000, "CT03"],
      [40000, "CT04"],
      [50000, "CT06"],
    ]);
    expect(plan).toMatchObject({ excluded: 1, alreadyPresent: 0 });
  });

  it("fills each line from the header, the contact and the template (docs/business-rules.md §2.2)", () => {
    expect(
      plan.newLines.map((l) => [
        l.contactCompanyName,
        l.contactName,
        l.salespersonCode,
        l.correspondenceType,
        l.cost,
        l.duration,
      ]),
    ).toEqual([
      ["Alpine Ltd", "", "JO", "Email", 2.5, 5],
      ["Alpine Ltd", "Anna Berg", "JO", "Email", 2.5, 5],
      ["Alpine Ltd", "Carl Dahl", "PS", "Hard Copy", 2.5, 5],
      ["Blue Corp", "", "PS", "Hard Copy", 2.5, 5],
      ["Blue Corp", "Erik Fors", "", "Hard Copy", 2.5, 5],
    ]);
    for (const line of plan.newLines) {
      expect(line).toMatchObject({
        segmentNo: "SM001",
        interactionTemplateCode: "LETTER",
        interactionGroupCode: "LETTERS",
        date: "2025-03-01",
        description: "Retail letter",
        informationFlow: "Outbound",
        initiatedBy: "Us",
        evaluation: "",
      });
    }
    expect(plan.newLines.map((l) => l.contactCompanyNo)).toEqual(["CT01", "CT01", "CT01", "CT04", "CT04"]);
  });
});

describe("docs/business-rules.md §11 Ex 2 and 3: Expand Companies", () => {
  it("expands matched companies to all their persons, exclusion still applies", () => {
    const plan = add([where("Type", "Company"), where("Industry Groups", "RETAIL")], { expandCompanies: true });
    expect(contacts(plan.newLines)).toEqual(["CT01", "CT02", "CT03", "CT04", "CT06"]);
  });

  it("expands a single person to its company and colleagues; an independent person stays alone", () => {
    expect(contacts(add([where("No.", "CT02")], { expandCompanies: true }).newLines)).toEqual(["CT01", "CT02", "CT03"]);
    expect(contacts(add([where("No.", "CT09")], { expandCompanies: true }).newLines)).toEqual(["CT09"]);
  });
});

describe("docs/business-rules.md §11 Ex 4: Allow Related Companies, exclusion per contact", () => {
  it("adds the persons' companies but drops an excluded company while keeping its person", () => {
    const plan = add([where("Mailing Groups", "NEWS")], { allowRelatedCompanies: true });
    expect(numbered(plan.newLines)).toEqual([
      [10000, "CT09"],
      [20000, "CT01"],
      [30000, "CT02"],
      [40000, "CT04"],
      [50000, "CT06"],
      [60000, "CT08"],
    ]);
    expect(plan.excluded).toBe(1);
  });

  it("with Ignore Exclusion the excluded company sorts before its person", () => {
    const plan = add([where("Mailing Groups", "NEWS")], { allowRelatedCompanies: true, ignoreExclusion: true });
    expect(contacts(plan.newLines)).toEqual(["CT09", "CT01", "CT02", "CT04", "CT06", "CT07", "CT08"]);
  });
});

describe("docs/business-rules.md §11 Ex 5: AND across fields, same value within a multi-valued field", () => {
  it("ANDs conditions on different fields", () => {
    expect(contacts(add([where("Mailing Groups", "NEWS"), where("Job Responsibilities", "PURCH")]).newLines)).toEqual([
      "CT02",
      "CT06",
    ]);
  });

  it("never matches NEWS&XMAS: no single value is both", () => {
    expect(add([where("Mailing Groups", "NEWS&XMAS")]).newLines).toEqual([]);
  });

  it("a person inherits both industry group and business relation from its company", () => {
    expect(contacts(add([where("Industry Groups", "MANUF"), where("Business Relations", "CUST")]).newLines)).toEqual([
      "CT08",
    ]);
  });
});

describe("docs/business-rules.md §11 Ex 6 a/b: Allow Existing Contacts", () => {
  const first = add([where("Industry Groups", "RETAIL")]);

  it("skips contacts already in the segment and counts them", () => {
    const plan = add([where("Job Responsibilities", "PURCH")], {}, { lines: first.newLines });
    expect(plan).toMatchObject({ newLines: [], alreadyPresent: 2 });
  });

  it("adds duplicates after the last line when allowed", () => {
    const plan = add(
      [where("Job Responsibilities", "PURCH")],
      { allowExistingContacts: true },
      { lines: first.newLines },
    );
    expect(numbered(plan.newLines)).toEqual([
      [60000, "CT02"],
      [70000, "CT06"],
    ]);
  });
});

describe("docs/business-rules.md §11 Ex 16: filter expressions on contact fields, lines in sort order", () => {
  it.each([
    [[where("No.", "CT01..CT04|CT09")], ["CT09", "CT01", "CT02", "CT03", "CT04"]],
    [[where("Name", "@*berg*")], ["CT02"]],
    // BC is case-sensitive here; docs/decisions.md §D1 ignores case, which selects the same contacts on this data.
    [[where("Name", "A*")], ["CT01", "CT02"]],
    [
      [where("Type", "Person"), where("Salesperson Code", "''")],
      ["CT10", "CT06"],
    ],
    [[where("Salesperson Code", "<>JO")], ["CT09", "CT10", "CT03", "CT04", "CT06", "CT11"]],
  ])("%j", (conditions, expected) => {
    expect(contacts(add(conditions).newLines)).toEqual(expected);
  });
});

describe("filter groups (docs/decisions.md §D7)", () => {
  it("matches a contact that meets any group, each group ANDing its conditions", () => {
    const header = newSegmentHeader("S", { description: "d" }, env.workdate);
    const plan = planAddContacts({
      table,
      header,
      lines: [],
      groups: [[where("Mailing Groups", "XMAS")], [where("Type", "Person"), where("Correspondence Type", "Hard Copy")]],
      options: NO_OPTIONS,
      env,
    });
    expect(contacts(plan.newLines)).toEqual(["CT10", "CT03", "CT04"]);
  });

  it("adds every contact but the excluded when there is no filter, as BC does", () => {
    expect(add([]).newLines).toHaveLength(9);
  });
});

describe("line defaults without a template (docs/business-rules.md §2.2)", () => {
  it("uses the header's salesperson when set, else the contact's; the contact's correspondence type", () => {
    const header = newSegmentHeader("S", { description: "d", salespersonCode: "AK" }, env.workdate);
    const plan = add([where("No.", "CT03|CT04")], {}, { header });
    expect(plan.newLines.map((l) => [l.salespersonCode, l.correspondenceType, l.interactionTemplateCode])).toEqual([
      ["AK", "Hard Copy", ""],
      ["AK", "", ""],
    ]);
  });

  it("uses the header's correspondence type when it ignores the contact's", () => {
    const header = {
      ...newSegmentHeader("S", { description: "d" }, env.workdate),
      ignoreContactCorresType: true,
      correspondenceType: "Email" as const,
    };
    expect(add([where("No.", "CT03")], {}, { header }).newLines[0].correspondenceType).toBe("Email");
  });
});
