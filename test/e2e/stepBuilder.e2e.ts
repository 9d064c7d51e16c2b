/**
 * The step builder's aids in the browser, in English and Swedish, light and dark, at 320 px: a field found by typing
 * part of its name and chosen by keyboard, the column's values suggested with their counts (the chosen one counts
 * what it said), the step read back as chips, and what the contacts it adds are made of, all worked out here from the
 * sample workbook, not by the add-in's code. Each state leaves a screenshot and passes axe.
 */
import type { Browser } from "playwright-core";
import { makeUpOf } from "../../src/domain/segments/makeUp";
import { correspondenceTypeOf } from "../../src/domain/segments/contactFacts";
import { sidewaysOverflow } from "./support/layout";
import { launchChromium } from "./support/browser";
import { createSegment } from "./support/paneSteps";
import { openPlayground } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { missingScreenshots } from "./support/screenshots";
import { recordPanel, screenshotsOf, SETUPS } from "./support/setups";

const SCREENSHOTS = screenshotsOf(["field-picker", "value-suggestions", "step-chips", "step-make-up"]);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(SETUPS)(
  "building a step with the builder's aids in $language, $theme",
  ({ language, theme, strings }) => {
    it("finds City by typing, takes its most frequent value, and reads the step back with its make-up", async () => {
      const { contacts } = await sampleContacts();
      const cities = new Map<string, number>();
      for (const contact of contacts) {
        const city = String(contact["City"] ?? "").trim();
        if (city) cities.set(city.toLowerCase(), (cities.get(city.toLowerCase()) ?? 0) + 1);
      }
      const [topCity, topCount] = [...cities].sort((a, b) => b[1] - a[1])[0];
      const inCity = contacts.filter(
        (contact) =>
          String(contact["City"] ?? "")
            .trim()
            .toLowerCase() === topCity,
      );
      const city = String(inCity[0]["City"]).trim();
      const added = inCity.filter((contact) => contact["Exclude from Segment"] !== true);
      const excluded = inCity.length - added.length;
      const makeUp = makeUpOf(
        added.map((contact) => ({
          isCompany: contact["Type"] === "Company",
          salespersonCode: String(contact["Salesperson Code"] ?? ""),
          correspondenceType: correspondenceTypeOf(String(contact["Correspondence Type"] ?? "")),
          email: String(contact["E-Mail"] ?? ""),
          excluded: false,
        })),
      );

      const session = await openPlayground(browser, { language, theme, latencyMs: 20 });
      const { page, pane, errors } = session;
      const text = strings.segment.builder;
      const shot = (panel: string) => recordPanel(session, `${panel}-${language}-${theme}`);
      try {
        await page.getByTestId("task-pane").evaluate((frame) => ((frame as HTMLElement).style.width = "320px"));
        await createSegment(pane, strings, "City step");

        // Part of the field's name typed into the picker: only the fields containing it are listed, under the box.
        const field = pane.getByRole("combobox", { name: `${text.field} (${text.place(1, 1)})` });
        await field.click();
        await field.pressSequentially("cit");
        const listbox = pane.getByRole("listbox");
        await listbox.getByRole("option", { name: "City", exact: true }).waitFor();
        expect(await listbox.getByRole("option").allTextContents()).toEqual(["City"]);
        const [box, list] = [await field.boundingBox(), await listbox.boundingBox()];
        expect(list!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 1);
        expect(Math.abs(list!.x - box!.x)).toBeLessThan(24);
        await shot("field-picker");
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await listbox.waitFor({ state: "detached" });
        expect(await field.inputValue()).toBe("City");

        // The column's values with their counts: the most frequent first; chosen by keyboard from the value box.
        const suggestions = pane.getByRole("group", { name: text.suggestionsLabel("City") });
        const first = suggestions.getByRole("button").first();
        expect(await first.getAttribute("aria-label")).toBe(text.suggestion(city, topCount));
        await shot("value-suggestions");
        await pane.getByRole("textbox", { name: `${text.expression} (${text.place(1, 1)})` }).focus();
        await page.keyboard.press("Tab");
        expect(await first.evaluate((button) => button === document.activeElement)).toBe(true);
        await page.keyboard.press("Enter");
        const valueBox = pane.getByRole("textbox", { name: `${text.expression} (${text.place(1, 1)})` });
        expect(await valueBox.inputValue()).toBe(city);
        // The suggestion's count is the step's: every contact of the city, added or excluded.
        expect(added.length + excluded).toBe(topCount);
        await pane
          .getByTestId("live-count")
          .getByText(text.addCount({ added: added.length, excluded, alreadyPresent: 0 }), { exact: true })
          .waitFor();

        // The step in words, and what the contacts it adds are made of.
        const chips = pane.getByRole("list", { name: text.chipsLabel });
        expect(await chips.getByRole("listitem").allTextContents()).toEqual([`City ${text.operators.equals} ${city}`]);
        await shot("step-chips");
        await pane.getByTestId("step-make-up").getByText(text.stepMakeUp("add", makeUp), { exact: true }).waitFor();
        await pane.getByTestId("step-make-up").scrollIntoViewIfNeeded();
        await shot("step-make-up");

        // No sideways scrolling at 320 px with the suggestions and chips shown.
        const widths = await sidewaysOverflow(await session.paneFrame());
        expect({ scroll: widths.scroll, past: widths.past }).toEqual({ scroll: widths.client, past: [] });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);

describe("the record of the run", () => {
  it("has a screenshot of the field picker, the suggestions, the chips and the make-up in both languages and themes", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});
