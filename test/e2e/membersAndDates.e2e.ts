/**
 * Two things a marketer reaches for beside the sheet, in English and Swedish, light and dark, on the development
 * build (no React or Fluent warning allowed): the Members section's link selects exactly the segment's rows on the
 * Segment Lines sheet, in blocks when another segment's lines lie between; and the Header's date box shows and takes
 * the language's form (12/2/2026, 2026-12-02), refusing 2026-02-30 with a message that says what is wrong.
 */
import type { Browser, Page } from "playwright-core";
import { dateForm } from "../../src/taskpane/i18n/dateStrings";
import { launchChromium } from "./support/browser";
import { chooseExpressionMode, chooseField, createSegment, expressionBox } from "./support/paneSteps";
import { openPlayground } from "./support/playground";
import { missingScreenshots, screenshotPath } from "./support/screenshots";
import { recordPanel, screenshotsOf, SETUPS } from "./support/setups";
import { sheetRecords } from "./support/sheetRecords";
import { seriousAxeFindings } from "./support/axe";

const SCREENSHOTS = screenshotsOf(["members-link", "date-input"]);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The 1-based rows the playground's workbook has selected on its active sheet, and that sheet's name. */
function selectedRows(page: Page) {
  return page.evaluate(() => {
    type Rect = { top: number; rows: number; sheet: { name: string } };
    const bridge = (
      window as unknown as Record<
        string,
        { book: { selection?: { areas: Rect[] }; activeSheet: number; sheets: { name: string }[] } }
      >
    ).__contactSegmentsPlayground;
    const { selection, activeSheet, sheets } = bridge.book;
    return {
      active: sheets[activeSheet].name,
      areas: selection?.areas.length ?? 0,
      rows: (selection?.areas ?? []).flatMap((area) => Array.from({ length: area.rows }, (_, i) => area.top + i + 1)),
    };
  });
}

/** An Excel serial day (1900 system) as ISO yyyy-mm-dd. */
const serialToIso = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

describe.each(SETUPS)("members and dates in $language, $theme", ({ language, theme, strings }) => {
  it("selects the segment's rows on Segment Lines, and takes the header's date in the language's form", async () => {
    const session = await openPlayground(browser, { language, theme, latencyMs: 20 }, "development");
    const { page, pane, errors, warnings } = session;
    const text = strings.segment;
    const addBy = async (field: "salespersonCode" | "industryGroups", filter: string) => {
      await chooseField(pane, strings, field);
      await chooseExpressionMode(pane, strings);
      await expressionBox(pane, strings).fill(filter);
      await pane.getByTestId("live-count").waitFor();
      await pane.getByRole("button", { name: text.builder.apply.add, exact: true }).click();
    };
    try {
      // SEG00001's lines in two blocks, SEG00002's between them.
      await createSegment(pane, strings, "Spring");
      await addBy("salespersonCode", "JO");
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();
      await pane.getByRole("button", { name: text.backToList, exact: true }).click();
      await createSegment(pane, strings, "Autumn");
      await addBy("salespersonCode", "PS");
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();
      await pane.getByRole("button", { name: text.backToList, exact: true }).click();
      await pane.getByRole("button", { name: strings.segments.open("SEG00001"), exact: true }).click();
      await addBy("industryGroups", "RETAIL");
      await pane.getByRole("heading", { name: text.criteria.title(2) }).waitFor();

      const lines = (await sheetRecords(page, "Segment Lines", "Segment No.")) ?? [];
      // The sheet's header is on row 1: record i is on row i + 2.
      const expected = lines.flatMap((row, i) => (row["Segment No."] === "SEG00001" ? [i + 2] : []));
      expect(lines.some((row) => row["Segment No."] === "SEG00002")).toBe(true);

      await pane.getByRole("button", { name: text.members.title, exact: true }).click();
      await pane.getByRole("button", { name: text.members.showInSheet, exact: true }).click();
      await page.waitForFunction(() => {
        const book = (window as unknown as Record<string, { book: { selection?: unknown } }>)
          .__contactSegmentsPlayground.book;
        return book.selection !== undefined;
      });
      const selected = await selectedRows(page);
      expect(selected.active).toBe("Segment Lines");
      expect(selected.rows).toEqual(expected);
      expect(selected.areas).toBeGreaterThan(1);
      // The grid shows the sheet with the rows shaded.
      await page.getByRole("tab", { name: "Segment Lines", selected: true }).waitFor();
      expect(await page.locator("[data-in-selection]").count()).toBe(expected.length);
      await page.screenshot({ path: screenshotPath(`members-link-${language}-${theme}`) });
      expect(await seriousAxeFindings(await session.paneFrame())).toEqual([]);
      await pane.getByRole("button", { name: text.members.title, exact: true }).click();

      // The header's date, in the language's form.
      const dates = strings.dates;
      const form = dateForm(strings.dateTexts, dates);
      await pane.getByRole("button", { name: new RegExp(`^${text.header.title}`) }).click();
      const date = pane.getByRole("textbox", { name: text.header.fields.date });
      const shown = await date.inputValue();
      expect(shown).toMatch(language === "sv-SE" ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{1,2}\/\d{1,2}\/\d{4}$/);
      const saved = (await sheetRecords(page, "Segments", "No."))?.find((row) => row["No."] === "SEG00001")?.["Date"];
      expect(dates.parse(shown)).toEqual({ iso: typeof saved === "number" ? serialToIso(saved) : saved });

      // An impossible day is refused with what is wrong, and nothing is saved.
      await date.fill("2026-02-30");
      await date.press("Tab");
      const refusal = strings.dateTexts.problem({ kind: "day", year: 2026, month: 2, day: 30, days: 28 }, dates, form);
      await pane.getByText(refusal, { exact: true }).waitFor();
      expect(await date.getAttribute("aria-invalid")).toBe("true");
      expect((await sheetRecords(page, "Segments", "No."))?.find((row) => row["No."] === "SEG00001")?.["Date"]).toBe(
        saved,
      );
      await date.scrollIntoViewIfNeeded();
      await recordPanel(session, `date-input-${language}-${theme}`);

      // The language's own form is taken and saved as the day it names (not today, which the box already shows).
      const typed = language === "sv-SE" ? "2026-12-24" : "12/24/2026";
      await date.fill(typed);
      await date.press("Enter");
      const question = pane.getByRole("alertdialog", { name: text.header.updateLinesTitle });
      await question
        .or(pane.getByText(text.header.linesUpdated(0)))
        .first()
        .waitFor();
      if (await question.isVisible()) {
        await page.keyboard.press("Enter");
        await question.waitFor({ state: "detached" });
      }
      await pane
        .getByRole("textbox", { name: text.header.fields.date })
        .and(pane.locator(`[value="${typed}"]`))
        .waitFor();
      const after = (await sheetRecords(page, "Segments", "No."))?.find((row) => row["No."] === "SEG00001")?.["Date"];
      expect(typeof after === "number" ? serialToIso(after) : after).toBe("2026-12-24");

      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the record of the run", () => {
  it("has a screenshot of the Members link's selection and of the date box refusing a day, in both languages and themes", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});
