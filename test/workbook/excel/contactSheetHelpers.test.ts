/** The small pieces of reading a contact sheet through office-js: number formats and hidden rows. */
import { columnNumberFormats, hiddenRowsOf, rowOfAddress } from "../../../src/workbook/excel/contactSheetHelpers";

describe("contact sheet read helpers", () => {
  it("takes each column's first number format other than General among its numbers", () => {
    const values = [
      ["a", 1, 2, true],
      ["b", 3, "x", false],
      ["c", 4, 5],
    ];
    const formats = [
      ["@", "0.00", "yyyy-mm-dd", "General"],
      ["@", "General", "@", "General"],
      ["@", "General", "m/d/yyyy", "General"],
    ];
    expect(columnNumberFormats(values, formats)).toEqual([undefined, "0.00", "yyyy-mm-dd", undefined]);
    expect(columnNumberFormats([], [])).toEqual([]);
  });

  it("reads row numbers from addresses", () => {
    expect(rowOfAddress("Contacts!B12")).toBe(12);
    expect(rowOfAddress("'My sheet'!$AB$7")).toBe(7);
    expect(rowOfAddress("'A!B'!C3:D3")).toBe(3);
    expect(() => rowOfAddress("Contacts!12")).toThrow(/Not a cell address/);
  });

  it("lists the rows of a range that are not visible", () => {
    expect(hiddenRowsOf(5, 4, [5, 7])).toEqual(new Set([6, 8]));
    expect(hiddenRowsOf(1, 2, [])).toEqual(new Set([1, 2]));
  });
});
