/** Cells that cannot be read (error values, stray text in a number column) are said before every command's output. */
import { promises as fs } from "fs";
import * as path from "path";
import { segments } from "../support/cli";
import { tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

const EMPLOYEES = [3, 12, "#N/A", 7, 40, 2, 9, 15, 1, "many", 5, 8, 6, 4, 30, 11, 10, 20, 25, 50];

beforeEach(async () => {
  dir = await tempDir();
  const rows = EMPLOYEES.map((employees, i) => [`K${i + 1}`, `Firm ${i + 1}`, "Company", employees]);
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [
    { name: "Contacts", values: [["No.", "Name", "Type", "Employees"], ...rows] },
  ]);
  expect((await segments("init", book)).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const ERROR =
  'warning: Contacts!D4: #N/A (Employees); read as blank, and filters on "Employees" cannot judge this contact.';
const STRAY =
  'warning: Contacts!D11 "many" (Employees): not a number in a number column; filters on "Employees" cannot judge this contact.';

it("segments contacts names the cells", async () => {
  const run = await segments("contacts", book);
  expect(run.code).toBe(0);
  expect(run.stderr.split("\n")).toEqual([ERROR, STRAY]);
});

it("a step says them before its output, compares Employees as numbers and counts the contacts it could not judge", async () => {
  expect((await segments("create", book, "--description", "Small firms")).code).toBe(0);
  const preview = await segments("add", book, "SEG00001", "--where", "Employees=1..5", "--preview");
  expect(preview.code).toBe(0);
  expect(preview.stderr.split("\n")).toEqual([ERROR, STRAY]);
  expect(preview.stdout.split("\n")).toEqual([
    "Would add 5 contacts to SEG00001 (0 excluded, 0 already in the segment). Nothing written.",
    "2 contacts could not be judged: error, uncomputed or mistyped cells in Employees.",
  ]);
  const json = JSON.parse((await segments("add", book, "SEG00001", "--where", "Employees=1..5", "--json")).stdout);
  expect(json).toMatchObject({ added: 5, unjudged: [{ caption: "Employees", count: 2 }] });
  const reduce = await segments("reduce", book, "SEG00001", "--where", "Employees=<3", "--preview");
  expect(reduce.stdout.split("\n")[1]).toBe(
    "2 contacts could not be judged: error, uncomputed or mistyped cells in Employees.",
  );
});
