/**
 * What a first-time marketer trips over, checked in the browser in English and Swedish, light and dark: "contains"
 * chosen before typing keeps its meaning and counts the names containing the text; the readiness line says what Log
 * still needs and opens the field; the update-lines dialog is operated by keyboard alone (focus inside, Tab stays
 * in it, Esc keeps what was typed); the pane does not scroll sideways at 320 px; and the console stays free of React
 * and Fluent warnings (on the development build, the only one that says them).
 */
import type { Browser, Frame, Locator } from "playwright-core";
import { launchChromium } from "./support/browser";
import { sidewaysOverflow } from "./support/layout";
import { chooseField, createSegment, expressionBox } from "./support/paneSteps";
import { openPlayground } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { missingScreenshots, screenshotPath } from "./support/screenshots";
import { recordPanel, screenshotsOf, SETUPS } from "./support/setups";

const SCREENSHOTS = screenshotsOf(["readiness-line", "members-section", "make-up-charts"]);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(SETUPS)("a marketer's first segment in $language, $theme", ({ language, theme, strings }) => {
  it("builds 'Name contains berg' without traps, sees what Log needs, answers the update-lines dialog by keyboard, at 320 px", async () => {
    const { contacts } = await sampleContacts();
    const matching = contacts.filter((contact) =>
      String(contact["Name"] ?? "")
        .toLowerCase()
        .includes("berg"),
    );
    const added = matching.filter((contact) => contact["Exclude from Segment"] !== true).length;
    expect(added).toBeGreaterThan(0);

    const session = await openPlayground(browser, { language, theme, latencyMs: 20 }, "development");
    const { page, pane, paneFrame, errors, warnings } = session;
    const text = strings.segment;
    try {
      // The narrowest pane Office shows.
      await page.getByTestId("task-pane").evaluate((frame) => ((frame as HTMLElement).style.width = "320px"));
      await createSegment(pane, strings, "Bergs");

      // Contains first, then the value typed key by key: the operator stays and the count is of names containing it.
      await chooseField(pane, strings, "name");
      await pane
        .getByRole("combobox", { name: `${text.builder.operator} (${text.builder.place(1, 1)})` })
        .selectOption("contains");
      await expressionBox(pane, strings).pressSequentially("berg");
      await pane
        .getByTestId("live-count")
        .getByText(text.builder.addCount({ added, excluded: matching.length - added, alreadyPresent: 0 }), {
          exact: true,
        })
        .waitFor();
      expect(
        await pane
          .getByRole("combobox", { name: `${text.builder.operator} (${text.builder.place(1, 1)})` })
          .inputValue(),
      ).toBe("contains");
      await pane.getByRole("button", { name: text.builder.apply.add, exact: true }).click();
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();

      // Who is in the segment and what it is made of.
      await pane.getByRole("button", { name: text.members.title, exact: true }).click();
      await pane.getByRole("list", { name: text.members.listLabel }).waitFor();
      expect(await pane.getByRole("list", { name: text.members.listLabel }).getByRole("listitem").count()).toBe(
        Math.min(added, 50),
      );
      await recordPanel(session, `members-section-${language}-${theme}`);
      await pane.getByTestId("make-up").scrollIntoViewIfNeeded();
      await pane.getByTestId("make-up").screenshot({ path: screenshotPath(`make-up-charts-${language}-${theme}`) });
      await pane.getByRole("button", { name: text.members.title, exact: true }).click();

      // The readiness line: what Log still needs, and a button that opens the field.
      const readiness = pane.getByTestId("readiness");
      await readiness.getByText(text.readiness.missing(["template", "salesperson"])).waitFor();
      await recordPanel(session, `readiness-line-${language}-${theme}`);
      await pane.getByRole("button", { name: text.readiness.fix.template, exact: true }).click();
      const template = pane.getByRole("combobox", { name: text.header.fields.interactionTemplateCode });
      await waitForFocus(await paneFrame(), template);
      await template.click();
      await pane.getByRole("option", { name: "LETTER · Letter" }).click();
      // With lines, BC asks whether to update them: by keyboard only from here.
      const question = pane.getByRole("alertdialog", { name: text.header.updateLinesTitle });
      await question.waitFor();
      await page.keyboard.press("Enter");
      await question.waitFor({ state: "detached" });

      const salesperson = pane.getByRole("textbox", { name: text.header.fields.salespersonCode });
      await salesperson.focus();
      await page.keyboard.type("JO");
      await page.keyboard.press("Tab");
      await question.waitFor();
      const frame = await paneFrame();
      const focusInDialog = () =>
        frame.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null);
      expect(await focusInDialog()).toBe(true);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("Tab");
        expect(await focusInDialog()).toBe(true);
      }
      // Esc: nothing saved, the typed value stays in its box, and focus goes back to it.
      await page.keyboard.press("Escape");
      await question.waitFor({ state: "detached" });
      expect(await salesperson.inputValue()).toBe("JO");
      await waitForFocus(frame, salesperson);
      // Leaving it again asks again; Enter answers with the first button, Update lines.
      await page.keyboard.press("Tab");
      await question.waitFor();
      await page.keyboard.press("Enter");
      await question.waitFor({ state: "detached" });
      await readiness.getByText(text.readiness.ready, { exact: true }).waitFor();

      // No sideways scrolling at 320 px, with the header, the builder and the readiness line open.
      const widths = await sidewaysOverflow(frame);
      expect(widths.client).toBeLessThanOrEqual(320);
      expect({ scroll: widths.scroll, past: widths.past }).toEqual({ scroll: widths.client, past: [] });

      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the record of the run", () => {
  it("has a screenshot of the readiness line, the Members section and the make-up charts in both languages and themes", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});

/** Waits until the element has focus: the pane moves focus once the dialog or section it goes to is drawn. */
async function waitForFocus(frame: Frame, locator: Locator): Promise<void> {
  const element = await locator.elementHandle();
  await frame.waitForFunction((target) => target === target?.ownerDocument.activeElement, element);
}
