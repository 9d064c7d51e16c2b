/** The command's tables: long cells are cut, so one long value does not pad every row. */
import { formatTable, MAX_CELL_WIDTH } from "../../src/cli/format";

describe("table output", () => {
  it("cuts a long cell instead of padding every row to it", () => {
    const long = "N".repeat(40_000);
    const table = formatTable(
      ["No.", "Name"],
      [
        ["1", long],
        ["2", "Anna"],
      ],
    );
    const lines = table.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(3 + 2 + MAX_CELL_WIDTH);
    expect(lines[2]).toBe(`1    ${"N".repeat(MAX_CELL_WIDTH - 1)}…`);
    expect(lines[3]).toBe("2    Anna");
  });

  it("keeps short cells whole, shows line breaks as spaces and never splits a surrogate pair", () => {
    expect(formatTable(["A"], [["x\ny"]]).split("\n")[2]).toBe("x y");
    const emoji = "😀".repeat(MAX_CELL_WIDTH + 5);
    const cell = formatTable(["A"], [[emoji]]).split("\n")[2];
    expect(Array.from(cell)).toHaveLength(MAX_CELL_WIDTH);
    expect(cell.endsWith("😀…")).toBe(true);
  });
});
