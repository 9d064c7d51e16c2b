import { FIELD_SPECS } from "../../../src/domain/contacts";
import { build, buildError, codesOf, columnOf, tableOf, texts } from "./helpers";

describe("header row and field recognition", () => {
  it.each(FIELD_SPECS.flatMap((spec) => spec.headers.map((header) => [spec.id, header] as const)))(
    "recognises %s from %j",
    (id, header) => {
      const values =
        id === "no"
          ? [[header], ["K1"]]
          : [
              ["No.", header],
              ["K1", ""],
            ];
      const table = tableOf(values);
      expect(table.columns[table.fieldColumns[id]!].header).toBe(header);
    },
  );

  it.each([
    ["no", "contact no"],
    ["no", "CONTACT_NO."],
    ["no", " Nr: "],
    ["name", "NAMN"],
    ["companyNo", "företags-nr"],
    ["companyNo", "Company  No"],
    ["email", "e mail"],
    ["email", "E-POST"],
    ["excludeFromSegment", "exclude-from-segment?"],
    ["salespersonCode", "SÄLJARE"],
    ["mailingGroups", "mailing groups:"],
    ["jobResponsibilities", "befattnings ansvar"],
  ] as const)("ignores case, spaces and punctuation: %s from %j", (id, header) => {
    const table = tableOf(
      id === "no"
        ? [
            ["Name", header],
            ["", "K1"],
          ]
        : [
            ["Kontaktnr", header],
            ["K1", ""],
          ],
    );
    expect(table.fieldColumns[id]).toBe(1);
  });

  it("keeps every headed column, recognised or not, in sheet order with its sheet column", () => {
    const table = tableOf(
      [
        ["Nr", "Namn", "Region", "Typ"],
        ["K1", "Åsa", "Norr", "Person"],
      ],
      { firstColumn: 2 },
    );
    expect(table.columns.map((c) => [c.header, c.sheetColumn, c.field])).toEqual([
      ["Nr", 2, "no"],
      ["Namn", 3, "name"],
      ["Region", 4, undefined],
      ["Typ", 5, "type"],
    ]);
    expect(table.fieldColumns).toEqual({ no: 0, name: 1, type: 3 });
  });

  it("skips title rows above the header", () => {
    const { table, warnings } = build(
      [
        ["Customer contacts 2025", "", ""],
        ["exported by Åsa", 42, ""],
        ["", "", ""],
        ["Name", "No.", "City"],
        ["Anna", "K1", "Umeå"],
        ["Bo", "K2", "Lund"],
      ],
      { firstRow: 3 },
    );
    expect(table.headerRow).toBe(6);
    expect(table.numbers).toEqual(["K1", "K2"]);
    expect(Array.from(table.sheetRows)).toEqual([7, 8]);
    expect(texts(table, "City")).toEqual(["Umeå", "Lund"]);
    expect(warnings).toEqual([]);
  });

  it("finds a header that sits on row 30 but not on row 31", () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => [`title ${i}`]);
    expect(tableOf([...titles(29), ["No."], ["K1"]]).headerRow).toBe(30);
    const error = buildError([...titles(30), ["No."], ["K1"]]);
    expect(codesOf(error.problems)).toEqual(["missing-no-column"]);
  });

  it("reports a missing No. column naming the sheet and the accepted headers", () => {
    const error = buildError(
      [
        ["Name", "E-Mail"],
        ["Anna", "a@x"],
      ],
      { sheetName: "Kunder" },
    );
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem).toMatchObject({ severity: "error", code: "missing-no-column", sheet: "Kunder" });
    expect(problem.message).toContain("Kunder");
    for (const header of ["No.", "Contact No.", "Nr", "Kontaktnr"]) expect(problem.message).toContain(header);
    expect(error.message).toBe(problem.message);
    expect(error.name).toBe("ContactTableError");
    expect(error).toBeInstanceOf(Error);
  });

  it("reports a missing No. column on an empty sheet", () => {
    expect(codesOf(buildError([]).problems)).toEqual(["missing-no-column"]);
    expect(codesOf(buildError([[""], [""]]).problems)).toEqual(["missing-no-column"]);
  });

  it("builds an empty table from a header without contacts", () => {
    const table = tableOf([["No.", "Name"]]);
    expect(table.rowCount).toBe(0);
    expect(table.columns).toHaveLength(2);
    expect(table.rowByNumber.size).toBe(0);
  });

  it("lets the first column win when a field is recognised twice, and warns naming both", () => {
    const { table, warnings } = build([
      ["No.", "E-Mail", "E-post"],
      ["K1", "a@x", "b@y"],
    ]);
    expect(table.fieldColumns.email).toBe(1);
    expect(columnOf(table, "E-post").field).toBeUndefined();
    expect(texts(table, "E-post")).toEqual(["b@y"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: "warning",
      code: "duplicate-field",
      column: "E-post",
      columnLetter: "C",
    });
    expect(warnings[0].message).toMatch(/"E-Mail" \(B\).*"E-post" \(C\)/);
  });

  it("keeps a second No. column as an ordinary column", () => {
    const { table, warnings } = build([
      ["No.", "Contact No."],
      ["K1", "OLD-1"],
    ]);
    expect(table.numbers).toEqual(["K1"]);
    expect(texts(table, "Contact No.")).toEqual(["OLD-1"]);
    expect(codesOf(warnings)).toEqual(["duplicate-field"]);
  });

  it("warns about a repeated header and keeps both columns", () => {
    const { table, warnings } = build([
      ["No.", "Region", "region "],
      ["K1", "Norr", "Syd"],
    ]);
    expect(table.columns.map((c) => c.header)).toEqual(["No.", "Region", "region"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "duplicate-header", columnLetter: "C", row: 1 });
    expect(warnings[0].message).toContain("columns B and C");
  });

  it("names a headerless column with data after its letter, with a warning, and drops empty ones", () => {
    const values = [
      ["No.", "", "Name", "", ""],
      ["K1", "", "Anna", "x", ""],
      ["K2", "", "Bo", "", "  "],
    ];
    const { table, warnings } = build(values, { firstColumn: 4 });
    expect(table.columns.map((c) => c.header)).toEqual(["No.", "Name", "Column H"]);
    expect(columnOf(table, "Column H").sheetColumn).toBe(7);
    expect(texts(table, "Column H")).toEqual(["x", ""]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: "blank-header", column: "Column H", columnLetter: "H" }),
    ]);
  });

  it("reads data beyond the header's width in ragged rows", () => {
    const { table, warnings } = build([["No."], ["K1", "extra"], ["K2"]]);
    expect(texts(table, "Column B")).toEqual(["extra", ""]);
    expect(codesOf(warnings)).toEqual(["blank-header"]);
  });

  it("writes numeric and boolean headers as text", () => {
    const table = tableOf([
      ["No.", 2024, true],
      ["K1", 1, 2],
    ]);
    expect(table.columns.map((c) => c.header)).toEqual(["No.", "2024", "TRUE"]);
  });

  it("letters columns past Z the way Excel does", () => {
    const header = ["No.", ...Array.from({ length: 27 }, () => "")];
    const row = ["K1", ...Array.from({ length: 26 }, () => ""), "x"];
    expect(tableOf([header, row]).columns[1].header).toBe("Column AB");
    expect(tableOf([header, row], { firstColumn: 675 }).columns[1].header).toBe("Column AAA");
  });
});
