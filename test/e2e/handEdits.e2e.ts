/**
 * The pane against what a user does around it in the browser: a double click on Add applies once; a hand edit of
 * a segment line in the grid makes Go Back ask first, naming the line, and going back anyway restores the segment.
 */
import type { Browser, Page } from "playwright-core";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { launchChromium } from "./support/browser";
import { chooseField, createSegment, editCell, expressionBox } from "./support/paneSteps";
import { openPlayground, sheetValues } from "./support/playground";

const strings = enUS;
const text = strings.segment;
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

describe("hand edits and double clicks", () => {
  it("applies a double-clicked Add once; Go Back after a hand edit asks, names the line and restores", async () => {
    const { page, pane, errors } = await openPlayground(browser, { latencyMs: 20 });
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

      // A teammate edits the first line's Description in the grid.
      const description = added.columns.indexOf("Description");
      const lineNo = String(added.rows[0][added.columns.indexOf("Line No.")]);
      await editCell(page, "Segment Lines", `${columnLetter(description)}${added.headerRow + 1}`, "Edited by hand");
      await page.getByTestId("event-log").getByText(/WorksheetChanged RangeEdited Segment Lines!/).waitFor();

      await pane.getByRole("button", { name: text.history.goBack, exact: true }).click();
      // The question is an alert dialog (Fluent modalType "alert").
      const dialog = pane.getByRole("alertdialog", { name: text.history.handTitle });
      await dialog.waitFor();
      await dialog.getByText(new RegExp(`^Line ${lineNo}.*edited$`)).waitFor();
      await dialog.getByRole("button", { name: text.history.handConfirm("back"), exact: true }).click();
      await pane.getByText(text.totals(0, strings.segments.money(0), 0), { exact: true }).waitFor();
      expect((await segmentLines(page)).rows).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
