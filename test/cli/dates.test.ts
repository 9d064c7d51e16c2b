/** Dates are checked everywhere a date enters: options, header fields, filters and Date cells typed by hand. */
import { promises as fs } from "fs";
import * as path from "path";
import { bcBaseValues } from "../support/bcBaseData";
import { bytes, segments } from "../support/cli";
import { editRows, sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: bcBaseValues() }]);
  expect((await segments("init", book)).code).toBe(0);
  expect((await segments("create", book, "--description", "Retail letter")).code).toBe(0);
  expect((await segments("add", book, "SEG00001", "--where", "Industry Groups=RETAIL")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("an impossible date is refused where it enters, the book untouched", () => {
  it.each(["2026-02-30", "2026-04-31", "2026-00-10", "2026-01-32", "2025-02-29"])("create --date %s", async (date) => {
    const before = await bytes(book);
    const run = await segments("create", book, "--description", "X", "--date", date);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`"${date}" is not a date`);
    expect(await bytes(book)).toEqual(before);
  });

  it.each(["2026-02-30", "2026-13-01"])("--workdate %s is a usage error", async (date) => {
    const before = await bytes(book);
    const run = await segments("create", book, "--description", "X", "--workdate", date);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--workdate "${date}" is not a date`);
    expect(await bytes(book)).toEqual(before);
  });

  it("set --date refuses one too (a date filter's literal is checked in the filter tests)", async () => {
    const before = await bytes(book);
    expect((await segments("set", book, "SEG00001", "--date", "2026-02-30")).code).toBe(1);
    expect(await bytes(book)).toEqual(before);
  });

  it("a leap day is a date", async () => {
    expect((await segments("create", book, "--description", "Leap", "--date", "2024-02-29")).code).toBe(0);
  });
});

describe("a Date cell holding a serial no date can show", () => {
  it("is named like any bad Date cell, not a crash", async () => {
    await editRows(book, "Segments", (row) => row[0] === "SEG00001", { Date: 1e300 });
    const run = await segments("lines", book, "SEG00001");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Segments row \d+, column Date: "1e\+300" is not a date/);
  });
});

describe("a bad Date cell typed by hand affects only its own segment", () => {
  beforeEach(async () => {
    expect((await segments("create", book, "--description", "Other")).code).toBe(0);
    await editRows(book, "Segments", (row) => row[0] === "SEG00001", { Date: "2026-02-30" });
  });

  it("commands on that segment name the cell", async () => {
    const run = await segments("lines", book, "SEG00001");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Segments row \d+, column Date: "2026-02-30" is not a date/);
  });

  it("commands on other segments, the list and create still work, and keep the bad cell as it was", async () => {
    expect((await segments("add", book, "SEG00002", "--where", "Industry Groups=RETAIL")).code).toBe(0);
    expect((await segments("lines", book, "SEG00002")).code).toBe(0);
    expect((await segments("criteria", book, "SEG00002")).code).toBe(0);
    expect((await segments("create", book, "--description", "Third")).code).toBe(0);
    const values = await sheetValues(book, "Segments");
    const row = values.find((r) => r[0] === "SEG00001")!;
    expect(row[(values[0] as unknown[]).indexOf("Date")]).toBe("2026-02-30");
  });

  it("the segment can still be deleted", async () => {
    expect((await segments("delete", book, "SEG00001")).code).toBe(0);
  });
});
