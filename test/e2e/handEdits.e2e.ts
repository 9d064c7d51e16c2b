/**
 * The pane against what a user does around it, in English and Swedish, light and dark: a double click on Add
 * applies once; a header change with lines asks whether to update them; a hand edit of a segment line in the grid
 * makes Go Back ask first, naming the line, and going back anyway restores the segment; deleting a segment asks with
 * its row count. Each question leaves a screenshot and passes axe.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/browser";
import { chooseField, createSegment, editCell, expressionBox } from "./support/paneSteps";
import { openPlayground, sheetValues } from "./support/playground";
import { missingScreenshots } from "./support/screenshots";
import { recordPanel, screenshotsOf, SETUPS } from "./support/setups";
import { sheetRecords } from "./support/sheetRecords";

const PANELS = ["update-lines-dialog", "hand-changes-dialog", "delete-dialog"];
const SCREENSHOTS = screenshotsOf(PANELS);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Rows of the Segment Lines sheet below its header, and the header's columns. */
async function segmentLines(page: Page) {
  const values = (await sheetValues(page, "Segment Lines")) ?? [];
  const header = values.findIndex((row) => row[0] === "Segment No.");
  const columns = (values[header] ?? []).map(String);
  return { columns, headerRow: header + 1, rows: values.slice(header + 1).filter((row) => row[0] !== "") };
}

const columnLetter = (index: number) => String.fromCharCode(65 + index);

describe.each(SETUPS)("questions in $language, $theme", ({ language, theme, strings }) => {
  it("applies a double-clicked Add once; asks before updating lines, before going back over a hand edit and before deleting", async () => {
    const session = await openPlayground(browser, { language, theme, latencyMs: 20 });
    const { page, pane, errors } = session;
    const shot = (panel: string) => recordPanel(session, `${panel}-${language}-${theme}`);
    const text = strings.segment;
    try {
      await createSegment(pane, strings, "Hand edits");
      await chooseField(pane, strings, "salespersonCode");
      await expressionBox(pane, strings).fill("JO");
      await pane.getByTestId("live-count").waitFor();

      await pane.getByRole("button", { name: text.builder.apply.add, exact: true }).dblclick();
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();
      const added = await segmentLines(page);
      expect(added.rows.length).toBeGreaterThan(0);
      // One step, not two: a second Add of the same filter adds no lines but records a second criteria step.
      await page.waitForTimeout(1_000);
      expect(await pane.getByRole("heading", { name: text.criteria.title(2) }).count()).toBe(0);

      // A new template with lines in the segment: BC's question, whether to update the lines too.
      await pane.getByRole("button", { name: new RegExp(`^${text.header.title}`) }).click();
      await pane.getByRole("combobox", { name: text.header.fields.interactionTemplateCode }).click();
      await pane.getByRole("option", { name: "EMAIL · E-mail" }).click();
      const update = pane.getByRole("alertdialog", { name: text.header.updateLinesTitle });
      await update.waitFor();
      await shot("update-lines-dialog");
      await update.getByRole("button", { name: text.header.updateLinesYes, exact: true }).click();
      await update.waitFor({ state: "detached" });
      await pane.getByText(text.header.linesUpdated(added.rows.length)).waitFor();
      const templates = (await sheetRecords(page, "Segment Lines", "Segment No."))?.map(
        (row) => row["Interaction Template Code"],
      );
      expect(new Set(templates)).toEqual(new Set(["EMAIL"]));

      // A teammate edits the first line's Description in the grid.
      const lines = await segmentLines(page);
      const description = lines.columns.indexOf("Description");
      const lineNo = Number(lines.rows[0][lines.columns.indexOf("Line No.")]);
      const contactNo = String(lines.rows[0][lines.columns.indexOf("Contact No.")]);
      await editCell(page, "Segment Lines", `${columnLetter(description)}${lines.headerRow + 1}`, "Edited by hand");
      await page
        .getByTestId("event-log")
        .getByText(/WorksheetChanged RangeEdited Segment Lines!/)
        .waitFor();

      await pane.getByRole("button", { name: text.history.goBack, exact: true }).click();
      // The question is an alert dialog (Fluent modalType "alert").
      const hand = pane.getByRole("alertdialog", { name: text.history.handTitle });
      await hand.getByText(text.history.handChange({ lineNo, contactNo, kind: "edited" }), { exact: true }).waitFor();
      await shot("hand-changes-dialog");
      await hand.getByRole("button", { name: text.history.handConfirm("back"), exact: true }).click();
      await hand.waitFor({ state: "detached" });
      await pane.getByText(text.totals(0, strings.segments.money(0), 0), { exact: true }).waitFor();
      expect((await segmentLines(page)).rows).toEqual([]);

      // Back to the list, and delete the segment: the question counts its rows.
      await pane.getByRole("button", { name: text.backToList, exact: true }).click();
      await pane.getByRole("button", { name: strings.segments.remove("SEG00001"), exact: true }).click();
      const remove = pane.getByRole("alertdialog", { name: strings.segments.deleteTitle("SEG00001") });
      await remove.waitFor();
      await shot("delete-dialog");
      await remove.getByRole("button", { name: strings.segments.deleteConfirm, exact: true }).click();
      await pane.getByText(strings.segments.empty, { exact: true }).waitFor();
      expect((await sheetRecords(page, "Segments", "No."))?.filter((row) => row["No."] === "SEG00001")).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the record of the run", () => {
  it("has a screenshot of every question in both languages and themes", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});
