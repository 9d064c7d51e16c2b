import {
  BOOL_FALSE,
  BOOL_TRUE,
  booleanColumn,
  numberColumn,
  textColumn,
  type Column,
  type ColumnType,
} from "../../src/domain/contacts/column";
import { compileCondition } from "../../src/domain/filter";
import { ENTRY_FILTER_FIELDS } from "../../src/domain/interactions/entryTable";
import { ConditionError } from "../../src/domain/segments/matchStep";
import { CountCache, sheetFingerprint } from "../../src/taskpane/panels/segment/builder/countCache";
import { choiceKey, fieldChoices } from "../../src/taskpane/panels/segment/builder/fieldChoices";
import { filterProblemOf } from "../../src/taskpane/panels/segment/builder/filterProblem";
import fc from "fast-check";
import {
  applyOperator,
  bareValue,
  expressionFor,
  operatorOf,
  OPERATORS,
  operatorsFor,
} from "../../src/taskpane/panels/segment/builder/operators";
import {
  changeDraft,
  emptyDraft,
  hasConditions,
  optionsFor,
  stepRequest,
  type StepDraft,
} from "../../src/taskpane/panels/segment/builder/stepDraft";
import { disabledReason } from "../../src/taskpane/panels/segment/header/headerRules";
import { localRunContext } from "../../src/taskpane/services";
import { newSegmentHeader } from "../../src/domain/segments/header";
import { INTERACTION_LOG, SEGMENT_LINES } from "../../src/app/store/sheetSpecs";

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

  it("offers on each kind of column only operators whose expression the filter language accepts there", () => {
    const info = { header: "X", sheetColumn: 0 };
    const columns: Record<ColumnType, [Column, string]> = {
      text: [textColumn(info, ["A", "B"]), "A"],
      number: [numberColumn(info, "number", Float64Array.of(1, 2)), "1"],
      date: [numberColumn(info, "date", Float64Array.of(45000, 45001)), "2025-01-31"],
      boolean: [booleanColumn(info, Uint8Array.of(BOOL_TRUE, BOOL_FALSE)), "Yes"],
    };
    const env = { today: "2025-03-04", workdate: "2025-03-04", locale: "en" };
    for (const [kind, [column, value]] of Object.entries(columns) as [ColumnType, [Column, string]][]) {
      for (const op of operatorsFor(kind)) {
        // "is one of" leaves an open alternative for the next value; with one written it must compile.
        const expression = op === "oneOf" ? `${applyOperator(op, value)}${value}` : applyOperator(op, value);
        expect(() => compileCondition(expression, column, env)).not.toThrow();
      }
    }
    expect(operatorsFor("boolean")).toEqual(["equals", "notEquals"]);
    // Left out on Yes/No because the filter refuses them there (is one of and blank would pass, but say nothing new).
    for (const op of ["startsWith", "contains", "between", "greater", "less"] as const) {
      expect(() => compileCondition(applyOperator(op, "Yes"), columns.boolean[0], env)).toThrow();
    }
    expect(operatorsFor("date")).toEqual(OPERATORS);
  });

  it("reads back the operator an expression uses, for the menu's caption", () => {
    for (const op of OPERATORS) expect(operatorOf(applyOperator(op, "A"))).toBe(op);
    expect(operatorOf("")).toBe("equals");
    expect(operatorOf("*")).toBe("startsWith");
  });
});

describe("the step draft", () => {
  it("starts another kind of step from empty conditions, and knows when there are conditions to lose", () => {
    let draft = emptyDraft();
    expect(hasConditions(draft)).toBe(false);
    draft = changeDraft(draft, { type: "field", conditionId: 2, table: "Contact", field: "Salesperson Code" });
    draft = changeDraft(draft, { type: "value", conditionId: 2, value: "JO" });
    draft = changeDraft(draft, { type: "option", option: "expandCompanies", value: true });
    expect(hasConditions(draft)).toBe(true);
    const reduce = changeDraft(draft, { type: "kind", kind: "reduce" });
    expect(reduce.kind).toBe("reduce");
    expect(stepRequest(reduce).groups).toEqual([]);
    expect(hasConditions(reduce)).toBe(false);
    expect(reduce.options.expandCompanies).toBe(false);
    expect(changeDraft(draft, { type: "kind", kind: "add" })).toBe(draft);
  });

  const withConditions = (): StepDraft => {
    let draft = emptyDraft();
    draft = changeDraft(draft, { type: "field", conditionId: 2, table: "Contact", field: "Salesperson Code" });
    draft = changeDraft(draft, { type: "filter", conditionId: 2, filter: "JO" });
    draft = changeDraft(draft, { type: "addCondition", groupId: 1 });
    draft = changeDraft(draft, { type: "addGroup" });
    return draft;
  };

  it("sends only conditions with a field and a filter, and remembers where each came from", () => {
    let draft = withConditions();
    const [, second] = draft.groups;
    draft = changeDraft(draft, {
      type: "field",
      conditionId: second.conditions[0].id,
      table: "Contact",
      field: "Mailing Groups",
    });
    draft = changeDraft(draft, { type: "filter", conditionId: second.conditions[0].id, filter: "NEWS" });
    const request = stepRequest(draft);
    expect(request.groups).toEqual([
      [{ table: "Contact", field: "Salesperson Code", filter: "JO" }],
      [{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }],
    ]);
    expect(request.origin).toEqual([[2], [second.conditions[0].id]]);
    expect(filterProblemOf(new ConditionError("bad", 1, 0, 3), request)).toEqual({
      conditionId: second.conditions[0].id,
      position: 3,
      message: "bad",
    });
    expect(filterProblemOf(new Error("other"), request)).toBeUndefined();
  });

  it("keys the request by what is sent: an empty condition added changes nothing, an option does", () => {
    const draft = withConditions();
    const before = stepRequest(draft).key;
    expect(stepRequest(changeDraft(draft, { type: "addCondition", groupId: 1 })).key).toBe(before);
    expect(stepRequest(changeDraft(draft, { type: "option", option: "expandCompanies", value: true })).key).not.toBe(
      before,
    );
    // Entire Companies does not belong to Add.
    expect(stepRequest(changeDraft(draft, { type: "option", option: "entireCompanies", value: true })).key).toBe(
      before,
    );
  });

  it("carries each condition's table into the request and its key", () => {
    let draft = withConditions();
    const added = draft.groups[0].conditions[1].id;
    expect(draft.groups[0].conditions.map((c) => c.table)).toEqual(["Contact", "Contact"]);
    draft = changeDraft(draft, {
      type: "field",
      conditionId: added,
      table: "Interaction Log",
      field: "Interaction Template Code",
    });
    draft = changeDraft(draft, { type: "filter", conditionId: added, filter: "LETTER" });
    const request = stepRequest(draft);
    expect(request.groups).toEqual([
      [
        { table: "Contact", field: "Salesperson Code", filter: "JO" },
        { table: "Interaction Log", field: "Interaction Template Code", filter: "LETTER" },
      ],
    ]);
    // The same field and filter on the contact sheet is another step, so another count.
    const onContacts = changeDraft(draft, {
      type: "field",
      conditionId: added,
      table: "Contact",
      field: "Interaction Template Code",
    });
    expect(stepRequest(onContacts).groups[0][1].table).toBe("Contact");
    expect(stepRequest(onContacts).key).not.toBe(request.key);
    // A new condition starts on the contact sheet.
    const more = changeDraft(draft, { type: "addCondition", groupId: draft.groups[0].id });
    expect(more.groups[0].conditions.at(-1)?.table).toBe("Contact");
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
    expect(optionsFor("add")).toEqual([
      "allowExistingContacts",
      "expandCompanies",
      "allowRelatedCompanies",
      "ignoreExclusion",
    ]);
    expect(optionsFor("reduce")).toEqual(["entireCompanies"]);
    expect(optionsFor("refine")).toEqual(["entireCompanies"]);
  });
});

describe("the field picker", () => {
  it("lists the recognised fields in BC's order, then the other headers in sheet order", () => {
    const columns = [
      { header: "Region", field: undefined, type: "text" },
      { header: "E-post", field: "email", type: "text" },
      { header: "Nr", field: "no", type: "text" },
      { header: "", field: undefined, type: "text" },
      { header: "City", field: undefined, type: "date" },
    ] as unknown as Parameters<typeof fieldChoices>[0]["columns"];
    const contact = (value: string, rest: object) => ({ key: value, table: "Contact", value, ...rest });
    expect(fieldChoices({ columns }).filter((c) => c.table === "Contact")).toEqual([
      contact("No.", { field: "no", header: "Nr", kind: "text" }),
      contact("E-Mail", { field: "email", header: "E-post", kind: "text" }),
      contact("Region", { header: "Region", kind: "text" }),
      contact("City", { header: "City", kind: "date" }),
    ]);
  });

  it("then offers the Interaction Log's columns the domain names, apart from a contact field of the same name", () => {
    const columns = [
      { header: "No.", field: "no", type: "text" },
      { header: "Salesperson Code", field: "salespersonCode", type: "text" },
    ] as unknown as Parameters<typeof fieldChoices>[0]["columns"];
    const choices = fieldChoices({ columns });
    const entries = choices.filter((c) => c.table === "Interaction Log");
    expect(entries.map((c) => c.value)).toEqual(ENTRY_FILTER_FIELDS.map((f) => f.header));
    expect(entries.find((c) => c.value === "Canceled")).toMatchObject({ entry: "Canceled", kind: "boolean" });
    expect(entries.find((c) => c.value === "Date")?.kind).toBe("date");
    const salesperson = choices.filter((c) => c.value === "Salesperson Code");
    expect(salesperson.map((c) => c.table)).toEqual(["Contact", "Interaction Log"]);
    expect(new Set(choices.map((c) => c.key)).size).toBe(choices.length);
    expect(salesperson.map((c) => c.key)).toEqual([
      choiceKey("Contact", "Salesperson Code"),
      choiceKey("Interaction Log", "Salesperson Code"),
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
  const sheet = (name: string) => ({
    sheetName: "Contacts",
    locale: "en",
    values: [
      ["No.", "Name"],
      ["C1", name],
    ],
  });

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

describe("the live count's cache and the Interaction Log", () => {
  const entry = (template: string) => ({
    record: { entryNo: 1, contactNo: "C1", interactionTemplateCode: template },
    extra: new Map(),
  });

  it("drops its results when the log reads differently, not when it reads the same or another sheet changes", async () => {
    let log = [entry("LETTER")];
    let lines = [entry("x")];
    const book = {
      readRows: async (spec: { sheetName: string }) => (spec.sheetName === INTERACTION_LOG.sheetName ? log : lines),
    } as unknown as Parameters<CountCache["watch"]>[0];
    const cache = new CountCache();
    const watched = cache.watch(book);
    await watched.readRows(INTERACTION_LOG);
    cache.results.set("k", {} as never);
    log = [entry("LETTER")];
    await watched.readRows(INTERACTION_LOG);
    lines = [entry("y")];
    await watched.readRows(SEGMENT_LINES);
    expect(cache.results.size).toBe(1);
    log = [entry("EMAIL")];
    await watched.readRows(INTERACTION_LOG);
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

describe("a condition's operator and value kept apart", () => {
  const env = { today: "2025-03-04", workdate: "2025-03-04", locale: "en" };
  const info = { header: "Name", sheetColumn: 0 };
  const named = (value: string) => {
    let draft = emptyDraft();
    draft = changeDraft(draft, { type: "field", conditionId: 2, table: "Contact", field: "Name", kind: "text" });
    draft = changeDraft(draft, { type: "mode", conditionId: 2, mode: "contains" });
    return changeDraft(draft, { type: "value", conditionId: 2, value });
  };

  it("keeps 'contains' while the value is typed after it, and sends *berg*", () => {
    let draft = named("");
    // Nothing to send yet: an empty contains is no filter, not "**".
    expect(stepRequest(draft).groups).toEqual([]);
    for (const typed of ["b", "be", "ber", "berg"])
      draft = changeDraft(draft, { type: "value", conditionId: 2, value: typed });
    expect(draft.groups[0].conditions[0].mode).toBe("contains");
    expect(stepRequest(draft).groups).toEqual([[{ table: "Contact", field: "Name", filter: "*berg*" }]]);
  });

  it("writes each operator's expression from the value, quoting text that would read as filter syntax", () => {
    const written = Object.fromEntries(OPERATORS.map((op) => [op, expressionFor(op, "NEWS")]));
    expect(written).toEqual({
      equals: "NEWS",
      notEquals: "<>NEWS",
      startsWith: "NEWS*",
      contains: "*NEWS*",
      oneOf: "NEWS",
      between: "NEWS",
      greater: ">NEWS",
      less: "<NEWS",
      blank: "''",
      notBlank: "<>''",
    });
    expect(expressionFor("equals", "A*")).toBe("'A*'");
    expect(expressionFor("notEquals", "Bell & Co")).toBe("<>'Bell & Co'");
    expect(expressionFor("equals", "'quoted'")).toBe("'''quoted'''");
    expect(expressionFor("contains", "a|b")).toBe("*a?b*");
    expect(expressionFor("equals", "2025-01-01..", "date")).toBe("2025-01-01..");
    expect(expressionFor("expression", "NEWS|XMAS")).toBe("NEWS|XMAS");
  });

  it("finds, for any text, the values containing / starting with / equal to it, as the operator says", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }).filter((v) => v.trim() !== ""),
        fc.string({ maxLength: 3 }),
        (value, around) => {
          const text = value.trim();
          const column = textColumn(info, [`${around}${text}${around}`, `${text}${around}`, text, "\u0000"]);
          const rows = (mode: "contains" | "startsWith" | "equals") =>
            compileCondition(expressionFor(mode, text), column, env).matchRows().toArray();
          expect(rows("contains")).toEqual(expect.arrayContaining([0, 1, 2]));
          expect(rows("startsWith")).toEqual(expect.arrayContaining([1, 2]));
          expect(rows("equals")).toContain(2);
          expect(rows("equals")).not.toContain(3);
        },
      ),
    );
  });

  it("shows the expression when switched to the expression mode, and the bare value when switched back", () => {
    let draft = named("berg");
    draft = changeDraft(draft, { type: "mode", conditionId: 2, mode: "expression" });
    expect(draft.groups[0].conditions[0].value).toBe("*berg*");
    draft = changeDraft(draft, { type: "filter", conditionId: 2, filter: "*berg*|Lund" });
    expect(stepRequest(draft).groups[0][0].filter).toBe("*berg*|Lund");
    draft = changeDraft(draft, { type: "filter", conditionId: 2, filter: "*berg*" });
    draft = changeDraft(draft, { type: "mode", conditionId: 2, mode: "startsWith" });
    expect(draft.groups[0].conditions[0]).toMatchObject({ mode: "startsWith", value: "berg" });
    // Blank needs no value; the value typed waits for the next operator.
    draft = changeDraft(draft, { type: "mode", conditionId: 2, mode: "blank" });
    expect(stepRequest(draft).groups[0][0].filter).toBe("''");
    draft = changeDraft(draft, { type: "mode", conditionId: 2, mode: "equals" });
    expect(stepRequest(draft).groups[0][0].filter).toBe("berg");
  });
});
