/** `segments criteria`, `save-criteria` and `reuse-criteria`: docs/business-rules.md §11 Ex 14 with docs/decisions.md §D3. */
import { promises as fs } from "fs";
import * as path from "path";
import { bytes, segments } from "../support/cli";
import { bcBaseValues } from "../support/bcBaseData";
import { sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: bcBaseValues() }]);
  await segments("create", book, "--description", "Retail, no Alpine");
  await segments("add", book, "SEG00001", "--where", "Industry Groups=RETAIL");
  await segments("reduce", book, "SEG00001", "--where", "No.=CT02", "--entire-companies");
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const contactsOf = async (segmentNo: string) =>
  (await sheetValues(book, "Segment Lines"))
    .slice(1)
    .filter((row) => row[0] === segmentNo)
    .map((row) => row[2]);

describe("docs/business-rules.md §11 Ex 14: save and reuse criteria", () => {
  it("shows the criteria readably", async () => {
    const shown = await segments("criteria", book, "SEG00001");
    expect(shown.stdout).toBe(
      [
        "1. Add Contacts",
        "   Industry Groups: RETAIL",
        "2. Remove Contacts (Reduce) (Entire Companies)",
        "   No.: CT02",
      ].join("\n"),
    );
    expect(await contactsOf("SEG00001")).toEqual(["CT04", "CT06"]);
  });

  it("saves them under a new code and replays them in a new segment, one Go Back step per action", async () => {
    expect((await segments("save-criteria", book, "SEG00001", "--code", "RETNOALP")).stdout).toBe(
      "Saved the 2 criteria actions of SEG00001 as RETNOALP.",
    );
    const saved = (await sheetValues(book, "Saved Criteria")).slice(1);
    expect(saved.map((r) => [r[0], r[2], r[3], r[4], r[7], r[8]])).toEqual([
      ["RETNOALP", 1, "Action", "Add Contacts", "", ""],
      ["RETNOALP", 2, "Filter", "Add Contacts", "Industry Groups", "RETAIL"],
      ["RETNOALP", 3, "Action", "Remove Contacts (Reduce)", "", ""],
      ["RETNOALP", 4, "Filter", "Remove Contacts (Reduce)", "No.", "CT02"],
    ]);

    await segments("create", book, "--description", "Again");
    const reused = await segments("reuse-criteria", book, "SEG00002", "--code", "retnoalp");
    expect(reused.stdout).toBe(
      [
        "Reused RETNOALP in SEG00002: 2 lines.",
        "  1. Add Contacts: +5 lines",
        "  2. Remove Contacts (Reduce): -3 lines",
      ].join("\n"),
    );
    expect(await contactsOf("SEG00002")).toEqual(["CT04", "CT06"]);
    expect((await segments("criteria", book, "SEG00002")).stdout).toBe(
      (await segments("criteria", book, "SEG00001")).stdout,
    );
    await segments("back", book, "SEG00002");
    // Restored rows come back below the others; the sheet's order is the user's to choose.
    expect((await contactsOf("SEG00002")).sort()).toEqual(["CT01", "CT02", "CT03", "CT04", "CT06"]);
  });

  it("replays Refine with its Entire Companies flag (docs/decisions.md §D3; BC drops it)", async () => {
    await segments("create", book, "--description", "Refined");
    await segments("add", book, "SEG00002", "--where", "Industry Groups=RETAIL");
    await segments("refine", book, "SEG00002", "--where", "No.=CT02", "--entire-companies");
    const refined = await contactsOf("SEG00002");
    await segments("save-criteria", book, "SEG00002", "--code", "ALPINE");
    await segments("create", book, "--description", "Replay");
    await segments("reuse-criteria", book, "SEG00003", "--code", "ALPINE");
    expect(await contactsOf("SEG00003")).toEqual(refined);
    expect(refined).toEqual(["CT01", "CT02", "CT03"]);
  });

  it("refuses a code in use, an unknown code, and reuse on a segment with criteria unless forced, leaving the book alone", async () => {
    await segments("save-criteria", book, "SEG00001", "--code", "RETNOALP");
    const before = await bytes(book);
    expect(await segments("save-criteria", book, "SEG00001", "--code", "RetNoAlp")).toMatchObject({
      code: 1,
      stderr: "Saved criteria RetNoAlp already exist. Choose a new code.",
    });
    expect(await segments("reuse-criteria", book, "SEG00001", "--code", "NOPE")).toMatchObject({ code: 1 });
    const unconfirmed = await segments("reuse-criteria", book, "SEG00001", "--code", "RETNOALP");
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/^Segment SEG00001 already has 2 criteria actions.*--force/);
    expect(await segments("save-criteria", book, "SEG00001")).toMatchObject({ code: 2 });
    expect(await bytes(book)).toEqual(before);
    expect((await segments("reuse-criteria", book, "SEG00001", "--code", "RETNOALP", "--force")).code).toBe(0);
  });

  it("refuses to save a segment without criteria", async () => {
    await segments("create", book, "--description", "Empty");
    expect(await segments("save-criteria", book, "SEG00002", "--code", "X")).toMatchObject({
      code: 1,
      stderr: "Segment SEG00002 has no criteria actions to save.",
    });
  });
});
