import { build, buildError, codesOf, tableOf, texts } from "./helpers";

describe("contact rows", () => {
  it("skips blank rows: empty, whitespace and non-breaking spaces", () => {
    const table = tableOf(
      [["No.", "Name"], ["K1", "Anna"], ["", ""], ["  ", "\u00a0"], [], ["K2", "Bo"], ["\u202f", "\t"], ["K3", ""]],
      { firstRow: 4 },
    );
    expect(table.rowCount).toBe(3);
    expect(table.numbers).toEqual(["K1", "K2", "K3"]);
    expect(Array.from(table.sheetRows)).toEqual([5, 9, 11]);
    expect(texts(table, "Name")).toEqual(["Anna", "Bo", ""]);
  });

  it("keeps a row holding only FALSE or 0: they are values, not blanks", () => {
    const error = buildError([
      ["No.", "Flag"],
      ["K1", true],
      ["", false],
      ["", 0],
    ]);
    expect(error.problems.map((p) => [p.code, p.row])).toEqual([
      ["blank-no", 3],
      ["blank-no", 4],
    ]);
  });

  it("drops a table's totals row", () => {
    const values = [
      ["No.", "Amount"],
      ["K1", 10],
      ["K2", 20],
      ["", 30],
    ];
    const table = tableOf(values, { hasTotalsRow: true });
    expect(table.numbers).toEqual(["K1", "K2"]);
    expect(texts(table, "Amount")).toEqual(["10", "20"]);
  });

  it("drops the totals row even when it carries a label in the No. column", () => {
    const table = tableOf(
      [
        ["No.", "Amount"],
        ["K1", 10],
        ["Total", 10],
      ],
      { hasTotalsRow: true },
    );
    expect(table.numbers).toEqual(["K1"]);
  });

  it("keeps the last row when there is no totals row", () => {
    expect(tableOf([["No."], ["K1"], ["K2"]]).rowCount).toBe(2);
  });

  it("does not drop the header as a totals row", () => {
    const table = tableOf([["No.", "Name"]], { hasTotalsRow: true });
    expect(table.rowCount).toBe(0);
    expect(table.columns).toHaveLength(2);
  });

  it("counts contacts on hidden or filtered rows and keeps them", () => {
    const values = [["Contacts"], ["No."], ["K1"], ["K2"], [""], ["K3"], ["K4"]];
    // Sheet rows: title 1, header 2, K1 3, K2 4, blank 5, K3 6, K4 7. Hidden: the title, a blank row, K2 and K4.
    const table = tableOf(values, { hiddenRows: new Set([1, 4, 5, 7, 99]) });
    expect(table.rowCount).toBe(4);
    expect(table.hiddenRowCount).toBe(2);
  });

  it("counts hidden rows relative to firstRow", () => {
    const table = tableOf([["No."], ["K1"], ["K2"]], { firstRow: 10, hiddenRows: new Set([11, 12]) });
    expect(table.hiddenRowCount).toBe(2);
    expect(tableOf([["No."], ["K1"]]).hiddenRowCount).toBe(0);
  });

  it("skips a row of nothing but error values, with a warning naming it", () => {
    const { table, warnings } = build([
      ["No.", "Name"],
      ["K1", "Anna"],
      ["#N/A", "#REF!"],
      ["K2", "Bo"],
    ]);
    expect(table.numbers).toEqual(["K1", "K2"]);
    expect(warnings).toEqual([expect.objectContaining({ code: "error-row", row: 3 })]);
    expect(warnings[0].message).toContain("Contacts row 3");
  });

  it("treats null and undefined cells as blank", () => {
    const table = tableOf([
      ["No.", "Name"],
      ["K1", null],
      [null, undefined],
      ["K2", undefined],
    ]);
    expect(table.numbers).toEqual(["K1", "K2"]);
    expect(texts(table, "Name")).toEqual(["", ""]);
  });

  it("keeps the sheet name and the locale", () => {
    const table = tableOf([["No."], ["K1"]], { sheetName: "Kontakter", locale: "sv-SE" });
    expect(table.sheetName).toBe("Kontakter");
    expect(table.locale).toBe("sv-SE");
  });

  it("gives no warnings for a clean sheet", () => {
    expect(
      codesOf(
        build([
          ["No.", "Name"],
          ["K1", "Anna"],
        ]).warnings,
      ),
    ).toEqual([]);
  });
});
