/**
 * A failing check anywhere leaves the .xlsx book byte for byte as it was: random refusals of log, cancel,
 * uncancel and reuse-segment on random lines of a book with a logged (and canceled) segment and an open one.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import { bytes, segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { editRows, tempDir } from "../support/workbooks";

let dir: string;
let base: string;

/** Ex 10 logged as 8 and canceled; SEG00002 (LETTER, JO) with lines 10000..40000: CT01, CT02, CT03, CT09. */
beforeAll(async () => {
  dir = await tempDir();
  base = await ex10Workbook(dir);
  for (const args of [
    ["log", base, "SEG00001"],
    ["cancel", base, "--logged", "8"],
    ["create", base, "--description", "Autumn", "--template", "LETTER", "--salesperson", "JO"],
    ["add", base, "SEG00002", "--where", "No.=CT01..CT03"],
    ["add", base, "SEG00002", "--where", "No.=CT09"],
  ]) {
    expect((await segments(...args)).code).toBe(0);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type Edit = { sheet: string; match: (row: unknown[]) => boolean; cells: Record<string, string | boolean> };
interface Refusal {
  readonly name: string;
  readonly message: RegExp;
  readonly edit?: (line: number) => Edit;
  readonly args: (book: string) => string[];
  readonly code: 1 | 2;
}

const onLine = (line: number) => (row: unknown[]) => row[0] === "SEG00002" && row[1] === line;
const REFUSALS: readonly Refusal[] = [
  {
    name: "blank description",
    message: /^Description must have a value in Segment/,
    edit: () => ({ sheet: "Segments", match: (r) => r[0] === "SEG00002", cells: { Description: "" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "blank template",
    message: /^Interaction Template Code must have a value/,
    edit: (l) => ({ sheet: "Segment Lines", match: onLine(l), cells: { "Interaction Template Code": "" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "blank salesperson",
    message: /^Salesperson Code must have a value/,
    edit: (l) => ({ sheet: "Segment Lines", match: onLine(l), cells: { "Salesperson Code": "" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "blank date",
    message: /^Date must have a value/,
    edit: (l) => ({ sheet: "Segment Lines", match: onLine(l), cells: { Date: "" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "unknown contact",
    message: /^Contact CT99 does not exist/,
    edit: (l) => ({ sheet: "Segment Lines", match: onLine(l), cells: { "Contact No.": "CT99" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "unknown template",
    message: /^Interaction template FAX .* does not exist/,
    edit: (l) => ({ sheet: "Segment Lines", match: onLine(l), cells: { "Interaction Template Code": "FAX" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "excluded contact",
    message: /whose contact is excluded from segments: line 20000 \(CT02\)/,
    edit: () => ({ sheet: "Contacts", match: (r) => r[0] === "CT02", cells: { "Exclude from Segment": true } }),
    args: (b) => ["log", b, "SEG00002", "--follow-up"],
    code: 1,
  },
  {
    name: "invalid template row",
    message: /column Initiated By: "Nobody" is not Us, Them or blank/,
    edit: () => ({
      sheet: "Interaction Templates",
      match: (r) => r[0] === "LETTER",
      cells: { "Initiated By": "Nobody" },
    }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "already logged",
    message: /^Logged Segment for Segment No\. SEG00002 already exists/,
    edit: () => ({ sheet: "Logged Segments", match: (r) => r[0] === 7, cells: { "Segment No.": "SEG00002" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "empty",
    message: /^Segment SEG00002 is empty\.$/,
    edit: () => ({ sheet: "Segment Lines", match: (r) => r[0] === "SEG00002", cells: { "Contact No.": "" } }),
    args: (b) => ["log", b, "SEG00002"],
    code: 1,
  },
  {
    name: "unknown segment",
    message: /^Segment SEG00042 does not exist/,
    args: (b) => ["log", b, "SEG00042"],
    code: 1,
  },
  {
    name: "uncancel an entry of a canceled logged segment",
    message: /^Canceled must be equal to 'No'/,
    args: (b) => ["uncancel", b, "--entry", "122"],
    code: 1,
  },
  {
    name: "cancel an unknown logged segment",
    message: /^Logged segment 99 does not exist/,
    args: (b) => ["cancel", b, "--logged", "99"],
    code: 1,
  },
  {
    name: "cancel unknown entries",
    message: /^Interaction Log has no entry 500\.$/,
    args: (b) => ["cancel", b, "--entry", "121,500"],
    code: 1,
  },
  {
    name: "reuse into a segment with criteria, unconfirmed",
    message: /already has 2 criteria actions/,
    args: (b) => ["reuse-segment", b, "SEG00002", "--logged", "8"],
    code: 1,
  },
  {
    name: "reuse an unknown logged segment",
    message: /^Logged segment 42 does not exist/,
    args: (b) => ["reuse-segment", b, "SEG00002", "--logged", "42", "--force"],
    code: 1,
  },
  {
    name: "cancel without a target",
    message: /needs either --logged N or --entry/,
    args: (b) => ["cancel", b],
    code: 2,
  },
  { name: "log with an unknown option", message: /--send/, args: (b) => ["log", b, "SEG00002", "--send"], code: 2 },
];

async function applyEdit(book: string, edit: Edit): Promise<void> {
  await editRows(book, edit.sheet, edit.match, edit.cells);
}

it("every refusal exits 1 or 2 and leaves the book byte for byte", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...REFUSALS),
      fc.constantFrom(10000, 20000, 30000, 40000),
      async (refusal, line) => {
        const book = path.join(dir, `case${run++}.xlsx`);
        await fs.copyFile(base, book);
        if (refusal.edit) await applyEdit(book, refusal.edit(line));
        const before = await bytes(book);
        const result = await segments(...refusal.args(book));
        expect({ name: refusal.name, code: result.code }).toEqual({ name: refusal.name, code: refusal.code });
        expect(result.stderr).toMatch(refusal.message);
        expect((await bytes(book)).equals(before)).toBe(true);
        await fs.rm(book);
      },
    ),
    { numRuns: 30 },
  );
});

it("each refusal of the list is reached", async () => {
  for (const refusal of REFUSALS) {
    const book = path.join(dir, "each.xlsx");
    await fs.copyFile(base, book);
    if (refusal.edit) await applyEdit(book, refusal.edit(30000));
    const before = await bytes(book);
    const result = await segments(...refusal.args(book));
    expect({ name: refusal.name, code: result.code }).toEqual({ name: refusal.name, code: refusal.code });
    expect(result.stderr).toMatch(refusal.message);
    expect((await bytes(book)).equals(before)).toBe(true);
  }
});
