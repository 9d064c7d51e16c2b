import {
  headerField,
  parseHeaderChanges,
  parseHeaderValue,
  type HeaderFieldId,
} from "../../../src/domain/segments/headerFields";

const parse = (id: HeaderFieldId, text: string) => parseHeaderValue(headerField(id), text);

describe("header values typed by the user", () => {
  it.each<[HeaderFieldId, string, unknown]>([
    ["description", "  Spring letter ", "Spring letter"],
    ["campaignNo", "", ""],
    ["date", "2024-02-29", "2024-02-29"],
    ["unitCost", "2.50", 2.5],
    ["unitCost", "2,5", 2.5],
    ["unitCost", "0", 0],
    ["unitDuration", "15", 15],
    ["campaignTarget", "yes", true],
    ["campaignTarget", "TRUE", true],
    ["campaignResponse", "no", false],
    ["ignoreContactCorresType", "0", false],
    ["correspondenceType", "hard copy", "Hard Copy"],
    ["correspondenceType", "e-mail", "Email"],
    ["correspondenceType", "", ""],
    ["informationFlow", "outbound", "Outbound"],
    ["initiatedBy", "THEM", "Them"],
  ])("%s %j -> %j", (id, text, value) => {
    expect(parse(id, text)).toEqual(value);
  });

  it.each<[HeaderFieldId, string, string]>([
    ["date", "2025-02-30", 'Date "2025-02-30" is not valid: use a date in the form yyyy-mm-dd.'],
    ["date", "1/3/2025", 'Date "1/3/2025" is not valid: use a date in the form yyyy-mm-dd.'],
    ["date", "", 'Date "" is not valid: use a date in the form yyyy-mm-dd.'],
    ["unitCost", "-1", 'Unit Cost (LCY) "-1" is not valid: it must not be negative.'],
    ["unitDuration", "ten", 'Unit Duration (Min.) "ten" is not valid: use a number such as 2.50.'],
    ["unitCost", "", 'Unit Cost (LCY) "" is not valid: use a number such as 2.50.'],
    ["campaignTarget", "maybe", 'Campaign Target "maybe" is not valid: use yes or no.'],
    ["correspondenceType", "Fax", 'Correspondence Type "Fax" is not valid: use Hard Copy, Email or blank ("").'],
    ["initiatedBy", "Me", 'Initiated By "Me" is not valid: use Us, Them or blank ("").'],
  ])("%s %j is refused: %s", (id, text, message) => {
    expect(() => parse(id, text)).toThrow(message);
  });

  it("collects several fields and refuses one given twice", () => {
    expect(
      parseHeaderChanges([
        { id: "unitCost", text: "3" },
        { id: "salespersonCode", text: "PS" },
      ]),
    ).toEqual({ unitCost: 3, salespersonCode: "PS" });
    expect(() =>
      parseHeaderChanges([
        { id: "campaignNo", text: "CP01" },
        { id: "campaignNo", text: "CP02" },
      ]),
    ).toThrow("Campaign No. is given twice: give each field once.");
  });
});
