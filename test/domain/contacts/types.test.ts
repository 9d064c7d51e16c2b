import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  isDateFormat,
  isoToSerial,
  type BooleanColumn,
  type NumberColumn,
} from "../../../src/domain/contacts";
import { build, columnOf, tableOf, texts } from "./helpers";

/** The table built from one unrecognised column "X" with these cells (and a number format for it). */
function column(cells: readonly unknown[], format?: string) {
  const values = [["No.", "X"], ...cells.map((cell, i) => [`K${i}`, cell])];
  const table = tableOf(values, { numberFormats: [undefined, format] });
  return { table, column: columnOf(table, "X") };
}

describe("type of columns that are not recognised fields", () => {
  it("boolean when every value is TRUE/FALSE or a Yes/No word", () => {
    const { column: c, table } = column([true, "", "FALSE", " yes ", "No", "ja", "NEJ", false]);
    expect(c.type).toBe("boolean");
    expect(Array.from((c as BooleanColumn).values)).toEqual([
      BOOL_TRUE,
      BOOL_BLANK,
      BOOL_FALSE,
      BOOL_TRUE,
      BOOL_FALSE,
      BOOL_TRUE,
      BOOL_FALSE,
      BOOL_FALSE,
    ]);
    expect(texts(table, "X")).toEqual(["Yes", "", "No", "Yes", "No", "Yes", "No", "No"]);
  });

  it("number, not boolean, when it holds 1 and 0", () => {
    expect(column([1, 0, 1]).column.type).toBe("number");
    expect(column(["1", "0"]).column.type).toBe("number");
  });

  it("number when every value is a number", () => {
    const { column: c } = column([42, "", 3.5, -7, 1e-3]);
    expect(c.type).toBe("number");
    expect(Array.from((c as NumberColumn).values)).toEqual([42, NaN, 3.5, -7, 0.001]);
  });

  it("number when numbers are stored as plain decimal text, mixed with real numbers", () => {
    const { column: c, table } = column([" 42", "3.50", 7, "-0.25", "+8", "1e3", "0"]);
    expect(c.type).toBe("number");
    expect(Array.from((c as NumberColumn).values)).toEqual([42, 3.5, 7, -0.25, 8, 1000, 0]);
    expect(texts(table, "X")).toEqual(["42", "3.5", "7", "-0.25", "8", "1000", "0"]);
  });

  it.each([
    ["leading zeros (codes such as post codes)", ["00123", "456"]],
    ["thousands separators and decimal commas", ["1 234,5", "2"]],
    ["decimal comma alone", ["3,5", "2"]],
    ["thousands comma", ["1,234", "2"]],
    ["percentages and currency", ["12%", "$3"]],
    ["text and numbers mixed", [1, "one"]],
  ])("text, not number, for %s, keeping the values as written", (_, cells) => {
    const { column: c, table } = column(cells);
    expect(c.type).toBe("text");
    expect(texts(table, "X")).toEqual(cells.map(String));
  });

  it("text when booleans and numbers mix, booleans written as Excel shows them", () => {
    const { column: c, table } = column([true, 1, "no"]);
    expect(c.type).toBe("text");
    expect(texts(table, "X")).toEqual(["TRUE", "1", "no"]);
  });

  it("date when a date-formatted column holds serials, keeping the time of day", () => {
    const { column: c, table } = column([45658, "", 45658.5, 1], "yyyy-mm-dd");
    expect(c.type).toBe("date");
    expect(Array.from((c as NumberColumn).values)).toEqual([45658, NaN, 45658.5, 1]);
    expect(texts(table, "X")).toEqual(["2025-01-01", "", "2025-01-01", "1899-12-31"]);
  });

  it("number when the same serials are not date formatted", () => {
    expect(column([45658, 45659], "General").column.type).toBe("number");
    expect(column([45658, 45659], "0.00").column.type).toBe("number");
    expect(column([45658, 45659]).column.type).toBe("number");
  });

  it("date when every value is yyyy-mm-dd text, whatever the format", () => {
    const { column: c, table } = column(["2025-03-01", " 2024-02-29 ", ""]);
    expect(c.type).toBe("date");
    expect(Array.from((c as NumberColumn).values)).toEqual([isoToSerial("2025-03-01"), isoToSerial("2024-02-29"), NaN]);
    expect(texts(table, "X")).toEqual(["2025-03-01", "2024-02-29", ""]);
  });

  it("date when ISO text and serials mix in a date-formatted column", () => {
    const { column: c, table } = column(["2025-03-01", 45658], "m/d/yyyy");
    expect(c.type).toBe("date");
    expect(texts(table, "X")).toEqual(["2025-03-01", "2025-01-01"]);
  });

  it("text when ISO text and numbers mix without a date format", () => {
    const { column: c, table } = column(["2025-03-01", 45658], "General");
    expect(c.type).toBe("text");
    expect(texts(table, "X")).toEqual(["2025-03-01", "45658"]);
  });

  it("text for impossible or differently written dates", () => {
    expect(column(["2025-02-30"]).column.type).toBe("text");
    expect(column(["2025-3-1"]).column.type).toBe("text");
    expect(column(["01/03/2025"]).column.type).toBe("text");
  });

  it("number, not date, for numbers stored as text in a date-formatted column", () => {
    expect(column(["2024", "2025"], "yyyy-mm-dd").column.type).toBe("number");
  });

  it("text when the column holds nothing", () => {
    const { column: c, table } = column(["", "  ", "#N/A"]);
    expect(c.type).toBe("text");
    expect(texts(table, "X")).toEqual(["", "", ""]);
  });

  it("gives recognised text fields their kind whatever their values look like", () => {
    const values = [
      ["No.", "Salesperson Code", "Language Code", "Type"],
      [1, 2, "2025-01-01", true],
    ];
    const { table } = build(values, { numberFormats: [undefined, undefined, "yyyy-mm-dd"] });
    expect(table.columns.map((c) => c.type)).toEqual(["text", "text", "text", "text"]);
    expect(texts(table, "Salesperson Code")).toEqual(["2"]);
  });
});

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d/m/yy",
    "dd.mm.yyyy",
    "mmm-yy",
    "mmmm d, yyyy",
    "[$-409]m/d/yy h:mm AM/PM",
    "[$-41D]yyyy-mm-dd;@",
    "dddd",
    "YYYY-MM-DD",
    "yyyy-mm-dd hh:mm:ss",
    '[Red]d/m/yyyy;"none"',
  ])("%j is a date format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "General",
    "GENERAL",
    "0",
    "0.00",
    "#,##0",
    "# ##0,00 kr",
    "@",
    "0.00E+00",
    "h:mm",
    "hh:mm:ss",
    "[h]:mm:ss",
    "mm:ss",
    "[mm]:ss",
    "h:mm AM/PM",
    '"day "0',
    '0" days"',
    "0\\d",
    "[$$-409]#,##0.00",
    "[Color10]0",
    '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)',
  ])("%j is not a date format", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
