import { buildContactTable } from "../../../src/domain/contacts";
import type { InteractionTemplate } from "../../../src/domain/interactions/template";
import { contactFacts, type ContactFacts } from "../../../src/domain/segments/contactFacts";
import { newSegmentHeader, type SegmentHeader } from "../../../src/domain/segments/header";
import {
  changeHeader,
  type HeaderChangeInput,
  type HeaderChanged,
  type HeaderQuestion,
} from "../../../src/domain/segments/headerChange";
import type { HeaderChanges } from "../../../src/domain/segments/headerFields";
import { fillLine, type SegmentLine } from "../../../src/domain/segments/line";
import { bcBaseSheet } from "../../support/bcBaseData";
import { EMAIL, LETTER } from "../../support/bcTemplates";

const table = buildContactTable(bcBaseSheet()).table;
const contactOf = (no: string): ContactFacts | undefined => {
  const row = table.rowByNumber.get(no.toLowerCase());
  return row === undefined ? undefined : contactFacts(table, row);
};

/** docs/business-rules.md §11 Ex 1: SM001 with template LETTER and the five RETAIL lines. */
const EX1_HEADER: SegmentHeader = newSegmentHeader("SM001", { description: "Retail letter" }, "2025-03-01", LETTER);
const EX1_LINES: SegmentLine[] = ["CT01", "CT02", "CT03", "CT04", "CT06"].map((no, i) =>
  fillLine("SM001", (i + 1) * 10000, EX1_HEADER, contactOf(no)!, LETTER),
);

/** Ex 9: line 30000 (CT03) changed to EMAIL by hand (docs/business-rules.md §2.3): EMAIL's cost, duration, group and description; its type stays. */
const EX9_LINES: SegmentLine[] = EX1_LINES.map((line) =>
  line.lineNo === 30000
    ? {
        ...line,
        interactionTemplateCode: "EMAIL",
        interactionGroupCode: "EMAILS",
        cost: 0.1,
        duration: 2,
        description: "E-mail",
      }
    : line,
);

function change(changes: HeaderChanges, extra: Partial<HeaderChangeInput> = {}) {
  return changeHeader({ header: EX1_HEADER, lines: EX9_LINES, changes, contactOf, ...extra });
}
const changed = (result: HeaderChanged | HeaderQuestion): HeaderChanged => {
  if (result.kind !== "changed")
    throw new Error(`expected a change, got a question: ${JSON.stringify(result.updates)}`);
  return result;
};
const byLine = (lines: readonly SegmentLine[], pick: (l: SegmentLine) => unknown) =>
  lines.map((l) => [l.lineNo, pick(l)]);
/** The segment's lines after the change: the originals with the changed ones swapped in. */
const after = (lines: readonly SegmentLine[], result: HeaderChanged) =>
  lines.map((l) => result.lines.find((c) => c.lineNo === l.lineNo) ?? l);

describe("docs/business-rules.md §11 Ex 9: header changes and the update-lines question", () => {
  it("Unit Cost 2.50 -> 3.00 asks first, naming the field and the 4 LETTER lines; nothing is decided", () => {
    const result = change({ unitCost: 3 });
    expect(result).toMatchObject({
      kind: "question",
      lineCount: 4,
      updates: [{ field: "Unit Cost (LCY)", lines: 4, scope: "LETTER" }],
    });
    expect(result.header.unitCost).toBe(3);
  });

  it("Unit Cost, answer yes: lines 10000, 20000, 40000, 50000 get 3.00; line 30000 (EMAIL) keeps 0.10", () => {
    const result = changed(change({ unitCost: 3 }, { updateLines: "yes" }));
    expect(result.lines.map((l) => l.lineNo)).toEqual([10000, 20000, 40000, 50000]);
    expect(byLine(after(EX9_LINES, result), (l) => l.cost)).toEqual([
      [10000, 3],
      [20000, 3],
      [30000, 0.1],
      [40000, 3],
      [50000, 3],
    ]);
    expect(
      result.lines.every((l) =>
        Object.keys(l).every(
          (k) =>
            k === "cost" ||
            l[k as keyof SegmentLine] === EX9_LINES.find((o) => o.lineNo === l.lineNo)![k as keyof SegmentLine],
        ),
      ),
    ).toBe(true);
  });

  it("Salesperson -> PS, answer no: the header changes, no line does", () => {
    const result = changed(change({ salespersonCode: "PS" }, { updateLines: "no" }));
    expect(result.header.salespersonCode).toBe("PS");
    expect(result.lines).toEqual([]);
    // What a yes would have done: the three LETTER lines not already PS.
    expect(result.updates).toEqual([{ field: "Salesperson Code", lines: 3, scope: "LETTER" }]);
  });

  it("Ignore Contact Corres. Type, then Correspondence Type = Email: no question, no line change", () => {
    const result = changed(change({ ignoreContactCorresType: true, correspondenceType: "Email" }));
    expect(result.header).toMatchObject({ ignoreContactCorresType: true, correspondenceType: "Email" });
    expect(result.lines).toEqual([]);
    expect(result.updates).toEqual([]);
  });

  describe("Interaction Template LETTER -> EMAIL", () => {
    const exampleHeader: SegmentHeader = {
      ...EX1_HEADER,
      unitCost: 3,
      salespersonCode: "PS",
      ignoreContactCorresType: true,
      correspondenceType: "Email",
    };
    const exampleLines = EX9_LINES.map((l) => (l.interactionTemplateCode === "LETTER" ? { ...l, cost: 3 } : l));
    const toEmail = (updateLines?: "yes" | "no") =>
      changeHeader({
        header: exampleHeader,
        lines: exampleLines,
        changes: { interactionTemplateCode: "EMAIL" },
        template: EMAIL,
        contactOf,
        updateLines,
      });

    it("asks about all lines, whatever template they carry; line 30000 already holds EMAIL's values", () => {
      expect(toEmail()).toMatchObject({
        kind: "question",
        lineCount: 4,
        updates: [{ field: "Interaction Template Code", lines: 4, scope: "all" }],
      });
    });

    it("the header takes EMAIL's defaults (docs/business-rules.md §1.2) whatever the answer", () => {
      for (const answer of ["yes", "no"] as const) {
        expect(toEmail(answer).header).toMatchObject({
          interactionTemplateCode: "EMAIL",
          unitCost: 0.1,
          unitDuration: 2,
          correspondenceType: "Email",
          ignoreContactCorresType: false,
          subject: "",
          salespersonCode: "PS",
          description: "Retail letter",
        });
      }
    });

    it("yes (docs/decisions.md §D5): every line gets all of EMAIL's defaults, the correspondence type by the contact rule of docs/business-rules.md §2.2", () => {
      const result = changed(toEmail("yes"));
      expect(result.lines.map((l) => l.lineNo)).toEqual([10000, 20000, 40000, 50000]);
      expect(
        after(exampleLines, result).map((l) => [
          l.lineNo,
          l.interactionTemplateCode,
          l.interactionGroupCode,
          l.cost,
          l.duration,
          l.correspondenceType,
        ]),
      ).toEqual([
        [10000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
        [20000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
        // BC's own code writes the header default (Email) and leaves cost and duration; we refill as docs/business-rules.md §2.2 does.
        [30000, "EMAIL", "EMAILS", 0.1, 2, "Hard Copy"],
        [40000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
        [50000, "EMAIL", "EMAILS", 0.1, 2, "Email"],
      ]);
      // Not template defaults: they stay as the lines had them.
      expect(byLine(after(exampleLines, result), (l) => [l.description, l.salespersonCode, l.date])).toEqual([
        [10000, ["Retail letter", "JO", "2025-03-01"]],
        [20000, ["Retail letter", "JO", "2025-03-01"]],
        [30000, ["E-mail", "PS", "2025-03-01"]],
        [40000, ["Retail letter", "PS", "2025-03-01"]],
        [50000, ["Retail letter", "", "2025-03-01"]],
      ]);
    });

    it("no: the lines keep LETTER, and later header edits no longer reach them", () => {
      const result = changed(toEmail("no"));
      expect(result.lines).toEqual([]);
      const later = changeHeader({ header: result.header, lines: exampleLines, changes: { unitCost: 5 }, contactOf });
      // Only line 30000 carries EMAIL, the header's template now.
      expect(later).toMatchObject({ kind: "question", lineCount: 1, updates: [{ scope: "EMAIL" }] });
    });
  });
});

describe("docs/business-rules.md §1.3: each propagating field reaches the lines that carry the header's template, and only them", () => {
  it.each<[HeaderChanges, keyof SegmentLine, unknown]>([
    [{ description: "Spring letter" }, "description", "Spring letter"],
    [{ campaignNo: "CP01" }, "campaignNo", "CP01"],
    [{ salespersonCode: "AB" }, "salespersonCode", "AB"],
    [{ date: "2025-04-01" }, "date", "2025-04-01"],
    [{ unitCost: 1.25 }, "cost", 1.25],
    [{ unitDuration: 15 }, "duration", 15],
    [{ informationFlow: "Inbound" }, "informationFlow", "Inbound"],
    [{ initiatedBy: "Them" }, "initiatedBy", "Them"],
  ])("%j -> line %s", (changes, lineField, value) => {
    const result = changed(change(changes, { updateLines: "yes" }));
    expect(byLine(after(EX9_LINES, result), (l) => l[lineField] === value)).toEqual([
      [10000, true],
      [20000, true],
      [30000, false],
      [40000, true],
      [50000, true],
    ]);
  });

  it.each<[HeaderChanges, keyof SegmentLine]>([
    [{ campaignTarget: true }, "campaignTarget"],
    [{ campaignResponse: true }, "campaignResponse"],
  ])("%j -> line %s (on a segment with a campaign)", (changes, lineField) => {
    const header = { ...EX1_HEADER, campaignNo: "CP01" };
    const result = changed(changeHeader({ header, lines: EX9_LINES, changes, updateLines: "yes" }));
    expect(byLine(after(EX9_LINES, result), (l) => l[lineField])).toEqual([
      [10000, true],
      [20000, true],
      [30000, false],
      [40000, true],
      [50000, true],
    ]);
  });

  it("a header without a template reaches the lines without one", () => {
    const header = newSegmentHeader("S2", { description: "Plain" }, "2025-03-01");
    const lines = [
      fillLine("S2", 10000, header, contactOf("CT09")!, undefined),
      { ...fillLine("S2", 20000, header, contactOf("CT10")!, undefined), interactionTemplateCode: "LETTER" },
    ];
    const result = changeHeader({ header, lines, changes: { description: "Plainer" }, updateLines: "yes" });
    expect(changed(result).lines.map((l) => [l.lineNo, l.description])).toEqual([[10000, "Plainer"]]);
    expect(result.updates).toEqual([{ field: "Description", lines: 1, scope: "" }]);
  });

  it("asks only when a yes would change a line (BC asks whenever such lines exist)", () => {
    expect(change({ date: "2025-03-01" }).kind).toBe("changed");
    // Re-entering the header's own value still offers to overwrite a line edited by hand, as BC does.
    const edited = EX9_LINES.map((l) => (l.lineNo === 20000 ? { ...l, date: "2025-02-01" } : l));
    expect(changeHeader({ header: EX1_HEADER, lines: edited, changes: { date: "2025-03-01" } })).toMatchObject({
      kind: "question",
      lineCount: 1,
    });
  });

  it("a segment without lines never asks", () => {
    expect(changeHeader({ header: EX1_HEADER, lines: [], changes: { unitCost: 9, description: "x" } }).kind).toBe(
      "changed",
    );
  });

  it("several fields share one answer; the question counts each line once", () => {
    const result = change({ description: "Spring", unitCost: 3 });
    expect(result).toMatchObject({
      kind: "question",
      lineCount: 4,
      updates: [
        { field: "Description", lines: 4, scope: "LETTER" },
        { field: "Unit Cost (LCY)", lines: 4, scope: "LETTER" },
      ],
    });
  });
});

describe("docs/business-rules.md §1.3: Subject has its own rule", () => {
  // Line 20000 was given its own subject, line 40000 is in another language; 30000 carries EMAIL.
  const header = { ...EX1_HEADER, subject: "Hello" };
  const lines = EX9_LINES.map((l) => {
    if (l.lineNo === 20000) return { ...l, subject: "Hi Anna" };
    if (l.lineNo === 40000) return { ...l, subject: "Hello", languageCode: "DEU" };
    return { ...l, subject: "Hello" };
  });

  it("reaches only lines with the header's template, its language, and the old subject", () => {
    const result = changed(changeHeader({ header, lines, changes: { subject: "Spring offer" }, updateLines: "yes" }));
    expect(result.lines.map((l) => [l.lineNo, l.subject])).toEqual([
      [10000, "Spring offer"],
      [50000, "Spring offer"],
    ]);
  });
});

describe("docs/business-rules.md §1.3: fields that never reach the lines", () => {
  it.each<[HeaderChanges]>([
    [{ languageCode: "DEU" }],
    [{ ignoreContactCorresType: true }],
    [{ ignoreContactCorresType: true, correspondenceType: "Hard Copy" }],
  ])("%j changes the header only, without a question", (changes) => {
    const result = changed(change(changes));
    expect(result.header).toMatchObject(changes);
    expect(result.lines).toEqual([]);
  });

  it("clearing the campaign clears the header's campaign flags, not the lines' (BC's page)", () => {
    const header = { ...EX1_HEADER, campaignNo: "CP01", campaignTarget: true, campaignResponse: true };
    const lines = EX9_LINES.map((l) => ({ ...l, campaignNo: "CP01", campaignTarget: true }));
    const result = changed(changeHeader({ header, lines, changes: { campaignNo: "" }, updateLines: "yes" }));
    expect(result.header).toMatchObject({ campaignNo: "", campaignTarget: false, campaignResponse: false });
    expect(result.lines.map((l) => [l.lineNo, l.campaignNo, l.campaignTarget])).toEqual([
      [10000, "", true],
      [20000, "", true],
      [40000, "", true],
      [50000, "", true],
    ]);
  });
});

describe("docs/business-rules.md §1.2: choosing a template", () => {
  const CAMPAIGN_LETTER: InteractionTemplate = {
    ...LETTER,
    code: "CLETTER",
    campaignNo: "CP09",
    campaignTarget: true,
    languageCode: "DEU",
  };

  it("on a segment without lines: the header's defaults, no question", () => {
    const header = { ...newSegmentHeader("S3", { description: "d", campaignNo: "CP01", subject: "Hi" }, "2025-03-01") };
    const result = changed(
      changeHeader({ header, lines: [], changes: { interactionTemplateCode: "LETTER" }, template: LETTER }),
    );
    expect(result.header).toMatchObject({
      interactionTemplateCode: "LETTER",
      unitCost: 2.5,
      unitDuration: 5,
      correspondenceType: "Hard Copy",
      campaignNo: "CP01",
      subject: "",
    });
  });

  it("a template's own campaign replaces the header's and reaches the lines; its language is used for contacts who speak it", () => {
    const header = { ...EX1_HEADER, campaignNo: "CP01" };
    const result = changed(
      changeHeader({
        header,
        lines: EX9_LINES,
        changes: { interactionTemplateCode: "CLETTER" },
        template: CAMPAIGN_LETTER,
        contactOf,
        updateLines: "yes",
      }),
    );
    expect(result.header).toMatchObject({ campaignNo: "CP09", campaignTarget: true, languageCode: "DEU" });
    expect(result.lines.map((l) => [l.lineNo, l.campaignNo, l.campaignTarget, l.languageCode])).toEqual([
      [10000, "CP09", true, "DEU"],
      [20000, "CP09", true, "DEU"],
      [30000, "CP09", true, "DEU"],
      [40000, "CP09", true, "DEU"],
      [50000, "CP09", true, "DEU"],
    ]);
  });

  it("values given with the template land after its defaults, on the header and, confirmed, on every line", () => {
    const result = changed(
      change(
        { interactionTemplateCode: "EMAIL", unitCost: 0.5, subject: "News" },
        { template: EMAIL, updateLines: "yes" },
      ),
    );
    expect(result.header).toMatchObject({ interactionTemplateCode: "EMAIL", unitCost: 0.5, subject: "News" });
    expect(result.lines.map((l) => [l.cost, l.subject])).toEqual(Array(5).fill([0.5, "News"]));
  });

  it("a contact no longer on the sheet gets the template's correspondence type", () => {
    const result = changed(
      change({ interactionTemplateCode: "EMAIL" }, { template: EMAIL, contactOf: () => undefined, updateLines: "yes" }),
    );
    expect(result.lines.map((l) => l.correspondenceType)).toEqual(Array(5).fill("Email"));
  });

  it("clearing the template clears its defaults but keeps the campaign; confirmed, lines fall back to the contact's own type", () => {
    const header = { ...EX1_HEADER, campaignNo: "CP01" };
    const result = changed(
      changeHeader({
        header,
        lines: EX9_LINES,
        changes: { interactionTemplateCode: "" },
        contactOf,
        updateLines: "yes",
      }),
    );
    expect(result.header).toMatchObject({
      interactionTemplateCode: "",
      unitCost: 0,
      unitDuration: 0,
      informationFlow: "",
      correspondenceType: "",
      campaignNo: "CP01",
    });
    expect(
      result.lines.map((l) => [l.interactionTemplateCode, l.interactionGroupCode, l.cost, l.correspondenceType]),
    ).toEqual([
      ["", "", 0, "Email"],
      ["", "", 0, "Email"],
      ["", "", 0, "Hard Copy"],
      ["", "", 0, ""],
      ["", "", 0, ""],
    ]);
  });
});

describe("BC's Segment page: fields enabled only with their gate", () => {
  const plain = newSegmentHeader("S4", { description: "d" }, "2025-03-01");
  it.each<[string, SegmentHeader, HeaderChanges, RegExp]>([
    [
      "Unit Cost without a template",
      plain,
      { unitCost: 1 },
      /^Unit Cost \(LCY\) cannot be set on a segment without an interaction template/,
    ],
    [
      "Information Flow without a template",
      plain,
      { informationFlow: "Inbound" },
      /^Information Flow cannot be set on a segment without/,
    ],
    [
      "Unit Duration while clearing the template",
      EX1_HEADER,
      { interactionTemplateCode: "", unitDuration: 3 },
      /^Unit Duration \(Min\.\) cannot be set on a segment without/,
    ],
    [
      "Correspondence Type while contacts' own types are used",
      EX1_HEADER,
      { correspondenceType: "Email" },
      /^Correspondence Type cannot be set unless Ignore Contact Corres\. Type is Yes/,
    ],
    [
      "Campaign Target without a campaign",
      EX1_HEADER,
      { campaignTarget: true },
      /^Campaign Target cannot be set to Yes on a segment without a Campaign No\./,
    ],
    [
      "Campaign Response while clearing the campaign",
      { ...EX1_HEADER, campaignNo: "CP01" },
      { campaignNo: "", campaignResponse: true },
      /^Campaign Response cannot be set to Yes/,
    ],
  ])("%s is refused", (_label, header, changes, message) => {
    expect(() => changeHeader({ header, lines: EX9_LINES, changes, updateLines: "yes" })).toThrow(message);
  });

  it("a field and its gate may be set together", () => {
    expect(
      changed(
        changeHeader({
          header: plain,
          lines: [],
          changes: { interactionTemplateCode: "LETTER", unitCost: 1 },
          template: LETTER,
        }),
      ).header.unitCost,
    ).toBe(1);
  });
});

it("returns new values and leaves its input alone", () => {
  const header = Object.freeze({ ...EX1_HEADER });
  const lines = EX9_LINES.map((l) => Object.freeze({ ...l }));
  const copy = JSON.stringify([header, lines]);
  changeHeader({
    header,
    lines,
    changes: { interactionTemplateCode: "EMAIL", unitCost: 3 },
    template: EMAIL,
    contactOf,
    updateLines: "yes",
  });
  expect(JSON.stringify([header, lines])).toBe(copy);
});
