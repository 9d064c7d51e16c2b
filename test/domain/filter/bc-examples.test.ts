/**
 * docs/business-rules.md §11 Ex 16, the Contact-section rows, on the base contacts of docs/business-rules.md §11.0: which contacts match. Line order
 * and exclusion belong to the segment engine; CT05 matches `<>JO` here and is dropped there.
 */
import type { BitSet } from "../../../src/domain/bitset";
import { compileCondition } from "../../../src/domain/filter";
import { BASE_CONTACTS, ENV, lists, texts } from "../../support/filterFixtures";

const columns = {
  no: texts(BASE_CONTACTS.no, "No."),
  type: texts(BASE_CONTACTS.type, "Type"),
  name: texts(BASE_CONTACTS.name, "Name"),
  salesperson: texts(BASE_CONTACTS.salesperson, "Salesperson Code"),
  mailingGroups: lists(BASE_CONTACTS.mailingGroups, "Mailing Groups"),
};
const env = { ...ENV, workdate: "2025-03-01" };

/** Filters on several fields of one table AND together (docs/business-rules.md §10). */
function contacts(filters: Partial<Record<keyof typeof columns, string>>): string[] {
  const sets = Object.entries(filters).map(([field, expression]) =>
    compileCondition(expression, columns[field as keyof typeof columns], env).matchRows(),
  );
  const rows = sets.reduce((all: BitSet, set) => all.and(set));
  return rows.toArray().map((r) => BASE_CONTACTS.no[r]);
}

describe("docs/business-rules.md §11 Ex 16", () => {
  it("No. = CT01..CT04|CT09", () => {
    expect(contacts({ no: "CT01..CT04|CT09" })).toEqual(["CT01", "CT02", "CT03", "CT04", "CT09"]);
  });

  it("Name = @*berg*", () => {
    expect(contacts({ name: "@*berg*" })).toEqual(["CT02"]);
  });

  it("Name = A*", () => {
    expect(contacts({ name: "A*" })).toEqual(["CT01", "CT02"]);
  });

  it("Type = Person, Salesperson Code = ''", () => {
    expect(contacts({ type: "Person", salesperson: "''" })).toEqual(["CT06", "CT10"]);
  });

  it("Salesperson Code = <>JO: blank counts as not JO", () => {
    expect(contacts({ salesperson: "<>JO" })).toEqual(["CT03", "CT04", "CT05", "CT06", "CT09", "CT10", "CT11"]);
  });
});

describe("docs/business-rules.md §11.0 base data, multi-valued", () => {
  it("Mailing Groups = NEWS|XMAS finds the contacts' own values", () => {
    expect(contacts({ mailingGroups: "NEWS|XMAS" })).toEqual(["CT02", "CT04", "CT06", "CT08", "CT09"]);
  });

  it("Mailing Groups = '' finds the contacts without one", () => {
    expect(contacts({ mailingGroups: "''" })).toEqual(["CT01", "CT03", "CT05", "CT07", "CT10", "CT11"]);
  });
});
