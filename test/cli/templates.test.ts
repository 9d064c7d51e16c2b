/** `segments templates`: the Interaction Templates sheet read and checked (docs/business-rules.md §6), problems named by row and column. */
import { promises as fs } from "fs";
import * as path from "path";
import { bcBaseValues } from "../support/bcBaseData";
import { bytes, segments } from "../support/cli";
import { editBook, gridOf, setCell, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: bcBaseValues() }]);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Rows 2.. of the templates sheet, by header. */
async function editTemplates(
  edit: (row: number, set: (header: string, value: string | number) => void) => void,
): Promise<void> {
  await editBook(book, (workbook) => {
    const sheet = workbook.getWorksheet("Interaction Templates")!;
    const titles = gridOf(workbook, sheet)[0].map(String);
    for (let row = 2; row <= 5; row++)
      edit(row, (header, value) => setCell(sheet, row, titles.indexOf(header) + 1, value));
  });
}

it("lists the templates init seeds, read-only", async () => {
  expect((await segments("init", book)).code).toBe(0);
  const before = await bytes(book);
  const run = await segments("templates", book);
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n").map((line) => line.split(/\s{2,}/)[0])).toEqual([
    "Code",
    "-------",
    "EMAIL",
    "LETTER",
    "PHONE",
    "MEETING",
  ]);
  expect(JSON.parse((await segments("templates", book, "--json")).stdout)[1]).toEqual({
    code: "LETTER",
    description: "Letter",
    interactionGroupCode: "LETTERS",
    unitCost: 2.5,
    unitDuration: 5,
    informationFlow: "Outbound",
    initiatedBy: "Us",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    correspondenceType: "Hard Copy",
    ignoreContactCorresType: false,
    languageCode: "",
  });
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("names every problem by sheet row and column (exit 1)", async () => {
  expect((await segments("init", book)).code).toBe(0);
  await editTemplates((row, set) => {
    if (row === 2) set("Interaction Group Code", "");
    if (row === 3) set("Unit Duration (Min.)", -5);
    if (row === 4) set("Correspondence Type", "Fax");
    if (row === 5) set("Information Flow", "outbound");
  });
  const run = await segments("templates", book);
  expect(run).toMatchObject({
    code: 1,
    stderr: [
      "The Interaction Templates sheet has 3 problems:",
      "Interaction Templates row 2, column Interaction Group Code: must have a value (template EMAIL).",
      "Interaction Templates row 3, column Unit Duration (Min.): must not be negative (-5) (template LETTER).",
      'Interaction Templates row 4, column Correspondence Type: "Fax" is not Hard Copy, Email or blank (template PHONE).',
    ].join("\n"),
  });
});

it("a cell that is not a number is named by the reader, row and column, and makes only its own template unusable", async () => {
  expect((await segments("init", book)).code).toBe(0);
  await editTemplates((row, set) => row === 3 && set("Unit Cost (LCY)", "cheap"));
  expect(await segments("templates", book)).toMatchObject({
    code: 1,
    stderr:
      'The Interaction Templates sheet has 1 problem:\nInteraction Templates row 3, column Unit Cost (LCY): "cheap" is not a number (template LETTER).',
  });
  expect((await segments("create", book, "--description", "By e-mail", "--template", "EMAIL")).code).toBe(0);
  const refused = await segments("create", book, "--description", "By letter", "--template", "LETTER");
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    'Interaction template LETTER cannot be used: Interaction Templates row 3, column Unit Cost (LCY): "cheap" is not a number (template LETTER).',
  );
});

it("a book without the sheet has no templates", async () => {
  expect((await segments("templates", book)).stdout).toBe("No interaction templates.");
});
