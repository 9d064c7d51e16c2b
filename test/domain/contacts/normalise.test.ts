import fc from "fast-check";
import {
  BOOL_BLANK,
  BOOL_FALSE,
  BOOL_TRUE,
  normaliseText,
  type BooleanColumn,
  type MultiColumn,
  type TextColumn,
} from "../../../src/domain/contacts";
import { build, codesOf, columnOf, tableOf, texts } from "./helpers";

describe("value normalisation", () => {
  it("trims text and turns non-breaking spaces into plain spaces first", () => {
    const values = [
      ["No.", "Name"],
      ["K1", "  Anna Berg  "],
      ["K2", "Bo\u00a0Ek\u00a0"],
      ["K3", "\u202fCarl\u2007Dahl\t"],
      ["K4", "Dora \n"],
    ];
    expect(texts(tableOf(values), "Name")).toEqual(["Anna Berg", "Bo Ek", "Carl Dahl", "Dora"]);
  });

  it("trims the contact number too, and keys numbers by their case-folded form", () => {
    const table = tableOf([["No."], [" k1 "], ["K\u00a02"]]);
    expect(table.numbers).toEqual(["k1", "K 2"]);
    expect(table.rowByNumber.get("k1")).toBe(0);
    expect(table.rowByNumber.get("k 2")).toBe(1);
    expect(table.rowByNumber.get("K 2")).toBeUndefined();
  });

  it("composes accented letters (NFC) so both Unicode spellings are the same value", () => {
    const table = tableOf([
      ["No.", "City"],
      ["K1", "Ume\u00e5"],
      ["K2", "Umea\u030a"],
    ]);
    const city = columnOf(table, "City") as TextColumn;
    expect(city.codes[0]).toBe(city.codes[1]);
    expect(texts(table, "City")).toEqual(["Umeå", "Umeå"]);
  });

  it("writes numbers in text columns canonically and booleans as Excel shows them", () => {
    const values = [
      ["No.", "Name"],
      [10000, 3.5],
      [-0, 1e21],
      [0.1 + 0.2, true],
      ["K4", false],
    ];
    const table = tableOf(values);
    expect(table.numbers).toEqual(["10000", "0", "0.30000000000000004", "K4"]);
    expect(texts(table, "Name")).toEqual(["3.5", "1e+21", "TRUE", "FALSE"]);
  });

  it("writes date-formatted numbers in a text column as yyyy-mm-dd", () => {
    const values = [
      ["No.", "Name", "Since"],
      ["K1", 45658, 45658.75],
      ["K2", "x", "unknown"],
    ];
    const table = tableOf(values, { numberFormats: ["General", "General", "yyyy-mm-dd"] });
    expect(columnOf(table, "Since").type).toBe("text");
    expect(texts(table, "Since")).toEqual(["2025-01-01", "unknown"]);
    expect(texts(table, "Name")).toEqual(["45658", "x"]);
  });

  it("dictionary-encodes text columns with the blank value first and folded entries beside it", () => {
    const table = tableOf([
      ["No.", "City"],
      ["K1", "Lund"],
      ["K2", ""],
      ["K3", "LUND"],
      ["K4", "Lund"],
    ]);
    const city = columnOf(table, "City") as TextColumn;
    expect(city.dictionary[0]).toBe("");
    expect(city.dictionary).toEqual(["", "Lund", "LUND"]);
    expect(city.folded).toEqual(["", "lund", "lund"]);
    expect(Array.from(city.codes)).toEqual([1, 0, 2, 1]);
  });

  it("finds a cell written as an entry already without normalising it, and still normalises every other spelling", () => {
    // Text cells whose normal form is an error's spelling are entries; the error value itself stays an error.
    const table = tableOf([
      ["No.", "City", "Mailing Groups"],
      ["K1", " #N/A ", " #N/A ;NEWS"],
      ["K2", "#N/A", "#N/A"],
      ["K3", "Lund", "NEWS; XMAS"],
      ["K4", "Lund\u00a0", "\u00a0NEWS; XMAS"],
      ["K5", "Ume\u00e5", "NEWS; XMAS"],
      ["K6", "Umea\u030a", "#N/A ;NEWS"],
      ["K7", "#N/A", " #N/A ;NEWS"],
    ]);
    const city = columnOf(table, "City") as TextColumn;
    expect(city.dictionary).toEqual(["", "#N/A", "Lund", "Umeå"]);
    expect(Array.from(city.codes)).toEqual([1, 0, 2, 2, 3, 3, 0]);
    expect(Array.from(city.unjudgedRows ?? [])).toEqual([1, 6]);
    const groups = columnOf(table, "Mailing Groups") as MultiColumn;
    expect(texts(table, "Mailing Groups")).toEqual([
      "#N/A; NEWS",
      "",
      "NEWS; XMAS",
      "NEWS; XMAS",
      "NEWS; XMAS",
      "#N/A; NEWS",
      "#N/A; NEWS",
    ]);
    expect(Array.from(groups.unjudgedRows ?? [])).toEqual([1]);
  });

  describe("error values", () => {
    it("reads them as blank, and names each cell in one problem per column with its header and letter", () => {
      const values = [
        ["Exported"],
        ["No.", "Name", "Amount", "E-Mail"],
        ["K1", "#DIV/0!", 5, "#N/A"],
        ["K2", "Bo", "#VALUE!", "bo@x"],
        ["K3", "#N/A", 7, "cy@x"],
      ];
      const { table, warnings } = build(values, { firstRow: 12, firstColumn: 2 });
      expect(texts(table, "Name")).toEqual(["", "Bo", ""]);
      expect(texts(table, "E-Mail")).toEqual(["", "bo@x", "cy@x"]);
      expect(columnOf(table, "Amount").type).toBe("number");
      expect(texts(table, "Amount")).toEqual(["5", "", "7"]);
      expect(warnings.map((w) => w.message)).toEqual([
        'Contacts!D14: #DIV/0!, D16: #N/A (2 error values in Name); read as blank, and filters on "Name" cannot judge these contacts.',
        'Contacts!E15: #VALUE! (Amount); read as blank, and filters on "Amount" cannot judge this contact.',
        'Contacts!F14: #N/A (E-Mail); read as blank, and filters on "E-Mail" cannot judge this contact.',
      ]);
      expect(warnings[0]).toMatchObject({
        severity: "warning",
        code: "error-cells",
        sheet: "Contacts",
        row: 14,
        column: "Name",
        columnLetter: "D",
      });
      expect(warnings[0].params).toMatchObject({ cells: ["D14", "D16"], values: ["#DIV/0!", "#N/A"], count: 2 });
      expect(Array.from(columnOf(table, "Name").unjudgedRows ?? [])).toEqual([0, 2]);
      expect(Array.from(columnOf(table, "Amount").unjudgedRows ?? [])).toEqual([1]);
    });

    it("quotes a sheet name with spaces in the address", () => {
      const { warnings } = build(
        [
          ["No.", "Name"],
          ["K1", "#REF!"],
        ],
        { sheetName: "My contacts" },
      );
      expect(warnings[0].message).toMatch(/^'My contacts'!B2: #REF! \(Name\)/);
    });

    it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"])(
      "recognises %s",
      (error) => {
        const { table, warnings } = build([
          ["No.", "Name"],
          ["K1", error],
        ]);
        expect(texts(table, "Name")).toEqual([""]);
        expect(codesOf(warnings)).toEqual(["error-cells"]);
      },
    );

    it("keeps text that only looks like an error", () => {
      const { table, warnings } = build([
        ["No.", "Name"],
        ["K1", "#1 fan"],
        ["K2", "#n/a"],
      ]);
      expect(texts(table, "Name")).toEqual(["#1 fan", "#n/a"]);
      expect(warnings).toEqual([]);
    });

    it("reads error values in boolean, multi-valued and date columns as blank too", () => {
      const values = [
        ["No.", "Exclude from Segment", "Mailing Groups", "Born"],
        ["K1", "#N/A", "#N/A", "#N/A"],
        ["K2", true, "NEWS", 30000],
      ];
      const { table, warnings } = build(values, { numberFormats: [undefined, undefined, undefined, "d/m/yyyy"] });
      expect((columnOf(table, "Exclude from Segment") as BooleanColumn).values[0]).toBe(BOOL_BLANK);
      expect(texts(table, "Mailing Groups")).toEqual(["", "NEWS"]);
      expect(columnOf(table, "Born").type).toBe("date");
      expect(texts(table, "Born")).toEqual(["", "1982-02-18"]);
      expect(codesOf(warnings)).toEqual(["error-cells", "error-cells", "error-cells"]);
    });

    it("names the first five cells of a column and counts the rest", () => {
      const rows = Array.from({ length: 130 }, (_, i) => [`K${i}`, "#N/A"]);
      const { table, warnings } = build([["No.", "Phone"], ...rows]);
      expect(table.rowCount).toBe(130);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({
        code: "error-cells",
        row: 2,
        columnLetter: "B",
        params: { count: 130, more: 125 },
      });
      expect(warnings[0].message).toBe(
        'Contacts!B2: #N/A, B3: #N/A, B4: #N/A, B5: #N/A, B6: #N/A and 125 more (130 error values in Phone); read as blank, and filters on "Phone" cannot judge these contacts.',
      );
      expect(columnOf(table, "Phone").unjudgedRows).toHaveLength(130);
    });
  });

  describe("multi-valued fields", () => {
    it("split on ; or , and drop blanks and repeats within a cell (ignoring case)", () => {
      const values = [
        ["No.", "Mailing Groups"],
        ["K1", "NEWS; XMAS"],
        ["K2", " news ,XMAS;;NEWS, "],
        ["K3", ""],
        ["K4", ";,"],
        ["K5", "VIP\u00a0GOLD"],
      ];
      const table = tableOf(values);
      expect(texts(table, "Mailing Groups")).toEqual(["NEWS; XMAS", "news; XMAS", "", "", "VIP GOLD"]);
      const column = columnOf(table, "Mailing Groups") as MultiColumn;
      expect(column.multiValued).toBe(true);
      expect(column.dictionary).toEqual(["", "NEWS", "XMAS", "news", "VIP GOLD"]);
      expect(column.folded).toEqual(["", "news", "xmas", "news", "vip gold"]);
      // Rows share a cell only when they are the same text; K3 is blank and K4's cell holds no values.
      expect(Array.from(column.cells)).toEqual([1, 2, 0, 3, 4]);
      expect(Array.from(column.cellStarts)).toEqual([0, 0, 2, 4, 4, 5]);
      expect(Array.from(column.codes)).toEqual([1, 2, 3, 2, 4]);
    });

    it("are multi-valued even when they hold numbers", () => {
      const table = tableOf([
        ["No.", "Industry Groups"],
        ["K1", 42],
        ["K2", "1;2"],
      ]);
      expect(columnOf(table, "Industry Groups").type).toBe("text");
      expect(texts(table, "Industry Groups")).toEqual(["42", "1; 2"]);
    });

    it("are all four plural fields", () => {
      const table = tableOf([
        ["No.", "Branschgrupper", "Business Relation Code", "Utskicksgrupp", "Job Responsibilities"],
        ["K1", "A,B", "C;D", "E", "F"],
      ]);
      expect(table.columns.slice(1).every((c) => c.type === "text" && c.multiValued)).toBe(true);
    });
  });

  describe("Exclude from Segment", () => {
    it("reads TRUE/FALSE, Yes/No, Ja/Nej and 1/0 as text or values, ignoring case", () => {
      const cells = [true, false, "TRUE", "false", "Yes", "no", "JA", "nej", 1, 0, "1", " 0 ", "", "Sant", "FALSKT"];
      const values = [["No.", "Exclude from Segment"], ...cells.map((cell, i) => [`K${i}`, cell])];
      const { table, warnings } = build(values);
      const column = columnOf(table, "Exclude from Segment") as BooleanColumn;
      const T = BOOL_TRUE;
      const F = BOOL_FALSE;
      expect(Array.from(column.values)).toEqual([T, F, T, F, T, F, T, F, T, F, T, F, BOOL_BLANK, T, F]);
      expect(warnings).toEqual([]);
    });

    it("warns about anything else, naming the cell, and reads it as blank (No)", () => {
      const { table, warnings } = build([
        ["No.", "Name", "Exclude from Segment"],
        ["K1", "A", "maybe"],
        ["K2", "B", 2],
      ]);
      expect(Array.from((columnOf(table, "Exclude from Segment") as BooleanColumn).values)).toEqual([
        BOOL_BLANK,
        BOOL_BLANK,
      ]);
      expect(texts(table, "Exclude from Segment")).toEqual(["", ""]);
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatchObject({
        code: "invalid-boolean",
        row: 2,
        column: "Exclude from Segment",
        columnLetter: "C",
      });
      expect(warnings[0].message).toContain("Contacts!C2 (Exclude from Segment)");
      expect(warnings[0].message).toContain('"maybe"');
      expect(warnings[1].message).toContain('"2"');
    });
  });
});

describe("normaliseText's shortcut", () => {
  const reference = (text: string) =>
    text
      .replace(/[\u00A0\u202F\u2007]/g, " ")
      .trim()
      .normalize("NFC");
  const pieces = fc.constantFrom(
    "a",
    "Å",
    "a\u030A",
    "\u00A0",
    "\u202F",
    " ",
    "\t",
    "é",
    "ß",
    "\u212B",
    "\u0300",
    "Z",
    "1",
    "\uD83D\uDE00",
    "\u2007",
    "\u00FF",
    "\u02FF",
    "\u0301",
  );

  it("gives what trimming, plain spaces and NFC give, for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (text) => {
          expect(normaliseText(text)).toBe(reference(text));
        },
      ),
    );
  });
});
