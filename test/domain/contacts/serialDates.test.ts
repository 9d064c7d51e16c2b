/**
 * A date-formatted cell reads as its ISO date while the date has one (years 0000-9999); past that (a serial like
 * 1e300, which Excel shows as ####) it reads as the number itself rather than failing the whole read.
 */
import fc from "fast-check";
import { buildContactTable, cellText, isoToSerial, serialToIso } from "../../../src/domain/contacts";
import type { ContactSheetInput } from "../../../src/domain/contacts";

function dateSheet(cells: readonly (number | string)[], declared = true): ContactSheetInput {
  const values: (string | number)[][] = [["No.", "Met"]];
  cells.forEach((cell, row) => values.push([`CT${row}`, cell]));
  return {
    sheetName: "Contacts",
    locale: "en",
    values,
    columnTypes: [undefined, declared ? "date" : undefined],
    numberFormats: [undefined, "yyyy-mm-dd"],
  };
}

describe("serial dates", () => {
  it.each([
    [1, "1899-12-31"],
    [45000, "2023-03-15"],
    [45000.75, "2023-03-15"],
    [2958465, "9999-12-31"],
  ])("serial %p is %s", (serial, iso) => expect(serialToIso(serial)).toBe(iso));

  it.each([2958466, 2 ** 60, 1e300, -1e300, -700000])(
    "serial %p has no four-digit date: it reads as the number",
    (serial) => expect(serialToIso(serial)).toBe(String(serial)),
  );

  it("round-trips every whole serial Excel can show", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) =>
        expect(isoToSerial(serialToIso(serial))).toBe(serial),
      ),
    );
  });

  it("builds a date column holding a serial no date can show, and a text column of words and such serials", () => {
    const dates = buildContactTable(dateSheet([45000, 1e300])).table.columns[1];
    expect([cellText(dates, 0), cellText(dates, 1)]).toEqual(["2023-03-15", "1e+300"]);
    // Mostly words: the column is inferred as text, and its date-formatted numbers read as dates where they are.
    const mixed = buildContactTable(dateSheet(["soon", "later", "never", 45000, 2 ** 60], false)).table.columns[1];
    expect(mixed.type).toBe("text");
    expect([3, 4].map((row) => cellText(mixed, row))).toEqual(["2023-03-15", String(2 ** 60)]);
  });
});
