/**
 * The narrowest pane Office shows, 320 px, on every tab in English and Swedish, light and dark: the Contacts tab
 * with its recognised columns, the Segments list with several segments (one with a long description) and the
 * Interactions tab (empty here: with entries it is checked at its default width by fullFlow.e2e.ts) never scroll
 * sideways, and the console stays free of React and Fluent warnings (development
 * build). The Segment panel at 320 px is checked by trust.e2e.ts and stepBuilder.e2e.ts with its sections open.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser";
import { sidewaysOverflow } from "./support/layout";
import { createSegment } from "./support/paneSteps";
import { openPlayground } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { SETUPS } from "./support/setups";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(SETUPS)("every tab at 320 px in $language, $theme", ({ language, theme, strings }) => {
  it("scrolls no tab sideways", async () => {
    const { contacts } = await sampleContacts();
    const session = await openPlayground(browser, { language, theme, latencyMs: 0 }, "development");
    const { page, pane, paneFrame, errors, warnings } = session;
    const tabs = strings.common.tabs;
    const overflowOf = async (where: string) => ({ where, ...(await sidewaysOverflow(await paneFrame())) });
    const none = (where: string, client: number) => ({ where, client, scroll: client, past: [] });
    try {
      await page.getByTestId("task-pane").evaluate((frame) => ((frame as HTMLElement).style.width = "320px"));

      await pane.getByRole("tab", { name: tabs.contacts, exact: true }).click();
      await pane.getByText(strings.contacts.contactCount(contacts.length), { exact: true }).waitFor();
      const contactsTab = await overflowOf("Contacts");
      expect(contactsTab.client).toBeLessThanOrEqual(320);
      expect(contactsTab).toEqual(none("Contacts", contactsTab.client));

      await pane.getByRole("tab", { name: tabs.segments, exact: true }).click();
      const descriptions = ["Spring", "Autumn newsletter to every retail customer in the southern region", "Höst"];
      for (const description of descriptions) {
        await createSegment(pane, strings, description);
        await pane.getByRole("button", { name: strings.segment.backToList, exact: true }).click();
      }
      await pane.getByText(descriptions[1], { exact: true }).waitFor();
      const segmentsTab = await overflowOf("Segments");
      expect(segmentsTab).toEqual(none("Segments", segmentsTab.client));

      await pane.getByRole("tab", { name: tabs.interactions, exact: true }).click();
      await pane.getByText(strings.interactions.empty, { exact: true }).waitFor();
      const interactionsTab = await overflowOf("Interactions");
      expect(interactionsTab).toEqual(none("Interactions", interactionsTab.client));

      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
