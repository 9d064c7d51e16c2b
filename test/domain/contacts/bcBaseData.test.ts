import { BOOL_FALSE, BOOL_TRUE, type BooleanColumn, type ContactTable } from "../../../src/domain/contacts";
import { bcBaseSheet, BC_BASE_ROWS } from "../../support/bcBaseData";
import { build, texts } from "./helpers";

describe("docs/business-rules.md §11.0 base data", () => {
  const { table, warnings } = build(bcBaseSheet().values);
  const row = (no: string) => table.rowByNumber.get(no.toLowerCase())!;
  const companyOf = (t: ContactTable, no: string) => {
    const r = t.companyRow[row(no)];
    return r < 0 ? undefined : t.numbers[r];
  };

  it("reads all eleven contacts, every column a recognised field, without warnings", () => {
    expect(warnings).toEqual([]);
    expect(table.rowCount).toBe(11);
    expect(table.numbers).toEqual(BC_BASE_ROWS.map((r) => r[0]));
    expect(table.columns.every((c) => c.field !== undefined)).toBe(true);
    expect(Object.keys(table.fieldColumns)).toHaveLength(14);
  });

  it("knows the companies", () => {
    const companies = table.numbers.filter((_, r) => table.isCompany[r] === 1);
    expect(companies).toEqual(["CT01", "CT04", "CT07", "CT11"]);
  });

  it("links each person to its company, and the independent ones to none", () => {
    const links = Object.fromEntries(table.numbers.map((no) => [no, companyOf(table, no)]));
    expect(links).toEqual({
      CT01: "CT01",
      CT02: "CT01",
      CT03: "CT01",
      CT04: "CT04",
      CT05: "CT04",
      CT06: "CT04",
      CT07: "CT07",
      CT08: "CT07",
      CT09: undefined,
      CT10: undefined,
      CT11: "CT11",
    });
  });

  it("gives the same links without the Type column (inferred from Company No.)", () => {
    const values = bcBaseSheet().values.map((r) => r.filter((_, c) => c !== 1));
    const untyped = build(values).table;
    expect(Array.from(untyped.isCompany)).toEqual(Array.from(table.isCompany));
    expect(Array.from(untyped.companyRow)).toEqual(Array.from(table.companyRow));
  });

  it("reads the attributes as multi-valued columns", () => {
    expect(texts(table, "Industry Groups")).toEqual([
      "RETAIL",
      "",
      "",
      "RETAIL; MANUF",
      "",
      "",
      "MANUF",
      "",
      "",
      "",
      "SERVICE",
    ]);
    expect(texts(table, "Mailing Groups")).toEqual(["", "NEWS", "", "XMAS", "", "NEWS", "", "NEWS", "NEWS", "", ""]);
    expect(texts(table, "Business Relations").filter(Boolean)).toEqual(["CUST", "VEND", "CUST", "PROS"]);
    expect(texts(table, "Job Responsibilities").filter(Boolean)).toEqual(["PURCH", "SALES", "PURCH"]);
  });

  it("reads Exclude from Segment: CT05 and CT07 are excluded", () => {
    const exclude = table.columns[table.fieldColumns.excludeFromSegment!] as BooleanColumn;
    const excluded = table.numbers.filter((_, r) => exclude.values[r] === BOOL_TRUE);
    expect(excluded).toEqual(["CT05", "CT07"]);
    expect(exclude.values.every((v) => v === BOOL_TRUE || v === BOOL_FALSE)).toBe(true);
  });

  it("keeps the blanks of docs/business-rules.md §11.0 as blanks", () => {
    expect(texts(table, "Correspondence Type")).toEqual([
      "Email",
      "Email",
      "Hard Copy",
      "",
      "Email",
      "",
      "Hard Copy",
      "Email",
      "Email",
      "Hard Copy",
      "Hard Copy",
    ]);
    expect(texts(table, "Language Code").filter(Boolean)).toEqual(["DEU"]);
    expect(texts(table, "Salesperson Code")[5]).toBe("");
  });
});
