/**
 * The whole job in the pane, in English and Swedish, light and dark, on the simulated workbook with 20 ms a sync:
 * a segment with a template and salesperson, Add with an OR group and an option (live count first), Reduce, Go Back,
 * Go Forward, Log with a follow-up segment, cancel the logged segment, export the follow-up's mailing list, and
 * apply a mailing group. The workbook's sheets are checked after each step against what the sample says should
 * happen, worked out here, not by the add-in's code. Every panel and dialog on the way leaves a screenshot and passes
 * axe (no serious or critical findings). It runs on the development build, the only one in which React and Fluent say
 * their warnings, and fails on any.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser";
import { chooseField, chooseHeader, createSegment, expressionBox } from "./support/paneSteps";
import { openPlayground } from "./support/playground";
import { sampleContacts } from "./support/sample";
import { missingScreenshots, screenshotPath } from "./support/screenshots";
import { recordPanel, screenshotsOf, SETUPS } from "./support/setups";
import { segmentContacts, sheetRecords } from "./support/sheetRecords";

const PANELS = [
  "segment-header",
  "segment-builder",
  "segment-criteria",
  "log-dialog",
  "interactions",
  "cancel-dialog",
  "reuse-dialog",
  "export-dialog",
  "mailing-dialog",
];
const SCREENSHOTS = screenshotsOf([...PANELS, "interactions-chart"]);

let browser: Browser;
let contacts: Record<string, string | number | boolean>[];

beforeAll(async () => {
  contacts = (await sampleContacts()).contacts;
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
const sorted = (list: Iterable<string>) => [...list].sort();

describe.each(SETUPS)("the whole job in $language, $theme", ({ language, theme, strings }) => {
  it("segments, logs, cancels, exports and applies a mailing group, with the sheets right after each step", async () => {
    const session = await openPlayground(browser, { language, theme, latencyMs: 20 }, "development");
    const { page, pane, errors, warnings } = session;
    const shot = (panel: string) => recordPanel(session, `${panel}-${language}-${theme}`);
    const text = strings.segment;
    try {
      // The contacts: the pane reads the sample's contact sheet.
      await pane.getByRole("tab", { name: strings.common.tabs.contacts, exact: true }).click();
      await pane.getByText(strings.contacts.contactCount(contacts.length), { exact: true }).waitFor();
      await pane.getByRole("tab", { name: strings.common.tabs.segments, exact: true }).click();

      await createSegment(pane, strings, "Spring campaign");
      const segmentNo = "SEG00001";

      // Header: template and salesperson, which Log needs on every line.
      await pane.getByRole("button", { name: new RegExp(`^${text.header.title}`) }).click();
      await pane.getByRole("combobox", { name: text.header.fields.interactionTemplateCode }).click();
      await pane.getByRole("option", { name: "LETTER · Letter" }).click();
      const salesperson = pane.getByRole("textbox", { name: text.header.fields.salespersonCode });
      await salesperson.fill("JO");
      await salesperson.press("Enter");
      await pane.getByText(text.header.summary("LETTER", "JO")).waitFor();
      const header = (await sheetRecords(page, "Segments", "No."))?.find((row) => row["No."] === segmentNo);
      expect([header?.["Interaction Template Code"], header?.["Salesperson Code"]]).toEqual(["LETTER", "JO"]);
      await shot("segment-header");

      // Add: salesperson JO, OR industry RETAIL (a person also by its company's codes), with Allow Related Companies.
      await chooseField(pane, strings, "salespersonCode");
      await expressionBox(pane, strings).fill("JO");
      await pane.getByRole("button", { name: text.builder.addGroup, exact: true }).click();
      await chooseField(pane, strings, "industryGroups", 2, 1);
      await expressionBox(pane, strings, 2, 1).fill("RETAIL");
      await pane
        .getByRole("checkbox", { name: new RegExp(`^${text.builder.options.allowRelatedCompanies.label}`) })
        .check();
      await pane.getByTestId("live-count").waitFor();
      const byNo = new Map(contacts.map((c) => [String(c["No."]), c]));
      const excluded = (no: string) => byNo.get(no)?.["Exclude from Segment"] === true;
      const matches = contacts
        .filter(
          (c) =>
            c["Salesperson Code"] === "JO" ||
            [
              ...codesOf(c["Industry Groups"]),
              ...codesOf(byNo.get(String(c["Company No."]))?.["Industry Groups"]),
            ].includes("RETAIL"),
        )
        .map((c) => String(c["No."]));
      const related = matches
        .map((no) => String(byNo.get(no)?.["Company No."] ?? ""))
        .filter((no) => no !== "" && byNo.has(no));
      const mustHave = matches.filter((no) => !excluded(no));
      const mayHave = new Set([...matches, ...related].filter((no) => !excluded(no)));
      const counted = await pane.getByTestId("live-count").textContent();
      await shot("segment-builder");

      await pane.getByRole("button", { name: text.builder.apply.add, exact: true }).click();
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();
      const added = await segmentContacts(page, segmentNo);
      expect(added.filter((no) => !mayHave.has(no))).toEqual([]);
      expect(mustHave.filter((no) => !added.includes(no))).toEqual([]);
      expect(new Set(added).size).toBe(added.length);
      // The live count said exactly what Add did.
      expect(counted).toMatch(
        new RegExp(
          `^${escape(text.builder.addCount({ added: added.length, excluded: 0, alreadyPresent: 0 }).split(" · ")[0])} · `,
        ),
      );

      // Reduce: the segment's contacts in Malmö leave it.
      await pane.getByRole("button", { name: `${text.builder.removeGroup(2)}` }).click();
      await pane.getByRole("radio", { name: text.builder.kinds.reduce, exact: true }).click();
      // Add's conditions are still there: the pane asks before it clears them for the Reduce.
      await pane
        .getByRole("button", { name: text.builder.switchKindConfirm(text.builder.kinds.reduce), exact: true })
        .click();
      await pane
        .getByRole("radio", { name: text.builder.kinds.reduce, exact: true })
        .and(pane.locator(":checked"))
        .waitFor();
      await chooseHeader(pane, strings, "City");
      await expressionBox(pane, strings).fill("Malmö");
      await pane.getByTestId("live-count").waitFor();
      await pane.getByRole("button", { name: text.builder.apply.reduce, exact: true }).click();
      await pane.getByRole("heading", { name: text.criteria.title(2) }).waitFor();
      const reduced = await segmentContacts(page, segmentNo);
      expect(sorted(reduced)).toEqual(sorted(added.filter((no) => byNo.get(no)?.City !== "Malmö")));
      expect(reduced.length).toBeLessThan(added.length);
      await pane
        .getByRole("button", { name: new RegExp(`^${escape(text.criteria.title(2))}`) })
        .first()
        .click();
      await shot("segment-criteria");

      // Go Back restores the Add's lines; Go Forward the Reduce again.
      await pane.getByRole("button", { name: text.history.goBack, exact: true }).click();
      await pane.getByRole("heading", { name: text.criteria.title(1) }).waitFor();
      expect(sorted(await segmentContacts(page, segmentNo))).toEqual(sorted(added));
      await pane.getByRole("button", { name: text.history.goForward, exact: true }).click();
      await pane.getByRole("heading", { name: text.criteria.title(2) }).waitFor();
      expect(sorted(await segmentContacts(page, segmentNo))).toEqual(sorted(reduced));

      // Log with a follow-up segment.
      const log = strings.segmentActions.log;
      await pane.getByRole("button", { name: log.open, exact: true }).click();
      const logDialog = pane.getByRole("dialog", { name: log.title(segmentNo) });
      await logDialog.getByText(log.entries(reduced.length), { exact: true }).waitFor();
      await logDialog.getByRole("checkbox", { name: new RegExp(`^${escape(log.followUp)}`) }).check();
      await shot("log-dialog");
      await logDialog.getByRole("button", { name: log.confirm(reduced.length), exact: true }).click();
      const followUpNo = "SEG00002";
      await pane.getByRole("heading", { name: new RegExp(`^${followUpNo} · `) }).waitFor();
      const entries = (await sheetRecords(page, "Interaction Log", "Entry No.")) ?? [];
      expect(sorted(entries.map((e) => String(e["Contact No."])))).toEqual(sorted(reduced));
      expect(entries.every((e) => e["Segment No."] === segmentNo && e["Canceled"] === false)).toBe(true);
      expect((await sheetRecords(page, "Logged Segments", "Entry No."))?.map((row) => row["Segment No."])).toEqual([
        segmentNo,
      ]);
      expect(await segmentContacts(page, segmentNo)).toEqual([]);
      expect(sorted(await segmentContacts(page, followUpNo))).toEqual(sorted(reduced));

      // The logged segment in the Interactions tab; its reuse dialog; cancel it.
      const interactions = strings.interactions;
      await pane.getByRole("tab", { name: strings.common.tabs.interactions, exact: true }).click();
      await pane.getByRole("table", { name: interactions.logged.listLabel }).waitFor();
      await shot("interactions");
      const chart = pane.getByTestId("interactions-chart");
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: screenshotPath(`interactions-chart-${language}-${theme}`) });
      const actions = pane.getByRole("button", { name: interactions.logged.actionsFor(1), exact: true });
      await actions.click();
      await pane.getByRole("menuitem", { name: interactions.logged.reuse, exact: true }).click();
      await pane.getByRole("dialog", { name: interactions.reuse.title(1) }).waitFor();
      await shot("reuse-dialog");
      await page.keyboard.press("Escape");
      await pane.getByRole("dialog", { name: interactions.reuse.title(1) }).waitFor({ state: "detached" });
      await actions.click();
      await pane.getByRole("menuitem", { name: interactions.logged.cancel, exact: true }).click();
      const cancelDialog = pane.getByRole("alertdialog", { name: interactions.cancel.title({ logged: 1 }, "cancel") });
      await cancelDialog.getByText(interactions.cancel.touches(reduced.length, "cancel")).waitFor();
      await shot("cancel-dialog");
      await cancelDialog
        .getByRole("button", { name: interactions.cancel.confirm({ logged: 1 }, "cancel"), exact: true })
        .click();
      await pane.getByText(interactions.cancel.done({ logged: 1 }, "cancel", reduced.length)).waitFor();
      const canceled = (await sheetRecords(page, "Interaction Log", "Entry No.")) ?? [];
      expect(canceled.map((e) => e["Canceled"])).toEqual(reduced.map(() => true));
      expect((await sheetRecords(page, "Logged Segments", "Entry No."))?.[0]["Canceled"]).toBe(true);

      // Export the follow-up's mailing list to a new sheet.
      await pane.getByRole("tab", { name: strings.common.tabs.segments, exact: true }).click();
      await pane.getByRole("heading", { name: new RegExp(`^${followUpNo} · `) }).waitFor();
      const exporting = strings.segmentActions.export;
      await pane.getByRole("button", { name: exporting.open, exact: true }).click();
      const exportDialog = pane.getByRole("dialog", { name: exporting.title(followUpNo) });
      await exportDialog.waitFor();
      await shot("export-dialog");
      await exportDialog.getByRole("button", { name: exporting.confirm, exact: true }).click();
      await exportDialog.waitFor({ state: "detached" });
      const list = await sheetRecords(page, exporting.defaultSheetName(followUpNo), "No.");
      expect(sorted((list ?? []).map((row) => String(row["No."])))).toEqual(sorted(reduced));

      // Apply a mailing group to the follow-up's contacts: the count first, then the contact sheet's cells.
      const mailing = strings.segmentActions.mailing;
      await pane.getByRole("button", { name: mailing.open, exact: true }).click();
      const mailingDialog = pane.getByRole("dialog", { name: mailing.title(followUpNo) });
      await mailingDialog.getByRole("textbox", { name: mailing.code }).fill("SPRING");
      await mailingDialog
        .getByRole("button", { name: mailing.apply("SPRING"), exact: true })
        .and(pane.locator(":enabled"))
        .waitFor();
      await shot("mailing-dialog");
      await mailingDialog.getByRole("button", { name: mailing.apply("SPRING"), exact: true }).click();
      await mailingDialog.waitFor({ state: "detached" });
      const sheet = (await sheetRecords(page, "Contacts", "No.")) ?? [];
      const withSpring = sheet
        .filter((row) => codesOf(row["Mailing Groups"]).includes("SPRING"))
        .map((row) => String(row["No."]));
      expect(sorted(withSpring)).toEqual(sorted(reduced));

      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the record of the run", () => {
  it("has a screenshot of every panel and dialog of the flow in both languages and themes", () => {
    expect(missingScreenshots(SCREENSHOTS)).toEqual([]);
  });
});

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
