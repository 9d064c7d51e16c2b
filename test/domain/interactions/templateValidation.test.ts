/** Interaction Templates sheet validation (docs/business-rules.md §6): every problem named by sheet row and column. */
import {
  describeTemplateProblem,
  validateTemplates,
  type TemplateRowInput,
} from "../../../src/domain/interactions/templateValidation";

const row = (sheetRow: number, overrides: Partial<TemplateRowInput["record"]> = {}): TemplateRowInput => ({
  sheetRow,
  record: {
    code: "LETTER",
    description: "Letter",
    interactionGroupCode: "LETTERS",
    unitCost: 2.5,
    unitDuration: 5,
    informationFlow: "Outbound",
    initiatedBy: "Us",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    correspondenceType: "Hard Copy",
    ignoreContactCorresType: false,
    languageCode: "",
    ...overrides,
  },
});

const messages = (rows: TemplateRowInput[]) =>
  validateTemplates(rows).problems.map((p) => describeTemplateProblem("Interaction Templates", p));

it("a valid row passes as it is", () => {
  expect(validateTemplates([row(2)])).toEqual({ templates: [row(2).record], problems: [] });
});

it("option values are matched ignoring case, spaces and hyphens and given back in their canonical spelling", () => {
  const { templates, problems } = validateTemplates([
    row(2, { informationFlow: "inbound", initiatedBy: "THEM", correspondenceType: "e-mail" }),
    row(3, { code: "X", correspondenceType: "hardcopy", informationFlow: "", initiatedBy: "" }),
  ]);
  expect(problems).toEqual([]);
  expect(templates.map((t) => [t.informationFlow, t.initiatedBy, t.correspondenceType])).toEqual([
    ["Inbound", "Them", "Email"],
    ["", "", "Hard Copy"],
  ]);
});

it("names every problem of every row by sheet row and column", () => {
  expect(
    messages([
      row(2),
      row(3, { code: "MEET", interactionGroupCode: " ", unitCost: -1, unitDuration: -30 }),
      row(4, { code: "", informationFlow: "Sideways", initiatedBy: "Them both", correspondenceType: "Fax" }),
    ]),
  ).toEqual([
    "Interaction Templates row 3, column Interaction Group Code: must have a value (template MEET).",
    "Interaction Templates row 3, column Unit Cost (LCY): must not be negative (-1) (template MEET).",
    "Interaction Templates row 3, column Unit Duration (Min.): must not be negative (-30) (template MEET).",
    "Interaction Templates row 4, column Code: must have a value.",
    'Interaction Templates row 4, column Information Flow: "Sideways" is not Outbound, Inbound or blank.',
    'Interaction Templates row 4, column Initiated By: "Them both" is not Us, Them or blank.',
    'Interaction Templates row 4, column Correspondence Type: "Fax" is not Hard Copy, Email or blank.',
  ]);
});

it("keeps the valid rows when others are not, so one bad row blocks only its own template", () => {
  const { templates } = validateTemplates([
    row(2, { code: "A" }),
    row(3, { code: "B", unitCost: -1 }),
    row(4, { code: "C" }),
  ]);
  expect(templates.map((t) => t.code)).toEqual(["A", "C"]);
});

it("zero cost and duration are fine (BC's defaults)", () => {
  expect(messages([row(2, { unitCost: 0, unitDuration: 0 })])).toEqual([]);
});
