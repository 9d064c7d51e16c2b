import { promises as fs } from "fs";
import * as path from "path";
import { loadContacts } from "../../../src/app/store/contactSource";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { lostParts } from "../../../src/workbook/xlsx/xlsxPackage";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { addTable, editBook, gridOf, setCell, sheetValues, tempDir, writeWorkbook } from "../../support/workbooks";

const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };
let dir: string;

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const HEADER = SMALL_CONTACTS[2] as string[];
const ROWS = SMALL_CONTACTS.slice(3);

describe("finding the contact sheet", () => {
  it("reads a sheet named Contacts with title rows above the header", async () => {
    const file = await writeWorkbook(path.join(dir, "b.xlsx"), [
      { name: "Other", values: [["x"]] },
      { name: "Contacts", values: SMALL_CONTACTS },
    ]);
    const { table } = await loadContacts(await XlsxBook.open(file), ctx);
    expect(table).toMatchObject({ sheetName: "Contacts", headerRow: 3, rowCount: 7 });
    expect(Array.from(table.sheetRows)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it("reads an Excel table by name, ignoring its totals row, wherever it sits", async () => {
    const values = [
      ["Report"],
      [],
      ["", ...HEADER],
      ...ROWS.map((row) => ["", ...row]),
      ["", "Total", "", "", "", "", "", "", "", "", "", "", 160],
    ];
    const file = await writeWorkbook(path.join(dir, "t.xlsx"), [{ name: "Data", values }]);
    await addTable(file, 1, "People", `B3:M${3 + ROWS.length + 1}`, HEADER, 1);
    const { table } = await loadContacts(await XlsxBook.open(file), ctx, { name: "people" });
    expect(table).toMatchObject({ sheetName: "Data", rowCount: 7 });
    expect(table.numbers).toEqual(["K1", "K2", "K3", "K4", "K5", "K6", "K7"]);
  });

  it("counts contacts on hidden rows, and still reads them", async () => {
    const file = await writeWorkbook(path.join(dir, "h.xlsx"), [
      { name: "Contacts", values: SMALL_CONTACTS, hiddenRows: [5, 6] },
    ]);
    const { table } = await loadContacts(await XlsxBook.open(file), ctx);
    expect(table).toMatchObject({ rowCount: 7, hiddenRowCount: 2 });
  });

  it("says which sheets and tables there are when none is named Contacts", async () => {
    const file = await writeWorkbook(path.join(dir, "n.xlsx"), [{ name: "Kunder", values: SMALL_CONTACTS }]);
    await expect(loadContacts(await XlsxBook.open(file), ctx)).rejects.toThrow(
      'No sheet or table named "Contacts" in this workbook (sheets: Kunder; tables: none). Name the contact sheet with --contacts NAME.',
    );
  });

  it("reports a broken contact sheet with every problem", async () => {
    const values = [HEADER, ["K1", ...ROWS[0].slice(1)], ["K1", ...ROWS[1].slice(1)], ["", ...ROWS[2].slice(1)]];
    const file = await writeWorkbook(path.join(dir, "d.xlsx"), [{ name: "Contacts", values }]);
    const error = await loadContacts(await XlsxBook.open(file), ctx).catch((e) => e);
    expect(error.problems.map((p: { code: string }) => p.code).sort()).toEqual(["blank-no", "duplicate-no"]);
  });
});

describe("lost parts", () => {
  it("lists parts that disappeared, except the calculation chain Excel rebuilds", () => {
    expect(
      lostParts(["xl/workbook.xml", "xl/calcChain.xml", "xl/webextensions/taskpanes.xml"], ["xl/workbook.xml"]),
    ).toEqual(["xl/webextensions/taskpanes.xml"]);
  });
});

describe("dedicated sheets", () => {
  it("finds a renamed dedicated sheet by its Excel table name and keeps the user's own columns with their rows", async () => {
    const file = await writeWorkbook(path.join(dir, "s.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
    let book = await XlsxBook.open(file);
    const { createSegment } = await import("../../../src/app/createSegment");
    await createSegment(book, ctx, { description: "One" });
    await createSegment(book, ctx, { description: "Two" });
    await book.save();
    // A user renames the Segments sheet, makes it a table, adds a Notes column and sorts the rows.
    await editBook(file, (wb) => {
      const sheet = wb.getWorksheet("Segments")!;
      sheet.name = "Kampanjer";
      setCell(sheet, 1, 21, "Notes");
      const rows = gridOf(wb, sheet).slice(1, 3);
      [rows[1], rows[0]].forEach((row, r) => row.forEach((value, c) => setCell(sheet, r + 2, c + 1, value)));
      setCell(sheet, 2, 21, "call first");
    });
    const headers = (await sheetValues(file, "Kampanjer"))[0].slice(0, 21) as string[];
    await addTable(file, 2, "Segments", "A1:U3", headers);

    book = await XlsxBook.open(file);
    const { addContacts } = await import("../../../src/app/addContacts");
    await addContacts(book, ctx, {
      segmentNo: "SEG00002",
      groups: [[{ table: "Contact", field: "No.", filter: "K1|K2" }]],
      options: {
        allowExistingContacts: false,
        expandCompanies: false,
        allowRelatedCompanies: false,
        ignoreExclusion: false,
        entireCompanies: false,
      },
    });
    await book.save();
    const after = (await sheetValues(file, "Kampanjer"))
      .slice(1, 3)
      .map((row) => row.map((v) => (v === "" ? undefined : v)));
    expect(after.map((row) => [row[0], row[1], row[16], row[20]])).toEqual([
      ["SEG00002", "Two", 2, "call first"],
      ["SEG00001", "One", 0, undefined],
    ]);
  });

  it("gives each read of a sheet its own rows, and reads it afresh after a change to it", async () => {
    const file = await writeWorkbook(path.join(dir, "r.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
    const { createSegment } = await import("../../../src/app/createSegment");
    const { SEGMENTS } = await import("../../../src/app/store/sheetSpecs");
    let book = await XlsxBook.open(file);
    await createSegment(book, ctx, { description: "One" });
    await createSegment(book, ctx, { description: "Two" });
    await book.save();

    book = await XlsxBook.open(file);
    const first = await book.readRows<{ no: string }>(SEGMENTS);
    first.pop();
    first.reverse();
    const second = await book.readRows<{ no: string }>(SEGMENTS);
    expect(second.map((row) => row.record.no)).toEqual(["SEG00001", "SEG00002"]);
    // The same records: a command's second read of its lines (its commit) does not make them again.
    expect(second[0]).toBe(first[0]);

    await createSegment(book, ctx, { description: "Three" });
    expect((await book.readRows<{ no: string }>(SEGMENTS)).map((row) => row.record.no)).toEqual([
      "SEG00001",
      "SEG00002",
      "SEG00003",
    ]);
  });
});

describe("Excel tables for the dedicated sheets", () => {
  async function tables(file: string): Promise<Record<string, string>> {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
      const xml = await zip.file(name)!.async("string");
      out[/displayName="([^"]+)"/.exec(xml)![1]] = /\sref="([^"]+)"/.exec(xml)![1];
    }
    return out;
  }

  it("creates each dedicated sheet as a table with its contract name and grows it with its rows across saves", async () => {
    const file = await writeWorkbook(path.join(dir, "t.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
    const { initBook } = await import("../../../src/app/initBook");
    const { createSegment } = await import("../../../src/app/createSegment");
    const { addContacts } = await import("../../../src/app/addContacts");
    let book = await XlsxBook.open(file);
    await initBook(book);
    await book.save();
    expect(await tables(file)).toEqual({
      Segments: "A1:T2",
      SegmentLines: "A1:V2",
      SegmentCriteria: "A1:M2",
      SegmentHistory: "A1:E2",
      SavedCriteria: "A1:N2",
      InteractionTemplates: "A1:M5",
      InteractionLog: "A1:Z2",
      LoggedSegments: "A1:G2",
    });
    book = await XlsxBook.open(file);
    await createSegment(book, ctx, { description: "One" });
    await book.save();
    book = await XlsxBook.open(file);
    const options = {
      allowExistingContacts: false,
      expandCompanies: false,
      allowRelatedCompanies: false,
      ignoreExclusion: false,
      entireCompanies: false,
    };
    await addContacts(book, ctx, {
      segmentNo: "SEG00001",
      groups: [[{ table: "Contact", field: "No.", filter: "K1..K4" }]],
      options,
    });
    await book.save();
    expect(await tables(file)).toMatchObject({ Segments: "A1:T2", SegmentLines: "A1:V5", SegmentCriteria: "A1:M3" });
  });
});
