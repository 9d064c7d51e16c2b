/**
 * A column's codes for every row are made as wide as the rate of new values in its first rows foretells
 * (docs/decisions.md §D109); a foretelling that proves wrong costs memory, never a different table.
 */
import { buildContactTable, contactTableSteps } from "../../../src/domain/contacts/buildContactTable";
import { CodesForEveryRow, newCodes } from "../../../src/domain/contacts/codes";
import type { ContactSheetInput, MultiColumn, TextColumn } from "../../../src/domain/contacts";
import { buildContactTable as oracleBuild } from "../../support/contactTableOracle/buildContactTable";
import { comparable } from "../../support/contactTableOracle/comparable";

describe("codes for every row", () => {
  const length = 1_000_000;

  function widthAfter(sizes: readonly [number, number], widest = 0x10000, from = 2048): number {
    const everyRow = new CodesForEveryRow(length, 4096, widest);
    const first = everyRow.first();
    expect(everyRow.forSlice(first, from, from + 2048, sizes[0])).toBe(first);
    return everyRow.forSlice(first, from + 2048, from + 4096, sizes[1]).BYTES_PER_ELEMENT;
  }

  it("stay narrow when no new values came since the middle of the first rows", () => {
    expect(widthAfter([40, 40])).toBe(1);
    expect(widthAfter([300, 300])).toBe(2);
  });

  it("widen as far as the rate of new values foretells", () => {
    expect(widthAfter([10, 11])).toBe(2); // 1 in 2048 rows: about 500 more by the millionth row
    expect(widthAfter([500, 630])).toBe(2); // 130: about 63,000 more
    expect(widthAfter([500, 640])).toBe(4); // 140: about 68,000 more
    expect(widthAfter([500, 900])).toBe(4);
    expect(widthAfter([500, 900], 0xffff)).toBe(2);
  });

  it("keep the width the first rows needed when nothing was noted before the slice past them", () => {
    const everyRow = new CodesForEveryRow(length, 4096, 0x10000);
    const codes = everyRow.forSlice(newCodes(4096, 300), 0, 5000, 4000);
    expect([codes.length, codes.BYTES_PER_ELEMENT]).toEqual([length, 2]);
  });

  function stepped(input: ContactSheetInput, rowsPerStep: number) {
    const steps = contactTableSteps(input, rowsPerStep);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  it("foretold wrong, still give the narrowest codes and the oracle's table", () => {
    // New names and lists in every one of the first rows, then only those again.
    const values: unknown[][] = [["No.", "Company Name", "Mailing Groups"]];
    for (let r = 0; r < 9000; r++)
      values.push([`C${r}`, r < 4096 ? `N${r}` : `N${r % 100}`, r < 4096 ? `G${r % 700}; H` : `G${r % 90}; H`]);
    const input: ContactSheetInput = { sheetName: "Contacts", locale: "en", values };
    const expected = comparable(oracleBuild(input));
    for (const built of [buildContactTable(input), stepped(input, 1000), stepped(input, 2048)]) {
      expect(comparable(built)).toEqual(expected);
      const [, name, groups] = built.table.columns as [unknown, TextColumn, MultiColumn];
      expect([name.codes.constructor.name, groups.cells.constructor.name]).toEqual(["Uint16Array", "Uint16Array"]);
    }
  });
});
