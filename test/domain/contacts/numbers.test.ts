import { ContactTableError } from "../../../src/domain/contacts";
import { build, buildError, codesOf, tableOf } from "./helpers";

describe("contact numbers", () => {
  it("reports a blank No. on every non-blank row, with the row", () => {
    const values = [
      ["Title"],
      ["No.", "Name"],
      ["K1", "Anna"],
      ["", "Bo"],
      ["  ", "Carl"],
      ["#N/A", "Dora"],
      ["K5", "Eva"],
    ];
    const error = buildError(values);
    expect(error.problems.map((p) => [p.code, p.row, p.severity])).toEqual([
      ["blank-no", 4, "error"],
      ["blank-no", 5, "error"],
      ["blank-no", 6, "error"],
    ]);
    expect(error.problems[0].message).toMatch(/^Contacts row 4: .*blank/);
    expect(error.problems[0].column).toBe("No.");
    // The #N/A number is also reported as an error cell among the warnings.
    expect(codesOf(error.warnings)).toEqual(["error-cells"]);
  });

  it("reports a number used twice, naming both rows", () => {
    const error = buildError([["No."], ["K100"], ["K101"], ["K102"], ["K101"]], { firstRow: 11 });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      code: "duplicate-no",
      severity: "error",
      sheet: "Contacts",
      row: 15,
      column: "No.",
    });
    expect(error.problems[0].message).toBe(
      "Contacts row 15: contact number K101 appears twice (rows 13 and 15). Make each number unique.",
    );
  });

  it("compares numbers ignoring case and lists every duplicate group with all its rows", () => {
    const values = [["No."], ["A1"], ["b2"], ["a1"], ["B2"], ["C3"], ["A1 "], ["b2"], ["D4"]];
    const error = buildError(values);
    expect(error.problems.map((p) => p.message)).toEqual([
      "Contacts row 7: contact number A1 appears 3 times, ignoring case (A1, a1) (rows 2, 4 and 7). Make each number unique.",
      "Contacts row 8: contact number b2 appears 3 times, ignoring case (b2, B2) (rows 3, 5 and 8). Make each number unique.",
    ]);
  });

  it("lists blank and duplicate numbers together, and the message summarises the first ones", () => {
    const values = [
      ["No.", "Name"],
      ["K1", "a"],
      ["", "b"],
      ["K1", "c"],
      ["", "d"],
      ["K2", "e"],
      ["K2", "f"],
      ["", "g"],
    ];
    const error = buildError(values);
    expect(codesOf(error.problems)).toEqual(["blank-no", "blank-no", "blank-no", "duplicate-no", "duplicate-no"]);
    const lines = error.message.split("\n");
    expect(lines.slice(0, 3)).toEqual(error.problems.slice(0, 3).map((p) => p.message));
    expect(lines[3]).toContain("2 more problems");
  });

  it("throws a ContactTableError, never a table, when there are errors", () => {
    expect(() => build([["No."], ["K1"], ["K1"]])).toThrow(ContactTableError);
  });

  it("reports every error, not a capped list", () => {
    const values = [["No.", "Name"], ...Array.from({ length: 120 }, (_, i) => ["", `Person ${i}`])];
    expect(buildError(values).problems).toHaveLength(120);
  });

  it("maps each folded number to its row", () => {
    const table = tableOf([["No."], ["CT01"], ["ct02"], [7]]);
    expect(table.numbers).toEqual(["CT01", "ct02", "7"]);
    expect(table.rowByNumber.get("ct01")).toBe(0);
    expect(table.rowByNumber.get("ct02")).toBe(1);
    expect(table.rowByNumber.get("7")).toBe(2);
    expect(table.rowByNumber.get("CT01")).toBeUndefined();
    expect(table.rowByNumber.has("ct02")).toBe(true);
    expect(table.rowByNumber.has("ct03")).toBe(false);
    expect(table.rowByNumber.size).toBe(3);
  });

  it("lets rowByNumber be read like any ReadonlyMap", () => {
    const { rowByNumber } = tableOf([["No."], ["A"], ["B"], ["C"]]);
    expect([...rowByNumber]).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    expect(new Map(rowByNumber)).toEqual(
      new Map([
        ["a", 0],
        ["b", 1],
        ["c", 2],
      ]),
    );
    expect([...rowByNumber.keys()]).toEqual(["a", "b", "c"]);
    expect([...rowByNumber.values()]).toEqual([0, 1, 2]);
    expect([...rowByNumber.entries()]).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    const seen: [string, number][] = [];
    rowByNumber.forEach((row, key) => seen.push([key, row]));
    expect(seen).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
  });

  it("finds every number among many", () => {
    const count = 20_000;
    const values = [["No."], ...Array.from({ length: count }, (_, i) => [`CT${String(i).padStart(6, "0")}`])];
    const table = tableOf(values);
    expect(table.rowByNumber.size).toBe(count);
    for (let i = 0; i < count; i += 97) expect(table.rowByNumber.get(`ct${String(i).padStart(6, "0")}`)).toBe(i);
    expect(table.rowByNumber.get("ct999999")).toBeUndefined();
  });
});
