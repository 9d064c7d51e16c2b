/** `segments cancel` / `uncancel` on .xlsx books: docs/business-rules.md §11 Ex 12 with the command, refusals leave the bytes. */
import { promises as fs } from "fs";
import { bytes, segments } from "../support/cli";
import { ex10Workbook, sheetRecords } from "../support/interactionBooks";
import { sheetValues, tempDir } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await ex10Workbook(dir);
  expect((await segments("log", book, "SEG00001")).stdout).toBe("8");
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Canceled per entry of logged segment 8, and its row's Canceled and No. of Interactions. */
async function state(): Promise<unknown> {
  const entries = (await sheetRecords(await sheetValues(book, "Interaction Log"))).filter(
    (e) => e["Logged Segment Entry No."] === 8,
  );
  const logged = (await sheetRecords(await sheetValues(book, "Logged Segments"))).find((l) => l["Entry No."] === 8)!;
  return {
    entries: entries.map((e) => [e["Entry No."], e.Canceled]),
    logged: [logged.Canceled, logged["No. of Interactions"]],
  };
}

async function expectRefused(args: string[], code: number, message: string | RegExp): Promise<void> {
  const before = await bytes(book);
  const run = await segments(...args);
  expect(run.code).toBe(code);
  expect(run.stderr).toMatch(message);
  expect((await bytes(book)).equals(before)).toBe(true);
}

it("Ex 12 steps 1, 3, 4 and 5 with the command", async () => {
  expect(await segments("cancel", book, "--entry", "122")).toMatchObject({
    code: 0,
    stdout: "Canceled entries 122. logged segment 8: 2 interactions.",
  });
  expect(await state()).toEqual({
    entries: [
      [121, false],
      [122, true],
      [123, false],
    ],
    logged: [false, 2],
  });

  expect(await segments("cancel", book, "--logged", "8")).toMatchObject({
    code: 0,
    stdout: "Canceled entries 121, 123. logged segment 8 (canceled): 3 interactions.",
  });
  expect(await state()).toEqual({
    entries: [
      [121, true],
      [122, true],
      [123, true],
    ],
    logged: [true, 3],
  });

  await expectRefused(
    ["uncancel", book, "--entry", "121"],
    1,
    /^Canceled must be equal to 'No' in Logged Segment: Entry No.=8\. Current value is 'Yes'\./,
  );

  expect((await segments("uncancel", book, "--logged", "8")).code).toBe(0);
  expect(await state()).toEqual({
    entries: [
      [121, false],
      [122, false],
      [123, false],
    ],
    logged: [false, 3],
  });
});

it("--entry takes a list, and repeats", async () => {
  const run = await segments("cancel", book, "--entry", "121,123", "--entry", "122", "--json");
  expect(JSON.parse(run.stdout)).toEqual({
    canceled: true,
    entries: [121, 123, 122],
    logged: [{ entryNo: 8, canceled: false, noOfInteractions: 0 }],
  });
});

it("nothing to change writes nothing", async () => {
  await expectRefused(["uncancel", book, "--entry", "121"], 0, "");
});

it("refuses unknown numbers (exit 1) and wrong calls (exit 2), the book unchanged", async () => {
  await expectRefused(
    ["cancel", book, "--logged", "9"],
    1,
    "Logged segment 9 does not exist (Logged Segments entries: 7, 8).",
  );
  await expectRefused(["cancel", book, "--entry", "121,999"], 1, "Interaction Log has no entry 999.");
  await expectRefused(["cancel", book], 2, /cancel needs either --logged N or --entry N\[,N\.\.\.\]\./);
  await expectRefused(["cancel", book, "--logged", "8", "--entry", "121"], 2, /needs either --logged N or --entry/);
  await expectRefused(["uncancel", book, "--entry", "12x"], 2, /--entry "12x" is not an entry number/);
  await expectRefused(["cancel", book, "--logged", "0"], 2, /--logged "0" is not an entry number/);
});
