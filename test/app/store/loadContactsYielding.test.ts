/**
 * A host that asks for its thread back (the pane) gets it between the steps of building the contact table, and the
 * table, its warnings and its errors are the ones a build in one go makes; two loads of one read build it once. On
 * the in-memory book only: yielding to the pane is a workbook host's concern, a database is never read by the pane.
 */
import { ContactSheetError, loadContacts } from "../../../src/app/store/contactSource";
import type { RunContext } from "../../../src/app/store/ports";
import { buildContactTable, type ContactSheetInput } from "../../../src/domain/contacts";
import { ROWS_PER_STEP } from "../../../src/domain/contacts/buildContactTable";
import { MemoryBook } from "../../support/memoryBook";

const CTX: RunContext = { today: "2025-06-30", workdate: "2025-06-30", locale: "en", userId: "" };

function sheet(rows: number, blankAt = -1): ContactSheetInput {
  const values: unknown[][] = [["No.", "Name", "Employees"]];
  for (let r = 0; r < rows; r++) values.push([r === blankAt ? "" : `C${r}`, r % 3 ? "Anna" : "Örjan", r % 7 ? r : "x"]);
  return { sheetName: "Contacts", locale: "en", values };
}

describe("loading the contact table on a host that asks for its thread back", () => {
  it("yields between steps and builds the same table and warnings", async () => {
    const input = sheet(3 * ROWS_PER_STEP);
    let yields = 0;
    const loaded = await loadContacts(new MemoryBook(input), { ...CTX, yieldToHost: async () => void yields++ });
    expect(yields).toBeGreaterThanOrEqual(3);
    const whole = buildContactTable(input);
    expect(loaded.table).toEqual(whole.table);
    expect(loaded.warnings).toEqual(whole.warnings);
  });

  it("stops with the sheet's errors as a ContactSheetError", async () => {
    const book = new MemoryBook(sheet(10, 4));
    const load = loadContacts(book, { ...CTX, yieldToHost: async () => undefined });
    await expect(load).rejects.toBeInstanceOf(ContactSheetError);
    await expect(load).rejects.toMatchObject({ problems: [expect.objectContaining({ code: "blank-no", row: 6 })] });
  });

  it("builds one read once when two loads overlap", async () => {
    const book = new MemoryBook(sheet(2 * ROWS_PER_STEP));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ctx = { ...CTX, yieldToHost: () => gate };
    const first = loadContacts(book, ctx);
    const second = loadContacts(book, ctx);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.table).toBe(b.table);
  });
});
