/**
 * The first browser flow: the playground boots the production task pane beside the sample workbook; the Segments
 * list is empty and the Contacts panel shows the recognised columns and the 300 contacts, in English and in Swedish,
 * light and dark; a screenshot of each panel; axe finds nothing serious or critical; the settings bar switches the pane to Swedish and keeps the workbook.
 */
import type { Browser, FrameLocator } from "playwright-core";
import { FIELD_SPECS } from "../../src/domain/contacts";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import type { Strings } from "../../src/taskpane/i18n/strings";
import { seriousAxeFindings } from "./support/axe";
import { launchChromium } from "./support/browser";
import { openPlayground, sheetValues } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { missingScreenshots, screenshotPath } from "./support/screenshots";
import { SETUPS } from "./support/setups";

const SCREENSHOTS = SETUPS.flatMap(({ language, theme }) => [
  `segments-${language}-${theme}`,
  `contacts-${language}-${theme}`,
]);

let browser: Browser;
let headers: string[];

beforeAll(async () => {
  headers = (await sampleContacts()).headers;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The Contacts panel: the pane opens on Segments, so through its tab. */
async function openContacts(pane: FrameLocator, strings: Strings): Promise<void> {
  await pane.getByRole("tab", { name: strings.common.tabs.contacts, exact: true }).click();
  await pane.getByRole("heading", { name: strings.contacts.title, exact: true }).waitFor();
  await pane.getByText(strings.contacts.contactCount(300), { exact: true }).waitFor();
}

/** What the Columns table should say of each header of the sample: the field it is used as, or "filterable". */
function expectedColumns(strings: Strings): string[][] {
  return headers.map((header) => {
    const spec = FIELD_SPECS.find((s) => s.headers.some((h) => h.toLowerCase() === header.toLowerCase()));
    return [header, spec ? strings.fields[spec.id] : strings.contacts.filterableByHeader];
  });
}

describe.each(SETUPS)("the pane in $language, $theme", ({ language, theme, strings }) => {
  it("shows the empty Segments list, then the sample's recognised columns and 300 contacts; passes axe on both; leaves screenshots", async () => {
    const { page, pane, paneFrame, errors } = await openPlayground(browser, { language, theme });
    try {
      // The pane opens on the Segments list: empty in the sample workbook.
      await pane.getByRole("heading", { name: strings.segments.title, exact: true }).waitFor();
      await pane.getByText(strings.segments.empty, { exact: true }).waitFor();
      await page.getByTestId("task-pane").screenshot({ path: screenshotPath(`segments-${language}-${theme}`) });
      expect(await seriousAxeFindings(await paneFrame())).toEqual([]);

      await openContacts(pane, strings);
      const table = pane.getByRole("table", { name: strings.contacts.columnsHeading });
      // A column's first cell holds the header, then its letter in a smaller text: the header is its first text.
      const rows = await table
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.firstChild?.textContent ?? "")),
        );
      expect(rows).toEqual(expectedColumns(strings));

      const frame = await paneFrame();
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);
      const background = await frame.evaluate(
        () => getComputedStyle(document.querySelector("main") ?? document.body).backgroundColor,
      );
      expect(isDark(background)).toBe(theme === "dark");

      await page.getByTestId("task-pane").screenshot({ path: screenshotPath(`contacts-${language}-${theme}`) });
      expect(await seriousAxeFindings(frame)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the settings bar", () => {
  it("switches the pane to Swedish and keeps the workbook, edits included", async () => {
    const { page, pane, errors } = await openPlayground(browser, { language: "en-US" });
    try {
      await openContacts(pane, enUS);
      // A hand edit in the grid first: the workbook must outlive the pane's restart.
      await page.locator('[data-cell="C5"]').click();
      await page.getByTestId("formula-bar").fill("Michaela Clarke");
      await page.getByTestId("formula-bar").press("Enter");
      await page.getByTestId("event-log").getByText("WorksheetChanged RangeEdited Contacts!C5").waitFor();

      await page.getByTestId("setting-language").click();
      await page.getByRole("option", { name: "sv-SE" }).click();
      await openContacts(pane, svSE);
      expect(new URL(page.url()).searchParams.get("lang")).toBe("sv-SE");
      expect((await sheetValues(page, "Contacts"))?.[4][2]).toBe("Michaela Clarke");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// Last, in a describe of its own: jest runs describe blocks in order, after the ones above.
describe("the record of the run", () => {
  it("has a screenshot of both panels in every language and theme", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});

/** "rgb(41, 41, 41)" and the like: dark when its luminance is low. */
function isDark(cssColor: string): boolean {
  const [r, g, b] = (cssColor.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
