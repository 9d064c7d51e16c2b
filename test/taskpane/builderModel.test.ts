import { ConditionError } from "../../src/domain/segments/matchStep";
import { CountCache, sheetFingerprint } from "../../src/taskpane/panels/segment/builder/countCache";
import { fieldChoices } from "../../src/taskpane/panels/segment/builder/fieldChoices";
import { filterProblemOf } from "../../src/taskpane/panels/segment/builder/filterProblem";
import { applyOperator, bareValue, operatorOf, OPERATORS } from "../../src/taskpane/panels/segment/builder/operators";
import { changeDraft, emptyDraft, optionsFor, stepRequest, type StepDraft } from "../../src/taskpane/panels/segment/builder/stepDraft";
import { disabledReason } from "../../src/taskpane/panels/segment/header/headerRules";
import { localRunContext } from "../../src/taskpane/services";
import { newSegmentHeader } from "../../src/domain/segments/header";

describe("the operator menu", () => {
  it("writes each operator around the value already typed", () => {
    const written = Object.fromEntries(OPERATORS.map((op) => [op, applyOperator(op, "NEWS")]));
    expect(written).toEqual({
      equals: "NEWS",
      notEquals: "<>NEWS",
      startsWith: "NEWS*",
      contains: "*NEWS*",
      oneOf: "NEWS|",
      between: "NEWS..",
      greater: ">NEWS",
      less: "<NEWS",
      blank: "''",
      notBlank: "<>''",
    });
  });

  it("replaces the operator already there instead of stacking them", () => {
    expect(applyOperator("contains", "<>Lund")).toBe("*Lund*");
    expect(applyOperator("notEquals", "*Lund*")).toBe("<>Lund");
    expect(applyOperator("greater", "10..20")).toBe(">10");
    expect(applyOperator("equals", "''")).toBe("");
    expect(applyOperator("oneOf", "NEWS|XMAS")).toBe("NEWS|XMAS");
    expect(bareValue(" >=5 ")).toBe("5");
  });

  it("reads back the operator an expression uses, for the menu's caption", () => {
    for (const op of OPERATORS) expect(operatorOf(applyOperator(op, "A"))).toBe(op);
    expect(operatorOf("")).toBe("equals");
    expect(operatorOf("*")).toBe("startsWith");
  });
});

describe("the step draft", () => {
  const withConditions = (): StepDraft => {
    let draft = emptyDraft();
    draft = changeDraft(draft, { type: "field", conditionId: 2, field: "Salesperson Code" });
    draft = changeDraft(draft, { type: "filter", conditionId: 2, filter: "JO" });
    draft = changeDraft(draft, { type: "addCondition", groupId: 1 });
    draft = changeDraft(draft, { type: "addGroup" });
    return draft;
  };

  it("sends only conditions with a field and a filter, and remembers where each came from", () => {
    let draft = withConditions();
    const [, second] = draft.groups;
    draft = changeDraft(draft, { type: "field", conditionId: second.conditions[0].id, field: "Mailing Groups" });
    draft = changeDraft(draft, { type: "filter", conditionId: second.conditions[0].id, filter: "NEWS" });
    const request = stepRequest(draft);
    expect(request.groups).toEqual([[{ table: "Contact", field: "Salesperson Code", filter: "JO" }], [{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }]]);
    expect(request.origin).toEqual([[2], [second.conditions[0].id]]);
    expect(filterProblemOf(new ConditionError("bad", 1, 0, 3), request)).toEqual({ conditionId: second.conditions[0].id, position: 3, message: "bad" });
    expect(filterProblemOf(new Error("other"), request)).toBeUndefined();
  });

  it("keys the request by what is sent: an empty condition added changes nothing, an option does", () => {
    const draft = withConditions();
    const before = stepRequest(draft).key;
    expect(stepRequest(changeDraft(draft, { type: "addCondition", groupId: 1 })).key).toBe(before);
    expect(stepRequest(changeDraft(draft, { type: "option", option: "expandCompanies", value: true })).key).not.toBe(before);
    // Entire Companies does not belong to Add.
    expect(stepRequest(changeDraft(draft, { type: "option", option: "entireCompanies", value: true })).key).toBe(before);
  });

  it("always keeps one group to type into", () => {
    let draft = emptyDraft();
    draft = changeDraft(draft, { type: "removeCondition", conditionId: 2 });
    expect(draft.groups).toHaveLength(1);
    expect(draft.groups[0].conditions).toHaveLength(1);
    draft = changeDraft(draft, { type: "removeGroup", groupId: draft.groups[0].id });
    expect(draft.groups).toHaveLength(1);
    const ids = draft.groups.flatMap((g) => [g.id, ...g.conditions.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("offers Add's four options, and Entire Companies for Reduce and Refine", () => {
    expect(optionsFor("add")).toEqual(["allowExistingContacts", "expandCompanies", "allowRelatedCompanies", "ignoreExclusion"]);
    expect(optionsFor("reduce")).toEqual(["entireCompanies"]);
    expect(optionsFor("refine")).toEqual(["entireCompanies"]);
  });
});

describe("the field picker", () => {
  it("lists the recognised fields in BC's order, then the other headers in sheet order", () => {
    const columns = [
      { header: "Region", field: undefined },
      { header: "E-post", field: "email" },
      { header: "Nr", field: "no" },
      { header: "", field: undefined },
      { header: "City", field: undefined },
    ] as unknown as Parameters<typeof fieldChoices>[0]["columns"];
    expect(fieldChoices({ columns })).toEqual([
      { value: "No.", field: "no", header: "Nr" },
      { value: "E-Mail", field: "email", header: "E-post" },
      { value: "Region", header: "Region" },
      { value: "City", header: "City" },
    ]);
  });
});

describe("localRunContext", () => {
  it("takes today and the time from the machine's local clock", () => {
    expect(localRunContext(new Date(2026, 0, 5, 9, 7, 3), "sv-SE", "ANNA")).toEqual({
      today: "2026-01-05",
      workdate: "2026-01-05",
      locale: "sv-SE",
      userId: "ANNA",
      time: "09:07:03",
    });
  });
});

describe("the live count's cache", () => {
  const sheet = (name: string) => ({ sheetName: "Contacts", locale: "en", values: [["No.", "Name"], ["C1", name]] });

  it("tells sheets apart by every cell, and by where a value ends", () => {
    expect(sheetFingerprint(sheet("Anna"))).toBe(sheetFingerprint(sheet("Anna")));
    expect(sheetFingerprint(sheet("Anna"))).not.toBe(sheetFingerprint(sheet("Anne")));
    const split = (a: string, b: string) => ({ sheetName: "S", locale: "en", values: [[a, b]] });
    expect(sheetFingerprint(split("ab", ""))).not.toBe(sheetFingerprint(split("a", "b")));
    expect(sheetFingerprint(split("1", "x"))).not.toBe(sheetFingerprint({ ...split("", "x"), values: [[1, "x"]] }));
  });

  it("keeps its results while the contact sheet reads the same, and drops them when it changes", async () => {
    let current = sheet("Anna");
    const book = { readContactSheet: async () => current } as unknown as Parameters<CountCache["watch"]>[0];
    const cache = new CountCache();
    const watched = cache.watch(book);
    await watched.readContactSheet({});
    cache.results.set("k", {} as never);
    await watched.readContactSheet({});
    current = sheet("Anna");
    await watched.readContactSheet({});
    expect(cache.results.size).toBe(1);
    current = sheet("Anne");
    await watched.readContactSheet({});
    expect(cache.results.size).toBe(0);
  });
});

describe("the header's enabled rules", () => {
  const header = newSegmentHeader("SEG00001", { description: "D" }, "2026-11-25");

  it("wants a template, Ignore Contact Corres. Type and a campaign before the fields that depend on them", () => {
    expect(disabledReason(header, "unitCost")).toBe("needsTemplate");
    expect(disabledReason({ ...header, interactionTemplateCode: "EMAIL" }, "unitCost")).toBeUndefined();
    expect(disabledReason(header, "correspondenceType")).toBe("needsIgnoreCorresType");
    expect(disabledReason({ ...header, ignoreContactCorresType: true }, "correspondenceType")).toBeUndefined();
    expect(disabledReason(header, "campaignTarget")).toBe("needsCampaign");
    expect(disabledReason({ ...header, campaignTarget: true }, "campaignTarget")).toBeUndefined();
    expect(disabledReason({ ...header, campaignNo: "CP1" }, "campaignResponse")).toBeUndefined();
    expect(disabledReason(header, "description")).toBeUndefined();
  });
});
