/** Text longer than a cell holds (only another program can write it) is cut, with a warning naming the cell. */
import { buildContactTable } from "../../../src/domain/contacts";
import { MAX_CELL_TEXT } from "../../../src/domain/contacts/encode";
import { cellText } from "../../../src/domain/contacts/column";

describe("text longer than a cell holds", () => {
  it("is cut to 32,767 characters with a warning naming the cell, never inside a surrogate pair", () => {
    const long = "a".repeat(MAX_CELL_TEXT - 1) + "😀" + "b".repeat(10);
    const built = buildContactTable({
      sheetName: "Contacts",
      locale: "en",
      values: [
        ["No.", "Name", "Mailing Groups"],
        ["C1", long, `NEWS; ${"x".repeat(MAX_CELL_TEXT + 5)}`],
        ["C2", "Bo", "NEWS"],
      ],
    });
    const name = built.table.columns.find((c) => c.header === "Name")!;
    expect(cellText(name, 0)).toBe("a".repeat(MAX_CELL_TEXT - 1));
    expect(cellText(name, 1)).toBe("Bo");
    expect(built.warnings.map((w) => w.message)).toEqual([
      `Contacts!B2 (Name): ${long.length} characters, more than the ${MAX_CELL_TEXT} a cell holds; only the first ${MAX_CELL_TEXT} are used`,
      `Contacts!C2 (Mailing Groups): ${MAX_CELL_TEXT + 11} characters, more than the ${MAX_CELL_TEXT} a cell holds; only the first ${MAX_CELL_TEXT} are used`,
    ]);
  });
});
