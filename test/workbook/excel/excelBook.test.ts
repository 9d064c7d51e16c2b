/** The office-js gateway on the strict fake: dedicated sheets, formula-safe text, dates, booleans, limits. */
import { addContacts } from "../../../src/app/addContacts";
import { applyMailingGroup } from "../../../src/app/applyMailingGroup";
import { chooseContactSource } from "../../../src/app/contactSourceChoice";
import { exportMailingList } from "../../../src/app/exportMailingList";
import { createSegment } from "../../../src/app/createSegment";
import { initBook } from "../../../src/app/initBook";
import type { RunContext } from "../../../src/app/store/ports";
import { segmentLines } from "../../../src/app/segmentLines";
import { NO_OPTIONS } from "../../../src/domain/segments/step";
import { ExcelBook } from "../../../src/workbook/excel/excelBook";
import { SEGMENT_HISTORY, SEGMENT_LINES, SEGMENTS, STATE_SHEET } from "../../../src/app/store/sheetSpecs";
import { excelHost, fakeWithContacts } from "../../support/excelFake/host";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };

async function segmentWithLines(apiVersion = "1.7") {
  const excel = fakeWithContacts(SMALL_CONTACTS, { apiVersion });
  const open = () => ExcelBook.open(excelHost(excel));
  await initBook(await open());
  const { no } = await createSegment(await open(), ctx, { description: "=SUM(A1) spring", date: "2025-03-01" });
  await addContacts(await open(), ctx, {
    segmentNo: no,
    groups: [[{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }]],
    options: NO_OPTIONS,
  });
  return { excel, open, no };
}

describe("ExcelBook", () => {
  it("creates the dedicated sheets as Excel tables, history and state very hidden", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    const { created } = await initBook(await ExcelBook.open(excelHost(excel)));
    expect(created).toContain("Segment Lines");
    expect(excel.book.table("SegmentLines")?.sheet.name).toBe("Segment Lines");
    expect(excel.book.sheet(SEGMENT_HISTORY.sheetName)?.visibility).toBe("VeryHidden");
    expect(excel.book.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect(excel.book.sheet("Segments")?.visibility).toBe("Visible");
    const templates = excel.book.sheet("Interaction Templates")!;
    expect(templates.value(1, 0)).toBe("EMAIL");
    expect(excel.book.table("InteractionTemplates")!.bodyRows).toBe(4);
  });

  it("runs create, add and lines, storing user text as text, dates as serials, booleans as booleans", async () => {
    const { excel, open, no } = await segmentWithLines();
    const lines = await segmentLines(await open(), no);
    // K5 is excluded from segments.
    expect(lines.map((l) => l.contactNo).sort()).toEqual(["K2", "K3", "K6"]);
    const sheet = excel.book.sheet(SEGMENT_LINES.sheetName)!;
    const names = Array.from({ length: lines.length }, (_, r) => sheet.value(r + 1, 4));
    expect(names).toContain("=1+1 Åsa Ölund");
    expect(sheet.formula(1 + names.indexOf("=1+1 Åsa Ölund"), 4)).toBeUndefined();
    const segments = excel.book.sheet(SEGMENTS.sheetName)!;
    expect(segments.value(1, 1)).toBe("=SUM(A1) spring");
    expect(segments.value(1, 3)).toBe(45717);
    expect(segments.format(1, 3)).toBe("yyyy-mm-dd");
    expect(segments.value(1, 9)).toBe(false);
  });

  it("keeps a user's extra column with its row when the row is rewritten", async () => {
    const { excel, open, no } = await segmentWithLines();
    const segments = excel.book.sheet(SEGMENTS.sheetName)!;
    const table = excel.book.table("Segments")!;
    // The user adds a column to the table and a note on the segment's row.
    table.columns++;
    segments.setRaw(0, 20, "My note");
    segments.setRaw(1, 20, "+46 call back");
    await addContacts(await open(), ctx, {
      segmentNo: no,
      groups: [[{ table: "Contact", field: "No.", filter: "K1" }]],
      options: NO_OPTIONS,
    });
    expect(segments.value(1, 20)).toBe("+46 call back");
    expect(segments.value(1, 0)).toBe(no);
  });

  it("suspends calculation, and screen updating and events where the API version allows", async () => {
    const old = await segmentWithLines("1.7");
    expect(old.excel.stats.calcSuspended).toBeGreaterThan(0);
    expect(old.excel.stats.screenSuspended).toBe(0);
    expect(old.excel.stats.eventsDisabled).toBe(0);
    const recent = await segmentWithLines("1.20");
    expect(recent.excel.stats.screenSuspended).toBeGreaterThan(0);
    expect(recent.excel.stats.eventsDisabled).toBeGreaterThan(0);
    expect(recent.excel.stats.undoGroups).toBeGreaterThan(0);
  });

  it("reads dates of a 1904 workbook as the same dates", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    excel.book.date1904 = true;
    await initBook(await ExcelBook.open(excelHost(excel)));
    const { no } = await createSegment(await ExcelBook.open(excelHost(excel)), ctx, {
      description: "Mac",
      date: "2025-03-01",
    });
    expect(excel.book.sheet(SEGMENTS.sheetName)!.value(1, 3)).toBe(45717 - 1462);
    const rows = await (await ExcelBook.open(excelHost(excel))).readRows(SEGMENTS);
    expect(rows.find((r) => r.record.no === no)?.record.date).toBe("2025-03-01");
  });

  it("says what to do for a protected sheet, edit mode and a read-only workbook, writing nothing", async () => {
    const { excel, open, no } = await segmentWithLines("1.8");
    const before = JSON.stringify(excel.book.snapshot());
    const add = async () =>
      addContacts(await open(), ctx, {
        segmentNo: no,
        groups: [[{ table: "Contact", field: "No.", filter: "K1" }]],
        options: NO_OPTIONS,
      });
    excel.book.sheet("Segment Lines")!.protected = true;
    await expect(add()).rejects.toThrow(/Segment Lines sheet is protected.*Unprotect/);
    excel.book.sheet("Segment Lines")!.protected = false;
    excel.book.readOnly = true;
    await expect(add()).rejects.toThrow(/read-only/);
    excel.book.readOnly = false;
    const book = await open();
    excel.book.cellEditMode = true;
    await expect(
      addContacts(book, ctx, {
        segmentNo: no,
        groups: [[{ table: "Contact", field: "No.", filter: "K1" }]],
        options: NO_OPTIONS,
      }),
    ).rejects.toThrow(/editing a cell/);
    excel.book.cellEditMode = false;
    expect(JSON.stringify(excel.book.snapshot())).toBe(before);
    // Events were turned off for the write and are on again although it stopped.
    expect(excel.stats.eventsDisabled).toBeGreaterThan(0);
    expect(excel.book.eventsEnabled).toBe(true);
  });

  it("opens a workbook of a newer schema version read-only, with a message to update", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    await initBook(await ExcelBook.open(excelHost(excel)));
    excel.book.sheet(STATE_SHEET)!.setRaw(1, 1, 99);
    const before = JSON.stringify(excel.book.snapshot());
    await expect(createSegment(await ExcelBook.open(excelHost(excel)), ctx, { description: "x" })).rejects.toThrow(
      /newer version.*update the add-in/,
    );
    expect(JSON.stringify(excel.book.snapshot())).toBe(before);
  });

  it("Apply Mailing Group adds the column to the contact table, cells as text; an export is a text-formatted new sheet", async () => {
    const header = SMALL_CONTACTS[2].filter((_, c) => c !== 10);
    const rows = SMALL_CONTACTS.slice(3).map((row) => row.filter((_, c) => c !== 10));
    const excel = fakeWithContacts([header, ...rows]);
    excel.book.putTable("People", "Contacts", 0, 0, header.length, rows.length);
    const open = () => ExcelBook.open(excelHost(excel));
    await initBook(await open());
    const { no } = await createSegment(await open(), ctx, { description: "Groups" });
    await addContacts(await open(), ctx, {
      segmentNo: no,
      groups: [[{ table: "Contact", field: "No.", filter: "K6|K7" }]],
      options: NO_OPTIONS,
    });
    const applied = await applyMailingGroup(await open(), ctx, { segmentNo: no, code: "0012", deleteOld: false });
    expect(applied).toMatchObject({ columnAdded: true, contactsChanged: 2 });
    const contacts = excel.book.sheet("Contacts")!;
    expect(excel.book.table("People")!.columns).toBe(header.length + 1);
    expect(contacts.value(0, header.length)).toBe("Mailing Groups");
    const column = rows.map((_, r) => contacts.value(r + 1, header.length));
    expect(column.filter((v) => v !== "")).toEqual(["0012", "0012"]);

    await exportMailingList(await open(), ctx, { segmentNo: no, emailOnly: false, sheetName: "List" });
    const list = excel.book.sheet("List")!;
    expect(list.value(0, 0)).toBe("No.");
    expect([list.value(1, 1), list.value(2, 1)]).toContain("=1+1 Åsa Ölund");
    await expect(
      exportMailingList(await open(), ctx, { segmentNo: no, emailOnly: false, sheetName: "list" }),
    ).rejects.toThrow(/already has a sheet named "List"/);
  });

  it("takes over a state sheet made by the command (key rows 1-4 only): stamp, journal and probe get their rows", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    await initBook(await ExcelBook.open(excelHost(excel)));
    const state = excel.book.sheet(STATE_SHEET)!;
    for (let r = 4; r < 7; r++) for (let c = 0; c < 2; c++) state.setRaw(r, c, "");
    await createSegment(await ExcelBook.open(excelHost(excel)), ctx, { description: "One" });
    await createSegment(await ExcelBook.open(excelHost(excel)), ctx, { description: "Two" });
    expect([state.value(4, 0), state.value(5, 0), state.value(6, 0)]).toEqual(["revision", "journal", "dateProbe"]);
    expect(state.value(4, 1)).not.toBe("");
    expect((await (await ExcelBook.open(excelHost(excel))).readRows(SEGMENTS)).length).toBe(2);
  });

  it("lists the visible sheets and their tables without the add-in's own, and stores the one chosen", async () => {
    const excel = fakeWithContacts(SMALL_CONTACTS);
    excel.book.putSheet("Data", [
      ["No.", "Name"],
      ["P1", "Pia"],
      ["P2", "Per"],
    ]);
    excel.book.putTable("People", "Data", 0, 0, 2, 2);
    excel.book.putSheet("Notes", [["No."], ["N1"]]).visibility = "Hidden";
    const open = () => ExcelBook.open(excelHost(excel));
    await initBook(await open());
    expect(await (await open()).listContactSources()).toEqual({
      tables: [{ name: "People", sheetName: "Data" }],
      sheets: ["Contacts", "Data"],
    });
    expect(await chooseContactSource(await open(), ctx, "people")).toMatchObject({
      name: "People",
      kind: "table",
      changed: true,
    });
    const book = await open();
    expect((await book.readState()).contactSource).toBe("People");
    expect((await book.readContactSheet({})).values).toEqual([
      ["No.", "Name"],
      ["P1", "Pia"],
      ["P2", "Per"],
    ]);
  });

  it("reports duplicate segment numbers found on reading", async () => {
    const { excel, open } = await segmentWithLines();
    const segments = excel.book.sheet(SEGMENTS.sheetName)!;
    for (let c = 0; c < 18; c++) segments.setRaw(2, c, segments.value(1, c));
    excel.book.table("Segments")!.bodyRows = 2;
    await expect((await open()).readRows(SEGMENTS)).rejects.toThrow(/Segments rows 2 and 3 have the same No\./);
  });
});
