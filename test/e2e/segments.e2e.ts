/**
 * A segment made in the pane, checked on the simulated workbook: create a segment, build "Industry Groups is RETAIL",
 * see the live count, Add, and find exactly the matching contacts (not the excluded ones) on the Segment Lines sheet.
 * What should match is worked out here from the sample itself, not from the add-in's code. The host is the oldest
 * the manifest allows (ExcelApi 1.7), with 50 ms per sync.
 */
import type { Browser } from "playwright-core";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { seriousAxeFindings } from "./support/axe";
import { launchChromium } from "./support/browser";
import { AUTO_SHOW_SETTING } from "../../src/taskpane/autoShow";
import { chooseField } from "./support/paneSteps";
import { documentSetting, openPlayground, sheetValues } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { missingScreenshots, screenshotPath } from "./support/screenshots";

const INDUSTRY = "RETAIL";
const SCREENSHOT = "segment-add-en-US-light";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const codesOf = (cell: unknown) =>
  String(cell ?? "")
    .split(/[,;]/)
    .map((code) => code.trim())
    .filter((code) => code !== "");

describe("a segment made in the pane", () => {
  it("adds the contacts of an industry group, with the live count first, onto the Segment Lines sheet", async () => {
    const { contacts } = await sampleContacts();
    // docs/decisions.md §D6: a person matches Industry Groups on its own codes or on its company's.
    const byNo = new Map(contacts.map((contact) => [String(contact["No."]), contact]));
    const codes = (contact: (typeof contacts)[number]) => [
      ...codesOf(contact["Industry Groups"]),
      ...codesOf(byNo.get(String(contact["Company No."]))?.["Industry Groups"]),
    ];
    const matching = contacts.filter((contact) => codes(contact).includes(INDUSTRY));
    const added = matching
      .filter((contact) => contact["Exclude from Segment"] !== true)
      .map((contact) => String(contact["No."]));
    const excluded = matching.length - added.length;
    expect(added.length).toBeGreaterThan(0);

    const strings = enUS;
    const text = strings.segment.builder;
    // The oldest host the manifest allows (ExcelApi 1.7), with a round trip per sync as on the web.
    const { page, pane, paneFrame, errors } = await openPlayground(browser, {
      language: "en-US",
      theme: "light",
      apiVersion: "1.7",
      latencyMs: 50,
    });
    try {
      await pane.getByLabel(strings.segments.descriptionLabel).fill("Retail newsletter");
      await pane.getByRole("button", { name: strings.segments.create, exact: true }).click();

      const place = text.place(1, 1);
      await chooseField(pane, strings, "industryGroups");
      await pane.getByRole("textbox", { name: `${text.expression} (${place})` }).fill(INDUSTRY);
      await pane
        .getByTestId("live-count")
        .getByText(text.addCount({ added: added.length, excluded, alreadyPresent: 0 }), { exact: true })
        .waitFor();

      await pane.getByRole("button", { name: text.apply.add, exact: true }).click();
      await pane.getByText(text.applied.add(added.length), { exact: true }).waitFor();
      // A workbook with segments asks Office to open the pane for whoever opens it.
      expect(await documentSetting(page, AUTO_SHOW_SETTING)).toBe(true);

      const lines = await sheetValues(page, "Segment Lines");
      expect(lines).toBeDefined();
      const header = lines!.findIndex((row) => row[0] === "Segment No.");
      expect(header).toBeGreaterThanOrEqual(0);
      const columns = lines![header].map(String);
      const rows = lines!.slice(header + 1).filter((row) => row[0] !== "");
      const segmentNos = new Set(rows.map((row) => row[0]));
      expect(segmentNos.size).toBe(1);
      expect(rows.map((row) => String(row[columns.indexOf("Contact No.")])).sort()).toEqual([...added].sort());

      await page.getByTestId("task-pane").screenshot({ path: screenshotPath(SCREENSHOT) });
      expect(await seriousAxeFindings(await paneFrame())).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the record of the run", () => {
  it("has a screenshot of the segment after Add", () => {
    expect(missingScreenshots([SCREENSHOT])).toEqual([]);
  });
});
