/** XlsxBook's two writes outside the dedicated sheets: contactCells and newSheets, each all or nothing. */
import { promises as fs } from "fs";
import * as path from "path";
import { SEGMENTS } from "../../../src/app/store/sheetSpecs";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { addTable, sheetNames, sheetValues, tempDir, writeWorkbook } from "../../support/workbooks";

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await tempDir();
  file = await writeWorkbook(path.join(dir, "b.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const MAILING = 10; // column K, 0-based
const segmentRow = { record: { no: "SEG00001", description: "x" }, extra: new Map() };

describe("contactCells", () => {
  it("writes only the listed cells, as text; an empty value clears the cell", async () => {
    const book = await XlsxBook.open(file);
    await book.commit({
      contactCells: {
        sheetName: "Contacts",
        headerRow: 3,
        column: MAILING,
        header: "mailing groups",
        addColumn: false,
        cells: [
          { sheetRow: 4, value: "=SUM(1)", contactNo: "row 4", before: "" },
          { sheetRow: 6, value: "", contactNo: "row 6", before: "" },
        ],
      },
    });
    await book.save();
    const values = await sheetValues(file, "Contacts");
    expect(values.map((row) => row[MAILING])).toEqual([
      "",
      "",
      "Mailing Groups",
      "=SUM(1)",
      "NEWS",
      "",
      "XMAS",
      "NEWS",
      "NEWS",
      "",
    ]);
    const before = SMALL_CONTACTS.map((row) => [...row]);
    const changed = values.flatMap((row, r) =>
      row.flatMap((cell, c) => (c !== MAILING && (before[r]?.[c] ?? "") !== cell ? [`${r}:${c}`] : [])),
    );
    expect(changed).toEqual([]);
  });

  it("refuses a header that moved, and then writes nothing of the commit", async () => {
    const book = await XlsxBook.open(file);
    const before = await sheetValues(file, "Contacts");
    await expect(
      book.commit({
        createSheets: [{ spec: SEGMENTS, rows: [segmentRow] }],
        contactCells: {
          sheetName: "Contacts",
          headerRow: 3,
          column: MAILING - 1,
          header: "Mailing Groups",
          addColumn: false,
          cells: [{ sheetRow: 4, value: "X", contactNo: "row 4", before: "" }],
        },
      }),
    ).rejects.toThrow("Contacts: cell J3 no longer holds the Mailing Groups header. Try again.");
    await book.save();
    expect(await sheetNames(file)).toEqual(["Contacts"]);
    expect(await sheetValues(file, "Contacts")).toEqual(before);
  });

  it("refuses an added column over a header cell that is taken, and a sheet that is gone", async () => {
    const book = await XlsxBook.open(file);
    await expect(
      book.commit({
        contactCells: {
          sheetName: "Contacts",
          headerRow: 3,
          column: 0,
          header: "Mailing Groups",
          addColumn: true,
          cells: [],
        },
      }),
    ).rejects.toThrow(/cell A3 is not empty/);
    await expect(
      book.commit({
        contactCells: {
          sheetName: "Gone",
          headerRow: 3,
          column: 12,
          header: "Mailing Groups",
          addColumn: true,
          cells: [],
        },
      }),
    ).rejects.toThrow(/"Gone" is gone/);
  });

  it("widens an Excel table with a totals row by the new column, totals row included", async () => {
    const header = SMALL_CONTACTS[2] as string[];
    const values = [header, ...SMALL_CONTACTS.slice(3), ["Total"]];
    const tableFile = await writeWorkbook(path.join(dir, "t.xlsx"), [{ name: "Data", values }]);
    await addTable(tableFile, 1, "People", "A1:L9", header, 1);
    const book = await XlsxBook.open(tableFile);
    await book.commit({
      contactCells: {
        sheetName: "Data",
        headerRow: 1,
        column: 12,
        header: "Groups & more",
        addColumn: true,
        cells: [{ sheetRow: 2, value: "XMAS", contactNo: "row 2", before: "" }],
      },
    });
    await book.save();
    const reopened = await XlsxBook.open(tableFile);
    const input = await reopened.readContactSheet({ name: "People" });
    expect(input.values[0]).toEqual([...header, "Groups & more"]);
    expect(input.values[1][12]).toBe("XMAS");
    expect(input.hasTotalsRow).toBe(true);
  });
});

describe("newSheets", () => {
  it("adds a plain sheet with the header and text rows", async () => {
    const book = await XlsxBook.open(file);
    await book.commit({
      newSheets: [
        {
          name: "List",
          header: ["No.", "Name"],
          rows: [
            ["K6", "=1+1 Åsa Ölund"],
            ["K7", ""],
          ],
        },
      ],
    });
    await book.save();
    expect(await sheetValues(file, "List")).toEqual([
      ["No.", "Name"],
      ["K6", "=1+1 Åsa Ölund"],
      ["K7", ""],
    ]);
  });

  it("refuses a name the workbook has, ignoring case, before writing anything of the commit", async () => {
    const book = await XlsxBook.open(file);
    await expect(
      book.commit({ createSheets: [{ spec: SEGMENTS }], newSheets: [{ name: "CONTACTS", header: ["x"], rows: [] }] }),
    ).rejects.toThrow('The workbook already has a sheet named "Contacts". Choose another name.');
    await book.save();
    expect(await sheetNames(file)).toEqual(["Contacts"]);
  });
});
