/**
 * Listing and choosing the contact source: what is listed, what is stored, and what is refused. Choosing the book's
 * own source runs on every book of the matrix; the workbook's sheets and tables (a table on a sheet, a sheet named
 * like a table, a sheet with cell errors, the one named Contacts read without a choice) on the in-memory book only,
 * since a database lists its tables and views by schema.name and types their columns.
 */
import { ContactSheetError } from "../../src/app/store/contactSource";
import { chooseContactSource, contactSources } from "../../src/app/contactSourceChoice";
import type { RunContext } from "../../src/app/store/ports";
import type { ContactSheetInput } from "../../src/domain/contacts";
import { bcBaseSheet } from "../support/bcBaseData";
import { eachBook } from "../support/bookMatrix";
import { MemoryBook } from "../support/memoryBook";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "TESTER" };

const sheet = (sheetName: string, ...numbers: string[]): ContactSheetInput => ({
  sheetName,
  locale: "",
  values: [["No.", "Name"], ...numbers.map((no) => [no, `Name of ${no}`])],
});

/** Contacts (3), a People table on Data (2), Data itself, and Broken, whose numbers repeat. */
function book(): MemoryBook {
  return new MemoryBook(sheet("Contacts", "K1", "K2", "K3"))
    .addTable("People", sheet("Data", "P1", "P2"))
    .addSheet(sheet("Data", "D1"))
    .addSheet(sheet("Broken", "B1", "b1"));
}

describe("contactSources", () => {
  it("lists the tables, then the sheets; without a stored choice the one named Contacts is in use", async () => {
    expect(await contactSources(book())).toEqual({
      tables: [{ name: "People", sheetName: "Data" }],
      sheets: ["Contacts", "Data", "Broken"],
      current: "Contacts",
      stored: "",
    });
  });

  it("leaves out a sheet named like a table (the name reads the table), and finds the table named contacts in any case", async () => {
    const sources = await contactSources(
      new MemoryBook(sheet("Contacts", "K1")).addTable("CONTACTS", sheet("Contacts", "K1")),
    );
    expect(sources).toEqual({
      tables: [{ name: "CONTACTS", sheetName: "Contacts" }],
      sheets: [],
      current: "CONTACTS",
      stored: "",
    });
  });

  it("has none in use when nothing is stored and nothing is named Contacts, or when the stored one is gone", async () => {
    expect((await contactSources(new MemoryBook(sheet("Kunder", "K1")))).current).toBeUndefined();
    const gone = book();
    await gone.commit({ state: { contactSource: "Old list" } });
    expect(await contactSources(gone)).toMatchObject({ current: undefined, stored: "Old list" });
  });
});

describe("chooseContactSource", () => {
  it("reads the table, stores its name as the workbook spells it, and gives its contacts", async () => {
    const b = book();
    const chosen = await chooseContactSource(b, ctx, " people ");
    expect(chosen).toMatchObject({ name: "People", kind: "table", changed: true });
    expect(chosen.contacts.table).toMatchObject({ sheetName: "Data", rowCount: 2 });
    expect((await b.readState()).contactSource).toBe("People");
    expect((await contactSources(b)).current).toBe("People");
    // Reads without a name now take the stored choice.
    expect((await b.readContactSheet({})).values[1][0]).toBe("P1");
  });

  it("writes nothing when the choice is stored already", async () => {
    const b = book();
    await chooseContactSource(b, ctx, "Data");
    const commits = b.commits;
    expect(await chooseContactSource(b, ctx, "DATA")).toMatchObject({ name: "Data", kind: "sheet", changed: false });
    expect(b.commits).toBe(commits);
  });

  it("stores Contacts itself when chosen, so the choice no longer hangs on the name", async () => {
    const b = book();
    expect(await chooseContactSource(b, ctx, "Contacts")).toMatchObject({ changed: true });
    expect((await b.readState()).contactSource).toBe("Contacts");
  });

  it("refuses a sheet with errors, with every problem and the sheet's name, and keeps the old choice", async () => {
    const b = book();
    await chooseContactSource(b, ctx, "People");
    const error = await chooseContactSource(b, ctx, "Broken").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContactSheetError);
    expect(error).toMatchObject({
      sheetName: "Broken",
      problems: [expect.objectContaining({ code: "duplicate-no", row: 3 })],
    });
    expect((await b.readState()).contactSource).toBe("People");
  });

  it("refuses a name that is not listed, saying what can be chosen; a blank name asks for one", async () => {
    const b = book();
    await expect(chooseContactSource(b, ctx, "Segments")).rejects.toThrow(
      '"Segments" is one of the add-in\'s own sheets and cannot hold contacts. Choose the sheet or table your contacts are on.',
    );
    await expect(chooseContactSource(b, ctx, "Notes")).rejects.toThrow(
      '"Notes" is not a sheet or table that can hold contacts (tables: People (on Data); sheets: Contacts, Data, Broken). Hidden sheets and the add-in\'s own sheets cannot.',
    );
    await expect(chooseContactSource(b, ctx, "  ")).rejects.toThrow("Name the sheet or table to read contacts from.");
    expect(b.commits).toBe(0);
  });
});

eachBook((books) => {
  describe("the book's own contact source", () => {
    it("is chosen by its listed name in any case, stored as listed, read without a name; again, nothing is written", async () => {
      const b = await books.open(bcBaseSheet());
      const name = b.contactSourceName;
      const chosen = await chooseContactSource(b, ctx, ` ${name.toUpperCase()} `);
      expect(chosen).toMatchObject({ name, changed: true });
      expect(chosen.contacts.table.rowCount).toBe(bcBaseSheet().values.length - 1);
      expect((await b.readState()).contactSource).toBe(name);
      expect(await contactSources(b)).toMatchObject({ current: name, stored: name });
      expect((await b.readContactSheet({})).values).toHaveLength(bcBaseSheet().values.length);
      const commits = b.commits;
      expect(await chooseContactSource(b, ctx, name)).toMatchObject({ name, changed: false });
      expect(b.commits).toBe(commits);
    });

    it("refuses the add-in's own sheets, a name not listed and a blank name, writing nothing", async () => {
      const b = await books.open(bcBaseSheet());
      await expect(chooseContactSource(b, ctx, "Segment Lines")).rejects.toThrow(
        '"Segment Lines" is one of the add-in\'s own sheets and cannot hold contacts.',
      );
      await expect(chooseContactSource(b, ctx, "Notes")).rejects.toThrow(
        /^"Notes" is not a sheet or table that can hold contacts \(tables: /,
      );
      await expect(chooseContactSource(b, ctx, "  ")).rejects.toThrow("Name the sheet or table to read contacts from.");
      expect(b.commits).toBe(0);
      expect((await b.readState()).contactSource).toBe("");
    });

    it("has none in use when the stored one is gone", async () => {
      const b = await books.open(bcBaseSheet());
      await b.commit({ state: { contactSource: "Old list" } });
      expect(await contactSources(b)).toMatchObject({ current: undefined, stored: "Old list" });
    });
  });
});
