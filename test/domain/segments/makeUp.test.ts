import fc from "fast-check";
import { planAddContacts, previewAddContacts } from "../../../src/domain/segments/addContacts";
import { contactFacts } from "../../../src/domain/segments/contactFacts";
import { contactRowOfLine } from "../../../src/domain/segments/lineContact";
import { makeUpOf } from "../../../src/domain/segments/makeUp";
import { planReduce, previewReduce } from "../../../src/domain/segments/reduceContacts";
import { planRefine, previewRefine } from "../../../src/domain/segments/refineContacts";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { contactTableArb, filterGroupsArb, stepSequenceArb } from "../../support/contactTableArbitrary";
import { applySteps, STEP_HEADER } from "../../support/segmentSteps";

const person = {
  isCompany: false,
  salespersonCode: "JO",
  correspondenceType: "Email" as const,
  email: "a@b.se",
  excluded: false,
};

describe("what a set of contacts is made of", () => {
  it("counts companies and persons, e-mail, exclusions, and groups by salesperson and correspondence type", () => {
    const makeUp = makeUpOf([
      person,
      { ...person, email: " " },
      { ...person, isCompany: true, salespersonCode: "PS", correspondenceType: "Hard Copy" as const },
      { ...person, salespersonCode: "", excluded: true },
    ]);
    expect(makeUp).toEqual({
      total: 4,
      companies: 1,
      persons: 3,
      withEmail: 3,
      withoutEmail: 1,
      excluded: 1,
      bySalesperson: [
        { key: "JO", count: 2 },
        { key: "", count: 1 },
        { key: "PS", count: 1 },
      ],
      byCorrespondenceType: [
        { key: "Email", count: 3 },
        { key: "Hard Copy", count: 1 },
      ],
    });
  });

  it("accounts for every contact in each breakdown", () => {
    const contact = fc.record({
      isCompany: fc.boolean(),
      salespersonCode: fc.constantFrom("", "JO", "PS", "MH"),
      correspondenceType: fc.constantFrom("" as const, "Email" as const, "Hard Copy" as const),
      email: fc.constantFrom("", "x@y.se"),
      excluded: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 40 }), (contacts) => {
        const makeUp = makeUpOf(contacts);
        const sum = (list: readonly { count: number }[]) => list.reduce((total, entry) => total + entry.count, 0);
        expect(makeUp.companies + makeUp.persons).toBe(contacts.length);
        expect(makeUp.withEmail + makeUp.withoutEmail).toBe(contacts.length);
        expect(sum(makeUp.bySalesperson)).toBe(contacts.length);
        expect(sum(makeUp.byCorrespondenceType)).toBe(contacts.length);
      }),
    );
  });
});

describe("the make-up of a step being built", () => {
  const env = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };

  it("is the make-up of the contacts an Add would give lines, and of those a Reduce or Refine would remove", () => {
    fc.assert(
      fc.property(contactTableArb(), filterGroupsArb, stepSequenceArb, fc.boolean(), (built, groups, steps, entire) => {
        const { table } = built;
        const lines = applySteps(table, steps);
        const add = { table, lines, groups, options: NO_OPTIONS, env };
        const plan = planAddContacts({ ...add, header: STEP_HEADER });
        const addedRows = plan.newLines.map((line) => contactRowOfLine(table, line));
        expect(previewAddContacts(add).makeUp).toEqual(makeUpOf(addedRows.map((row) => contactFacts(table, row))));

        const remove = { table, lines, groups, entireCompanies: entire, env };
        for (const [preview, planRemove] of [
          [previewReduce, planReduce],
          [previewRefine, planRefine],
        ] as const) {
          const removedRows = new Set(
            planRemove(remove)
              .removed.map((line) => contactRowOfLine(table, line))
              .filter((row) => row >= 0),
          );
          expect(preview(remove).makeUp).toEqual(makeUpOf([...removedRows].map((row) => contactFacts(table, row))));
        }
      }),
      { numRuns: 100 },
    );
  });
});
