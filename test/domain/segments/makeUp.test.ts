import fc from "fast-check";
import { makeUpOf } from "../../../src/domain/segments/makeUp";

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
