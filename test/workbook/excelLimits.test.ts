import { checkCellText, MAX_CELL_CHARS, MAX_ROWS, sheetNameProblem } from "../../src/app/store/excelLimits";
import { rowsXml } from "../../src/workbook/xlsx/sheetWriter";
import { valuesOps } from "../../src/workbook/excel/writeOps";

describe("Excel's limits, as both gateways check them", () => {
  it.each([
    ["Mailing List", undefined],
    ["x".repeat(31), undefined],
    ["x".repeat(32), /at most 31 characters/],
    ["", /cannot be blank/],
    ["   ", /cannot be blank/],
    ["Q1/Q2", /cannot contain \//],
    ["a[b]", /cannot contain \[/],
    ["What?", /cannot contain \?/],
    ["a:b", /cannot contain :/],
    ["a*b", /cannot contain \*/],
    ["a\\b", /cannot contain \\/],
    ["'quoted", /apostrophe/],
    ["quoted'", /apostrophe/],
    ["it's fine", undefined],
    ["History", /keeps for itself/],
  ])("sheet name %j", (name, problem) => {
    const found = sheetNameProblem(name);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it("a cell holds at most 32,767 characters, named by sheet and cell", () => {
    expect(() => checkCellText("Segment Lines", "E2", "x".repeat(MAX_CELL_CHARS))).not.toThrow();
    expect(() => checkCellText("Segment Lines", "E2", "x".repeat(MAX_CELL_CHARS + 1))).toThrow(
      /Segment Lines!E2: 32,768 characters; an Excel cell holds at most 32,767/,
    );
  });

  it("the .xlsx writer refuses a long cell and rows past row 1,048,576", () => {
    expect(() => rowsXml("", "Log", 2, [["ok", "x".repeat(MAX_CELL_CHARS + 1)]], [])).toThrow(
      /Log!B2: 32,768 characters/,
    );
    expect(() => rowsXml("", "Log", MAX_ROWS, [["last"]], [])).not.toThrow();
    expect(() => rowsXml("", "Log", MAX_ROWS, [["last"], ["one too many"]], [])).toThrow(
      /would need 1,048,577 rows; Excel's limit is 1,048,576/,
    );
  });

  it("the Excel gateway refuses the same before planning a write", () => {
    expect(() => valuesOps("Log", 0, 2, [["ok", "x".repeat(MAX_CELL_CHARS + 1)]])).toThrow(/Log!D1: 32,768 characters/);
    expect(() => valuesOps("Log", MAX_ROWS - 1, 0, [["last"], ["one too many"]])).toThrow(/Excel's limit is 1,048,576/);
  });
});
