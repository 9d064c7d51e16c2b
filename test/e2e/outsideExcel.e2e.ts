/**
 * The pane's own page (the production taskpane.html and its bundle, from the playground's build) opened where it
 * cannot work: in a plain browser tab (office.js loads and Office.onReady answers with no host), in another Office
 * application (Office.onReady answers Word), and with office.js failing to load (offline, blocked). Each shows the one
 * page that says what this is, that it runs inside Excel and how to add it, in English and Swedish, with no error,
 * no tab of the pane drawn and no serious axe finding; each leaves a screenshot.
 *
 * The playground's taskpane.html loads its office.js stand-in where Office's CDN script would be; here the browser
 * answers that request instead, as each case's office.js would: with no `Excel` global in any case, so a pane that
 * started anyway would fail.
 */
import type { Browser, Route } from "playwright-core";
import { OUTSIDE_EXCEL_TEXTS } from "../../src/taskpane/outsideExcel/texts";
import { seriousAxeFindings } from "./support/axe";
import { launchChromium } from "./support/browser";
import { playgroundUrl, STEP_TIMEOUT } from "./support/playground";
import { missingScreenshots, screenshotPath } from "./support/screenshots";

/** office.js as it behaves outside Excel: Office.onReady resolves with this host (null in a plain tab). */
const officeJsAnswering = (host: string | null, displayLanguage?: string) => `
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: ${displayLanguage ? `{ displayLanguage: ${JSON.stringify(displayLanguage)} }` : "{}"},
    onReady(callback) {
      const info = { host: ${JSON.stringify(host)}, platform: ${host ? '"OfficeOnline"' : "null"} };
      return Promise.resolve(info).then((answer) => (callback && callback(answer), answer));
    },
  };`;

const CASES = [
  {
    where: "browser",
    answer: (route: Route) => route.fulfill({ contentType: "text/javascript", body: officeJsAnswering(null) }),
    why: (language: "en" | "sv") => OUTSIDE_EXCEL_TEXTS[language].whyBrowser,
  },
  {
    where: "other-host",
    // Word knows its display language: the page follows Office's, as the pane does.
    answer: (route: Route, language: "en" | "sv") =>
      route.fulfill({
        contentType: "text/javascript",
        body: officeJsAnswering("Word", language === "sv" ? "sv-SE" : "en-US"),
      }),
    why: (language: "en" | "sv") => OUTSIDE_EXCEL_TEXTS[language].whyOtherHost("Word"),
  },
  {
    where: "no-office",
    answer: (route: Route) => route.abort("internetdisconnected"),
    why: (language: "en" | "sv") => OUTSIDE_EXCEL_TEXTS[language].whyNoOffice,
  },
] as const;

const LANGUAGES = [
  { language: "en", browserLocale: "en-US" },
  { language: "sv", browserLocale: "sv-SE" },
] as const;

const SCREENSHOTS = CASES.flatMap(({ where }) => LANGUAGES.map(({ language }) => `outside-excel-${where}-${language}`));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(CASES)("the pane's page opened $where", ({ where, answer, why }) => {
  it.each(LANGUAGES)(
    "says in $language what this is, that it runs inside Excel, and how to add it",
    async ({ language, browserLocale }) => {
      // In another Office application the language comes from Office: give the browser the other one to prove it.
      const locale = where === "other-host" ? (language === "sv" ? "en-US" : "sv-SE") : browserLocale;
      const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      try {
        await page.route("**/standin.js", (route) => answer(route, language));
        await page.goto(`${playgroundUrl()}taskpane.html`);
        const texts = OUTSIDE_EXCEL_TEXTS[language];
        const main = page.getByTestId("outside-excel");
        await main.waitFor();
        expect(await main.getAttribute("data-where")).toBe(where);
        await page.getByRole("heading", { level: 1, name: texts.title, exact: true }).waitFor();
        await page.getByText(texts.what, { exact: true }).waitFor();
        await page.getByText(why(language), { exact: true }).waitFor();
        await page.getByRole("heading", { level: 2, name: texts.howHeading, exact: true }).waitFor();
        expect(await page.getByRole("listitem").allTextContents()).toEqual(texts.steps);
        expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
          texts.lang,
          texts.title,
        ]);
        // One page, nothing of the pane: no tabs, no second view.
        expect(await page.getByRole("tab").count()).toBe(0);
        expect(await page.locator("#container > *").count()).toBe(1);
        await page.screenshot({ path: screenshotPath(`outside-excel-${where}-${language}`), fullPage: true });
        expect(await seriousAxeFindings(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

// Last, in a describe of its own: jest runs describe blocks in order, after the ones above.
describe("the record of the run", () => {
  it("has a screenshot of the page in every case and language", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});
