import { buildContactTable } from "../../../src/domain/contacts";
import { planAddContacts } from "../../../src/domain/segments/addContacts";
import { criteriaLinesForStep } from "../../../src/domain/segments/criteria";
import { contactFacts } from "../../../src/domain/segments/contactFacts";
import { newSegmentHeader } from "../../../src/domain/segments/header";
import { fillLine, type SegmentLine } from "../../../src/domain/segments/line";
import { planReduce, previewReduce } from "../../../src/domain/segments/reduceContacts";
import { planRefine, previewRefine } from "../../../src/domain/segments/refineContacts";
import { linesAfterRemoval, type RemoveContactsInput } from "../../../src/domain/segments/removeContacts";
import { NO_OPTIONS, type Condition, type FilterGroup } from "../../../src/domain/segments/step";
import { bcBaseSheet } from "../../support/bcBaseData";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const table = buildContactTable(bcBaseSheet()).table;
const env = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };
const header = newSegmentHeader("SM001", { description: "Spring" }, env.workdate);
const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });

/** Lines holding these contacts, numbered 10000, 20000, … in the order given (as the worked examples list them). */
function linesOf(numbers: readonly string[], on = table): SegmentLine[] {
  return numbers.map((no, i) =>
    fillLine(header.no, (i + 1) * 10000, header, contactFacts(on, on.rowByNumber.get(no.toLowerCase())!), undefined),
  );
}

const input = (
  lines: readonly SegmentLine[],
  groups: FilterGroup[],
  entireCompanies = false,
  on = table,
): RemoveContactsInput => ({
  table: on,
  lines,
  groups,
  entireCompanies,
  env,
});
const numbered = (lines: readonly SegmentLine[]) => lines.map((line) => [line.lineNo, line.contactNo]);
const contacts = (lines: readonly SegmentLine[]) => lines.map((line) => line.contactNo);

describe("docs/business-rules.md §11 Ex 5: contacts in both mailing groups = Add one, then Refine with the other", () => {
  const small = buildContactTable({ sheetName: "Contacts", values: SMALL_CONTACTS, locale: "en" }).table;

  it("keeps only the contact that has both values", () => {
    const added = planAddContacts({
      table: small,
      header,
      lines: [],
      groups: [[where("Mailing Groups", "NEWS")]],
      options: NO_OPTIONS,
      env,
    });
    expect(contacts(added.newLines)).toEqual(["K6", "K2", "K3"]);
    const refined = planRefine(input(added.newLines, [[where("Mailing Groups", "XMAS")]], false, small));
    expect(contacts(linesAfterRemoval(added.newLines, refined))).toEqual(["K3"]);
    expect(refined).toMatchObject({ matched: 1, removedLines: 2, kept: 1 });
  });

  it("on the base data nobody is in both NEWS and XMAS, so the Refine empties the segment", () => {
    const added = planAddContacts({
      table,
      header,
      lines: [],
      groups: [[where("Mailing Groups", "NEWS")]],
      options: NO_OPTIONS,
      env,
    });
    expect(contacts(added.newLines)).toEqual(["CT09", "CT02", "CT06", "CT08"]);
    const refined = planRefine(input(added.newLines, [[where("Mailing Groups", "XMAS")]]));
    expect(refined).toMatchObject({ matched: 0, kept: 0, emptiesSegment: true });
  });
});

describe("docs/business-rules.md §11 Ex 7: Reduce with and without Entire Companies", () => {
  const lines = linesOf(["CT01", "CT02", "CT03", "CT04", "CT06", "CT09"]);

  it("without Entire Companies deletes only the matching contact's line", () => {
    const plan = planReduce(input(lines, [[where("No.", "CT02")]]));
    expect(numbered(plan.removed)).toEqual([[20000, "CT02"]]);
    expect(contacts(linesAfterRemoval(lines, plan))).toEqual(["CT01", "CT03", "CT04", "CT06", "CT09"]);
    expect(plan).toMatchObject({ matched: 1, removedLines: 1, removedContacts: 1, kept: 5, emptiesSegment: false });
  });

  it("with Entire Companies widens the match to its whole company", () => {
    const plan = planReduce(input(lines, [[where("No.", "CT02")]], true));
    expect(numbered(plan.removed)).toEqual([
      [10000, "CT01"],
      [20000, "CT02"],
      [30000, "CT03"],
    ]);
    expect(numbered(linesAfterRemoval(lines, plan))).toEqual([
      [40000, "CT04"],
      [50000, "CT06"],
      [60000, "CT09"],
    ]);
    expect(plan).toMatchObject({ matched: 1, removedContacts: 3, kept: 3 });
  });

  it("with Entire Companies a match outside the segment still removes its company's lines", () => {
    // CT05 (Blue Corp) is not on the segment; Blue Corp's lines CT04 and CT06 go.
    const plan = planReduce(input(lines, [[where("No.", "CT05")]], true));
    expect(contacts(plan.removed)).toEqual(["CT04", "CT06"]);
    expect(plan.matched).toBe(0);
  });

  it("deletes every duplicate line of a matching contact", () => {
    const dup = [...lines, ...linesOf(["CT02"]).map((line) => ({ ...line, lineNo: 70000 }))];
    expect(numbered(planReduce(input(dup, [[where("No.", "CT02")]])).removed)).toEqual([
      [20000, "CT02"],
      [70000, "CT02"],
    ]);
    expect(previewReduce(input(dup, [[where("No.", "CT02")]]))).toMatchObject({ removedLines: 2, removedContacts: 1 });
  });
});

describe("docs/business-rules.md §11 Ex 8: Refine with and without Entire Companies", () => {
  const lines = linesOf(["CT01", "CT02", "CT03", "CT04", "CT06", "CT09"]);

  it("without Entire Companies keeps only the matching contacts", () => {
    const plan = planRefine(input(lines, [[where("Mailing Groups", "NEWS")]]));
    expect(contacts(plan.removed)).toEqual(["CT01", "CT03", "CT04"]);
    expect(contacts(linesAfterRemoval(lines, plan))).toEqual(["CT02", "CT06", "CT09"]);
    expect(plan).toMatchObject({ matched: 3, removedLines: 3, kept: 3 });
  });

  it("with Entire Companies keeps whole companies with a matching member; nothing is deleted", () => {
    const plan = planRefine(input(lines, [[where("Mailing Groups", "NEWS")]], true));
    expect(plan.removed).toEqual([]);
    expect(plan).toMatchObject({ matched: 3, kept: 6, emptiesSegment: false });
  });

  it("with Entire Companies a member outside the segment keeps its company's lines", () => {
    // Refine on Dora Ek (CT05, not on the segment): Blue Corp's lines stay, the rest go.
    const plan = planRefine(input(lines, [[where("Name", "Dora*")]], true));
    expect(contacts(linesAfterRemoval(lines, plan))).toEqual(["CT04", "CT06"]);
  });

  it("deletes every line when nobody matches, and says the segment is now empty", () => {
    const plan = planRefine(input(lines, [[where("Industry Groups", "SERVICE")]]));
    expect(plan).toMatchObject({ matched: 0, removedLines: 6, kept: 0, emptiesSegment: true });
    expect(previewRefine(input(lines, [[where("Industry Groups", "SERVICE")]]))).toMatchObject({
      removedContacts: 6,
      kept: 0,
    });
  });
});

describe("docs/business-rules.md §11 Ex 14: the steps of saved criteria replayed on an empty segment give the same lines", () => {
  type Step =
    | { readonly action: "add"; readonly groups: FilterGroup[] }
    | { readonly action: "reduce" | "refine"; readonly groups: FilterGroup[]; readonly entireCompanies: boolean };
  const steps: Step[] = [
    { action: "add", groups: [[where("Industry Groups", "RETAIL")]] },
    { action: "reduce", groups: [[where("No.", "CT02")]], entireCompanies: true },
  ];

  /** Replays each step with every saved flag (docs/decisions.md §D3: Entire Companies on Refine too). */
  function replay(start: readonly SegmentLine[], saved: readonly Step[]): readonly SegmentLine[] {
    return saved.reduce<readonly SegmentLine[]>((lines, step) => {
      if (step.action === "add") {
        return [
          ...lines,
          ...planAddContacts({ table, header, lines, groups: step.groups, options: NO_OPTIONS, env }).newLines,
        ];
      }
      const plan = (step.action === "reduce" ? planReduce : planRefine)(
        input(lines, step.groups, step.entireCompanies),
      );
      return linesAfterRemoval(lines, plan);
    }, start);
  }

  it("Add RETAIL then Reduce CT02 with Entire Companies leaves Blue Corp's CT04 and CT06", () => {
    const lines = replay([], steps);
    expect(numbered(lines)).toEqual([
      [40000, "CT04"],
      [50000, "CT06"],
    ]);
  });

  it("records them as criteria: an Action line with its flags, then its Filter lines", () => {
    const criteria = [
      ...criteriaLinesForStep("SM030", 1, { action: "Add Contacts", groups: steps[0].groups, options: NO_OPTIONS }),
      ...criteriaLinesForStep("SM030", 3, {
        action: "Remove Contacts (Reduce)",
        groups: steps[1].groups,
        options: { ...NO_OPTIONS, entireCompanies: true },
      }),
    ];
    expect(criteria.map((c) => [c.lineNo, c.type, c.action, c.field, c.filter, c.entireCompanies])).toEqual([
      [1, "Action", "Add Contacts", "", "", false],
      [2, "Filter", "Add Contacts", "Industry Groups", "RETAIL", false],
      [3, "Action", "Remove Contacts (Reduce)", "", "", true],
      [4, "Filter", "Remove Contacts (Reduce)", "No.", "CT02", false],
    ]);
  });

  it("a Refine step keeps its Entire Companies flag on replay (docs/decisions.md §D3), unlike BC", () => {
    const refine: Step[] = [steps[0], { action: "refine", groups: [[where("No.", "CT02")]], entireCompanies: true }];
    expect(contacts(replay([], refine))).toEqual(["CT01", "CT02", "CT03"]);
    // BC would replay it with Entire Companies = No and keep CT02 alone.
    const bcReplay: Step[] = [steps[0], { action: "refine", groups: [[where("No.", "CT02")]], entireCompanies: false }];
    expect(contacts(replay([], bcReplay))).toEqual(["CT02"]);
  });
});

describe("lines whose contact is not on the contact sheet", () => {
  const lines = [
    ...linesOf(["CT01", "CT02"]),
    { ...linesOf(["CT03"])[0], lineNo: 30000, contactNo: "GONE1" },
    { ...linesOf(["CT04"])[0], lineNo: 40000, contactNo: "" },
  ];

  it("Refine deletes them, as BC does: they can never meet a filter", () => {
    const plan = planRefine(input(lines, [[where("Type", "Person|Company")]]));
    expect(numbered(plan.removed)).toEqual([
      [30000, "GONE1"],
      [40000, ""],
    ]);
    expect(plan).toMatchObject({ unknownContactLines: 2, removedLines: 2, removedContacts: 1, kept: 2 });
  });

  it("Reduce keeps them, even with no filter at all", () => {
    const plan = planReduce(input(lines, []));
    expect(contacts(plan.removed)).toEqual(["CT01", "CT02"]);
    expect(plan).toMatchObject({ unknownContactLines: 2, kept: 2 });
  });

  it("finds contacts by number ignoring case and spaces", () => {
    const odd = [{ ...lines[1], contactNo: " ct02 " }];
    expect(planReduce(input(odd, [[where("No.", "CT02")]])).removedLines).toBe(1);
  });
});

describe("filter groups on Reduce and Refine (docs/decisions.md §D7)", () => {
  const lines = linesOf(["CT01", "CT02", "CT03", "CT04", "CT06", "CT09"]);

  it("removes a contact that meets any group", () => {
    const plan = planReduce(
      input(lines, [[where("No.", "CT09")], [where("Type", "Company"), where("Salesperson Code", "PS")]]),
    );
    expect(contacts(plan.removed)).toEqual(["CT04", "CT09"]);
  });

  it("never mutates the lines it is given", () => {
    const copy = JSON.parse(JSON.stringify(lines));
    planRefine(input(lines, [[where("No.", "CT02")]], true));
    expect(lines).toEqual(copy);
  });
});
