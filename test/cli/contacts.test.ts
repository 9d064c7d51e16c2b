/** `segments contacts [--use NAME]`: the sheets and tables contacts may come from, and the choice stored in the book. */
import { promises as fs } from "fs";
import * as path from "path";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { bytes, segments } from "../support/cli";
import { addTable, editBook, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

/** Contacts (7), a People table on Data (2), Broken (a number twice) and Notes, hidden. */
beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [
    { name: "Contacts", values: SMALL_CONTACTS },
    {
      name: "Data",
      values: [
        ["No.", "Name"],
        ["P1", "Pia"],
        ["P2", "Per"],
      ],
    },
    {
      name: "Broken",
      values: [
        ["No.", "Name"],
        ["B1", "Bo"],
        ["b1", "Bo again"],
      ],
    },
    {
      name: "Notes",
      values: [
        ["No.", "Name"],
        ["N1", "Nils"],
      ],
    },
  ]);
  await editBook(book, (workbook) => {
    workbook.getWorksheet("Notes")!.state = "hidden";
  });
  await addTable(book, 2, "People", "A1:B3", ["No.", "Name"]);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("lists the tables, then the visible sheets, without the add-in's own, the one in use marked; read-only", async () => {
  expect((await segments("init", book)).code).toBe(0);
  const before = await bytes(book);
  const run = await segments("contacts", book);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout.split("\n")).toEqual([
    "Source    Kind           In use",
    "--------  -------------  ------",
    "People    table on Data",
    "Contacts  sheet          yes",
    "Data      sheet",
    "Broken    sheet",
    "No choice stored: Contacts is read because of its name. Store a choice with --use NAME.",
  ]);
  expect(JSON.parse((await segments("contacts", book, "--json")).stdout)).toEqual({
    tables: [{ name: "People", sheetName: "Data" }],
    sheets: ["Contacts", "Data", "Broken"],
    current: "Contacts",
    stored: "",
  });
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("--use reads the table and stores it: later commands read it without --contacts", async () => {
  const run = await segments("contacts", book, "--use", "people");
  expect(run).toMatchObject({
    code: 0,
    stdout: "Contacts are now read from the table People (on sheet Data): 2 contacts.",
  });
  expect((await segments("contacts", book)).stdout.split("\n").slice(-1)).toEqual([
    "People is the contact source stored in the workbook.",
  ]);
  expect((await segments("create", book, "--description", "Pia's list")).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "No.=P*", "--preview")).stdout).toBe(
    "Would add 2 contacts to SEG00001 (0 excluded, 0 already in the segment). Nothing written.",
  );

  const before = await bytes(book);
  expect(await segments("contacts", book, "--use", "PEOPLE", "--json")).toMatchObject({
    code: 0,
    stdout: JSON.stringify({ name: "People", kind: "table", sheetName: "Data", contacts: 2, changed: false }),
  });
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("refuses a sheet with errors, naming them, and leaves the book as it was (exit 1)", async () => {
  const before = await bytes(book);
  const run = await segments("contacts", book, "--use", "Broken");
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/B1/);
  expect(run.stderr).toMatch(/rows 2 and 3/);
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("refuses a hidden sheet, one of the add-in's and an unknown name, saying what can be chosen", async () => {
  expect((await segments("init", book)).code).toBe(0);
  expect(await segments("contacts", book, "--use", "Segment Lines")).toMatchObject({
    code: 1,
    stderr: `"Segment Lines" is one of the add-in's own sheets and cannot hold contacts. Choose the sheet or table your contacts are on.`,
  });
  for (const name of ["Notes", "Kunder"]) {
    expect(await segments("contacts", book, "--use", name)).toMatchObject({
      code: 1,
      stderr: `"${name}" is not a sheet or table that can hold contacts (tables: People (on Data); sheets: Contacts, Data, Broken). Hidden sheets and the add-in's own sheets cannot.`,
    });
  }
});

it("takes --use, not --contacts (exit 2)", async () => {
  const run = await segments("contacts", book, "--contacts", "People");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("contacts chooses the contact source with --use NAME");
});
