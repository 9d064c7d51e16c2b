import { build, codesOf, tableOf } from "./helpers";

const HEADER = ["No.", "Type", "Company No."];

function links(rows: readonly (readonly unknown[])[], header: readonly string[] = HEADER) {
  const { table, warnings } = build([header, ...rows]);
  return { isCompany: Array.from(table.isCompany), companyRow: Array.from(table.companyRow), warnings };
}

describe("companies and persons", () => {
  it("reads Type Company/Företag/Person ignoring case, and links persons to their company's row", () => {
    const result = links([
      ["C1", "Company", "C1"],
      ["P1", "person", "C1"],
      ["C2", "FÖRETAG", "C2"],
      ["P2", "Person", "c2"],
      ["P3", "PERSON", ""],
    ]);
    expect(result.isCompany).toEqual([1, 0, 1, 0, 0]);
    expect(result.companyRow).toEqual([0, 0, 2, 2, -1]);
    expect(result.warnings).toEqual([]);
  });

  it("takes Type's word for it even when Company No. says otherwise", () => {
    const result = links([
      ["C1", "Company", ""],
      ["P1", "Person", "P1"],
    ]);
    expect(result.isCompany).toEqual([1, 0]);
    expect(result.companyRow[0]).toBe(0);
    // A person whose company is itself points at a person: reported, no company.
    expect(result.companyRow[1]).toBe(-1);
    expect(codesOf(result.warnings)).toEqual(["company-not-company"]);
  });

  it("warns about any other Type and treats the contact as a person", () => {
    const result = links([
      ["C1", "Company", "C1"],
      ["X1", "Supplier", "C1"],
    ]);
    expect(result.isCompany).toEqual([1, 0]);
    expect(result.companyRow).toEqual([0, 0]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: "unknown-type", row: 3, column: "Type" });
    expect(result.warnings[0].message).toContain('"Supplier"');
  });

  it("makes a blank Type a company when Company No. is its own No., else a person", () => {
    const result = links([
      ["C1", "", "c1"],
      ["P1", "", "C1"],
      ["P2", " ", ""],
    ]);
    expect(result.isCompany).toEqual([1, 0, 0]);
    expect(result.companyRow).toEqual([0, 0, -1]);
  });

  it("infers the same way without a Type column", () => {
    const result = links(
      [
        ["P1", "C1"],
        ["C1", "C1"],
        ["P2", ""],
      ],
      ["No.", "Company No."],
    );
    expect(result.isCompany).toEqual([0, 1, 0]);
    expect(result.companyRow).toEqual([1, 1, -1]);
  });

  it("makes everybody an independent person without Type and Company No. columns", () => {
    const table = tableOf([
      ["No.", "Name"],
      ["K1", "Anna"],
      ["K2", "Bo"],
    ]);
    expect(Array.from(table.isCompany)).toEqual([0, 0]);
    expect(Array.from(table.companyRow)).toEqual([-1, -1]);
  });

  it("warns about a person whose company no. matches no contact, naming the row", () => {
    const result = links([
      ["C1", "Company", "C1"],
      ["P1", "Person", "C9"],
    ]);
    expect(result.companyRow).toEqual([0, -1]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      code: "unknown-company",
      severity: "warning",
      row: 3,
      column: "Company No.",
    });
    expect(result.warnings[0].message).toBe(
      "Contacts row 3: person P1: company no. C9 matches no company on the sheet; treated as having no company.",
    );
  });

  it("warns about a person whose company no. is a person", () => {
    const result = links([
      ["P1", "Person", ""],
      ["P2", "Person", "P1"],
    ]);
    expect(result.companyRow).toEqual([-1, -1]);
    expect(result.warnings[0]).toMatchObject({ code: "company-not-company", row: 3 });
    expect(result.warnings[0].message).toContain("P1 (row 2)");
  });
});
