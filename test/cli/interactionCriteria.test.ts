/** `--interaction` on .xlsx books, after a real `segments log`: who got the spring mailing? */
import { promises as fs } from "fs";
import * as path from "path";
import { segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  await segments("create", book, "--description", "Spring", "--template", "EMAIL", "--salesperson", "JO");
  await segments("add", book, "SEG00001", "--where", "No.=K1|K2|K3");
  expect((await segments("log", book, "SEG00001")).code).toBe(0);
  await segments("create", book, "--description", "Follow-up");
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("finds the contacts whose own entries meet every interaction condition, ANDed with contact conditions", async () => {
  const preview = await segments(
    "add",
    book,
    "SEG00002",
    "--interaction",
    "Segment No.=SEG00001",
    "--where",
    "Salesperson Code=JO",
    "--preview",
  );
  expect(preview.stdout).toBe(
    "Would add 2 contacts to SEG00002 (0 excluded, 0 already in the segment). Nothing written.",
  );
  await segments("add", book, "SEG00002", "--interaction", "Segment No.=SEG00001", "--interaction", "Canceled=No");
  const lines = (await sheetValues(book, "Segment Lines")).slice(1).map((row) => row[2]);
  expect(lines.sort()).toEqual(["K1", "K2", "K3"]);
  const criteria = (await segments("criteria", book, "SEG00002")).stdout;
  expect(criteria).toBe(
    ["1. Add Contacts", "   Interaction Log: Segment No.: SEG00001", "   Interaction Log: Canceled: No"].join("\n"),
  );
});

it("drops contacts whose entries were canceled when asked", async () => {
  await segments("cancel", book, "--logged", "1");
  const preview = await segments(
    "add",
    book,
    "SEG00002",
    "--interaction",
    "Segment No.=SEG00001",
    "--interaction",
    "Canceled=No",
    "--preview",
  );
  expect(preview.stdout).toMatch(/^Would add 0 contacts/);
});
