/** `segments reduce` / `refine` on .xlsx books: previews write nothing, steps are recorded and undoable. */
import { promises as fs } from "fs";
import * as path from "path";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  await segments("create", book, "--description", "Spring");
  // K1..K7 except the excluded K5.
  expect((await segments("add", book, "SEG00001", "--where", "No.=K*")).stdout).toMatch(/^Added 6 lines/);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const contactsOnLines = async () =>
  (await sheetValues(book, "Segment Lines"))
    .slice(1)
    .map((row) => String(row[2]))
    .sort();

describe("reduce", () => {
  it("previews the exact count and writes nothing", async () => {
    const before = await bytes(book);
    const preview = await segments("reduce", book, "SEG00001", "--where", "Mailing Groups=NEWS", "--preview");
    expect(preview).toMatchObject({
      code: 0,
      stdout: "Would remove 3 contacts (3 lines) from SEG00001, keeping 3. Nothing written.",
    });
    expect(await bytes(book)).toEqual(before);
  });

  it("removes the matching contacts, records the step, and Go Back restores them", async () => {
    const before = await sheetValues(book, "Segment Lines");
    const reduced = await segments("reduce", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    expect(reduced.stdout).toBe("Removed 3 contacts (3 lines) from SEG00001; 3 lines left.");
    expect(await contactsOnLines()).toEqual(["K1", "K4", "K7"]);
    const criteria = (await sheetValues(book, "Segment Criteria")).slice(1).map((r) => [r[2], r[3], r[6], r[7]]);
    expect(criteria.slice(2)).toEqual([
      ["Action", "Remove Contacts (Reduce)", "", ""],
      ["Filter", "Remove Contacts (Reduce)", "Mailing Groups", "NEWS"],
    ]);
    await segments("back", book, "SEG00001");
    const restored = await sheetValues(book, "Segment Lines");
    const sorted = (rows: unknown[][]) => rows.slice(1).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(sorted(restored)).toEqual(sorted(before));
  });

  it("with Entire Companies removes the whole company of a matching person", async () => {
    await segments("reduce", book, "SEG00001", "--where", "No.=K2", "--entire-companies");
    expect(await contactsOnLines()).toEqual(["K4", "K6", "K7"]);
  });
});

describe("refine", () => {
  it("keeps only the contacts that match, with OR groups", async () => {
    const refined = await segments(
      "refine",
      book,
      "SEG00001",
      "--where",
      "Salesperson Code=PS",
      "--or",
      "--where",
      "No.=K6",
    );
    expect(refined).toMatchObject({ code: 0 });
    expect(await contactsOnLines()).toEqual(["K3", "K4", "K6", "K7"]);
  });

  it("stops at a malformed filter, naming the field and the character, with the book unchanged", async () => {
    const before = await bytes(book);
    const bad = await segments("refine", book, "SEG00001", "--where", "Employees=>>5");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Employees ">>5".*2/);
    expect(await bytes(book)).toEqual(before);
  });
});
