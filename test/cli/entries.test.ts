/** `segments entries` on .xlsx books: the interaction log, filtered, and its totals over entries not canceled. */
import { promises as fs } from "fs";
import { bytes, segments } from "../support/cli";
import { ex10Workbook } from "../support/interactionBooks";
import { tempDir } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await ex10Workbook(dir);
  expect((await segments("log", book, "SEG00001")).code).toBe(0);
  expect((await segments("cancel", book, "--entry", "122")).code).toBe(0);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("lists the entries of a segment as a table, and changes nothing", async () => {
  const before = await bytes(book);
  const run = await segments("entries", book, "--segment", "seg00001");
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n")).toEqual([
    "Entry No.  Contact No.  Date        Template  Group    Cost  Duration  Corr. Type  Segment No.  Logged  Canceled",
    "---------  -----------  ----------  --------  -------  ----  --------  ----------  -----------  ------  --------",
    "121        CT01         2025-03-01  LETTER    LETTERS  2.50  5         Email       SEG00001     8       No",
    "122        CT02         2025-03-01  LETTER    LETTERS  2.50  5         Email       SEG00001     8       Yes",
    "123        CT09         2025-03-01  LETTER    LETTERS  2.50  5         Email       SEG00001     8       No",
  ]);
  expect((await bytes(book)).equals(before)).toBe(true);
});

it("--contact and --json", async () => {
  const run = await segments("entries", book, "--contact", "CT10", "--json");
  expect(JSON.parse(run.stdout)).toEqual([
    expect.objectContaining({ entryNo: 120, contactNo: "CT10", segmentNo: "SM003", canceled: false }),
  ]);
  expect((await segments("entries", book, "--contact", "CT11")).stdout).toBe("No interaction log entries.");
});

it("--totals per template and per group, canceled entries left out", async () => {
  const run = await segments("entries", book, "--totals");
  expect(run.stdout.split("\n")).toEqual([
    "Template  Count  Cost (LCY)  Duration (Min.)",
    "--------  -----  ----------  ---------------",
    "LETTER    3      7.50        15",
    "",
    "Group    Count  Cost (LCY)  Duration (Min.)",
    "-------  -----  ----------  ---------------",
    "LETTERS  3      7.50        15",
  ]);
  const json = JSON.parse((await segments("entries", book, "--totals", "--segment", "SEG00001", "--json")).stdout);
  expect(json.byGroup).toEqual([{ code: "LETTERS", count: 2, cost: 5, duration: 10 }]);
});
