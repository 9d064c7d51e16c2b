/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import type { SegmentBook } from "../../src/app/store/ports";
import { segmentLines } from "../../src/app/segmentLines";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import { NO_OPTIONS, type StepOptions } from "../../src/domain/segments/step";
import { App } from "../../src/taskpane/components/App";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { PREVIEW_DELAY_MS } from "../../src/taskpane/panels/segment/actions/usePreview";
import { SegmentsPanel } from "../../src/taskpane/panels/segments/SegmentsPanel";
import { INTERACTION_LOG, LOGGED_SEGMENTS, type SheetSpec } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import type { MemoryBook } from "../support/memoryBook";
import { baseBook, CTX, deferred, renderPane } from "./support/pane";
import { openSegment } from "./support/segmentPane";

const where = (field: string, filter: string) => [[{ table: "Contact" as const, field, filter }]];

/** SEG00001 "Spring newsletter" on template EMAIL (0.10 and 2 min a line) with the contacts of `filter`. */
async function segmentOf(field: string, filter: string, options: StepOptions = NO_OPTIONS): Promise<MemoryBook> {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter", templateCode: "EMAIL" });
  await addContacts(book, CTX, { segmentNo: "SEG00001", groups: where(field, filter), options });
  return book;
}
/** Salesperson JO: CT01, CT02, CT08 (CT07 is excluded), each with a salesperson and an e-mail. */
const joSegment = (options?: StepOptions) => segmentOf("Salesperson Code", "JO", options);
/** Mailing group NEWS: CT02, CT06, CT08, CT09; CT06 has no salesperson and no e-mail. */
const newsSegment = () => segmentOf("Mailing Groups", "NEWS");

const records = async <R,>(book: MemoryBook, spec: SheetSpec<R>) => (await book.readRows(spec)).map((r) => r.record);

/** Lets the previews' delay run out and their promises settle (fake timers). */
async function settle() {
  await act(async () => {
    jest.advanceTimersByTime(PREVIEW_DELAY_MS);
  });
  for (let i = 0; i < 50; i++) await act(async () => {});
}

async function openPanel(book: SegmentBook, options: Parameters<typeof openSegment>[0] = {}) {
  const opened = await openSegment({ book, ...options });
  await screen.findByRole("toolbar", {
    name: options.strings ? options.strings.segmentActions.toolbar : "Segment actions",
  });
  await settle();
  return opened;
}

async function openDialog(button: string, title: string) {
  click(screen.getByRole("button", { name: button }));
  await settle();
  return screen.getByRole("dialog", { name: title });
}

/**
 * As a user does it: the control gets focus first. (Fluent focuses a dialog's first field in a browser; jsdom has no
 * layout, so focus stays on the dialog's surface, where Tabster hides the dialog from the accessibility tree.)
 */
function click(element: HTMLElement) {
  act(() => element.focus());
  fireEvent.click(element);
}
function type(element: HTMLElement, value: string) {
  act(() => element.focus());
  fireEvent.change(element, { target: { value } });
}

const button = (scope: HTMLElement, name: string | RegExp) =>
  within(scope).getByRole("button", { name }) as HTMLButtonElement;
const noDialog = () => waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
/** After an act that closes its dialog: the panel reads the segment again, then its live count runs again. */
async function closed() {
  await settle();
  expect(screen.queryByRole("dialog")).toBeNull();
}
const mailingCount = () => screen.getByTestId("mailing-count").textContent;

/** The dialogs' tests run on fake timers: the previews' delay and the live count run out when settle() says. */
function withFakeTimers() {
  beforeEach(() => jest.useFakeTimers());
  afterEach(async () => {
    // A read the last action started may still be on its way: let it land inside act, then unmount.
    await settle();
    jest.useRealTimers();
  });
}

describe("Segment actions: the toolbar", () => {
  withFakeTimers();

  it("offers Log (primary), Apply Mailing Group and Export; Esc closes a dialog and gives focus back", async () => {
    await openPanel(await joSegment());
    const toolbar = screen.getByRole("toolbar", { name: "Segment actions" });
    expect(
      within(toolbar)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Log segment…", "Apply mailing group…", "Export mailing list…"]);
    const opener = button(toolbar, "Export mailing list…");
    opener.focus();
    const dialog = await openDialog("Export mailing list…", "Export the mailing list of SEG00001");
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await noDialog();
    expect(document.activeElement).toBe(opener);
  });
});

describe("Segment actions: Log segment", () => {
  withFakeTimers();
  it("says it is checking while the preview is read", async () => {
    const book = await joSegment();
    let hold: Promise<SegmentBook> | undefined;
    await openPanel(book, { openBook: () => hold ?? Promise.resolve(book) });
    const reading = deferred<SegmentBook>();
    hold = reading.promise;
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    expect(within(dialog).getByText("Checking the segment…")).toBeTruthy();
    expect(button(dialog, "Log").disabled).toBe(true);
    hold = undefined;
    await act(async () => reading.resolve(book));
    await settle();
    expect(within(dialog).getByText("Writes 3 interaction log entries, one per line with a contact.")).toBeTruthy();
  });

  it("shows what will be written before anything is, then logs with a follow-up", async () => {
    const book = await joSegment();
    const { onLogged } = await openPanel(book);
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    const summary = within(dialog).getByTestId("log-summary").textContent;
    expect(summary).toContain("Writes 3 interaction log entries, one per line with a contact.");
    expect(summary).toContain("Interaction template: EMAIL.");
    expect(summary).toContain("Total cost 0.30 · total duration 6 min.");
    expect(await records(book, LOGGED_SEGMENTS)).toEqual([]);

    click(within(dialog).getByRole("checkbox", { name: "Create follow-up segment" }));
    expect(within(dialog).getByText("Creates SEG00002 with 3 lines.")).toBeTruthy();
    click(button(dialog, "Log 3 interactions"));
    await settle();

    expect(onLogged).toHaveBeenCalledTimes(1);
    expect(onLogged.mock.calls[0][0]).toMatchObject({
      segmentNo: "SEG00001",
      loggedEntryNo: 1,
      entryNos: [1, 2, 3],
      followUp: { segmentNo: "SEG00002", lines: 3 },
    });
    expect(await records<LoggedSegment>(book, LOGGED_SEGMENTS)).toEqual([
      expect.objectContaining({ entryNo: 1, segmentNo: "SEG00001", noOfInteractions: 3 }),
    ]);
    expect(
      (await records<InteractionLogEntry>(book, INTERACTION_LOG)).map((e) => [e.contactNo, e.interactionTemplateCode]),
    ).toEqual([
      ["CT01", "EMAIL"],
      ["CT02", "EMAIL"],
      ["CT08", "EMAIL"],
    ]);
    expect((await segmentLines(book, "SEG00002")).map((l) => l.contactNo)).toEqual(["CT01", "CT02", "CT08"]);
  });

  it("lists every problem line by line, naming the line and the contact, and does not log", async () => {
    const book = await newsSegment();
    const lineOf = (no: string) =>
      segmentLines(book, "SEG00001").then((lines) => lines.find((l) => l.contactNo === no)!.lineNo);
    const ct06 = await lineOf("CT06");
    await openPanel(book);
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    expect(within(dialog).getByText("1 problem stops the log:")).toBeTruthy();
    const problems = within(within(dialog).getByRole("list", { name: "Problems to fix before logging" })).getAllByRole(
      "listitem",
    );
    expect(problems.map((p) => p.textContent)).toEqual([
      `Line ${ct06} (CT06): no salesperson code — set it on the header or the line.`,
    ]);
    expect(button(dialog, "Log 4 interactions").disabled).toBe(true);
    fireEvent.submit(button(dialog, "Log 4 interactions"));
    await settle();
    expect(await records(book, LOGGED_SEGMENTS)).toEqual([]);
  });

  it("says so in the dialog when the segment cannot be checked, and never shows a blank pane", async () => {
    const book = await joSegment();
    await openPanel(book);
    book.setContacts({ sheetName: "Contacts", locale: "en", values: [["Name"], ["Anna"]] });
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    expect(within(dialog).getByText("The segment could not be checked.")).toBeTruthy();
    expect(dialog.textContent).toContain("Open the Contacts tab to see what to fix on the contact sheet.");
    expect(button(dialog, "Log").disabled).toBe(true);
  });

  it("lists excluded contacts and logs them only with the explicit checkbox", async () => {
    const book = await joSegment({ ...NO_OPTIONS, ignoreExclusion: true });
    const { onLogged } = await openPanel(book);
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    expect(within(dialog).getByText("1 line is for a contact marked Exclude from Segment:")).toBeTruthy();
    const excluded = within(dialog).getByRole("list", { name: "Lines of excluded contacts" });
    expect(excluded.textContent).toMatch(/^Line \d+ \(CT07\)$/);
    expect(button(dialog, "Log 4 interactions").disabled).toBe(true);
    click(within(dialog).getByRole("checkbox", { name: "Create follow-up segment" }));
    expect(within(dialog).getByText("Creates SEG00002 with 3 lines (1 excluded contact left out).")).toBeTruthy();

    click(within(dialog).getByRole("checkbox", { name: "Log excluded contacts too" }));
    // The preview is read again for the new answer: Log waits for it.
    expect(button(dialog, "Log 4 interactions").disabled).toBe(true);
    await settle();
    // The follow-up still leaves the excluded contact out: logging it is a one-off, not the next mailing.
    expect(within(dialog).getByText("Creates SEG00002 with 3 lines (1 excluded contact left out).")).toBeTruthy();
    click(button(dialog, "Log 4 interactions"));
    await settle();
    expect(onLogged).toHaveBeenCalledWith(
      expect.objectContaining({ entryNos: [1, 2, 3, 4], excluded: [expect.objectContaining({ contactNo: "CT07" })] }),
    );
  });

  it("logs once on a double click", async () => {
    const book = await joSegment();
    const { onLogged } = await openPanel(book);
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    const log = button(dialog, "Log 3 interactions");
    click(log);
    fireEvent.click(log);
    await settle();
    expect(onLogged).toHaveBeenCalledTimes(1);
    expect(await records(book, LOGGED_SEGMENTS)).toHaveLength(1);
    expect(await records(book, INTERACTION_LOG)).toHaveLength(3);
  });

  it("keeps the dialog open with the error when the log is refused", async () => {
    const book = await joSegment();
    const { onLogged } = await openPanel(book);
    const dialog = await openDialog("Log segment…", "Log segment SEG00001");
    // Logged from elsewhere (the command, a colleague) after the preview was read.
    await book.commit({
      sheets: [
        {
          spec: LOGGED_SEGMENTS,
          insert: [
            {
              record: {
                entryNo: 9,
                segmentNo: "SEG00001",
                description: "x",
                noOfInteractions: 1,
                creationDate: "2026-11-25",
                userId: "X",
                canceled: false,
              },
              extra: new Map(),
            },
          ],
        },
      ],
    });
    click(button(dialog, "Log 3 interactions"));
    await settle();
    expect(within(dialog).getByText("The segment was not logged.")).toBeTruthy();
    expect(dialog.textContent).toContain(
      "Logged Segment for Segment No. SEG00001 already exists (Logged Segments entry 9).",
    );
    expect(onLogged).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog", { name: "Log segment SEG00001" })).toBe(dialog);
  });

  it("speaks Swedish", async () => {
    await openPanel(await joSegment(), { strings: svSE });
    const toolbar = screen.getByRole("toolbar", { name: "Segmentåtgärder" });
    expect(
      within(toolbar)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Logga segment…", "Tillämpa utskicksgrupp…", "Exportera utskickslista…"]);
    const dialog = await openDialog("Logga segment…", "Logga segment SEG00001");
    const summary = within(dialog).getByTestId("log-summary").textContent;
    expect(summary).toContain("Skriver 3 interaktionsloggposter, en per rad med en kontakt.");
    expect(summary).toContain("Total kostnad 0,30 · total varaktighet 6 min.");
    expect(within(dialog).getByRole("checkbox", { name: "Skapa uppföljningssegment" })).toBeTruthy();
    expect(button(dialog, "Logga 3 interaktioner")).toBeTruthy();
    expect(button(dialog, "Avbryt")).toBeTruthy();
  });
});

describe("Segment actions: Apply Mailing Group", () => {
  withFakeTimers();
  const typeCode = (dialog: HTMLElement, value: string) =>
    type(within(dialog).getByRole("textbox", { name: /Mailing Group Code/ }), value);
  const mailingGroupsOf = (book: MemoryBook) => {
    const [header, ...rows] = book.contactSheet().values;
    const column = header.indexOf("Mailing Groups");
    return Object.fromEntries(rows.map((row) => [row[0], row[column]]));
  };

  it("counts the contacts the code changes as it is typed, then applies it to the contact sheet's cells", async () => {
    const book = await joSegment();
    await openPanel(book);
    const dialog = await openDialog("Apply mailing group…", "Apply mailing group to SEG00001");
    expect(button(dialog, "Apply mailing group").disabled).toBe(true);
    typeCode(dialog, "XMAS");
    // Stale until the count for XMAS arrives.
    expect(button(dialog, "Apply XMAS").disabled).toBe(true);
    await settle();
    expect(mailingCount()).toBe("Changes 3 contacts: 3 get XMAS; 0 already have it.");
    expect(button(dialog, "Apply XMAS").disabled).toBe(false);
    expect(mailingGroupsOf(book).CT01).toBe("");

    click(button(dialog, "Apply XMAS"));
    await settle();
    await closed();
    expect(mailingGroupsOf(book)).toMatchObject({ CT01: "XMAS", CT02: "NEWS; XMAS", CT04: "XMAS", CT08: "NEWS; XMAS" });
    expect(screen.getByText("Mailing Group XMAS is now applied to Segment SEG00001: 3 contacts changed.")).toBeTruthy();
  });

  it("says how many contacts outside the segment Delete old assignments takes the code from", async () => {
    const book = await joSegment();
    await openPanel(book);
    const dialog = await openDialog("Apply mailing group…", "Apply mailing group to SEG00001");
    typeCode(dialog, "XMAS");
    click(within(dialog).getByRole("checkbox", { name: "Delete old assignments" }));
    await settle();
    expect(mailingCount()).toBe(
      "Changes 4 contacts: 3 get XMAS, 1 lose it; 0 already have it.Delete old assignments takes XMAS from 1 contact outside the segment.",
    );
    click(button(dialog, "Apply XMAS"));
    await settle();
    await closed();
    expect(mailingGroupsOf(book)).toMatchObject({ CT01: "XMAS", CT04: "" });
  });

  it("checks the code as it is typed, and has nothing to apply when every contact has it", async () => {
    const book = await newsSegment();
    await openPanel(book);
    const dialog = await openDialog("Apply mailing group…", "Apply mailing group to SEG00001");
    typeCode(dialog, "NEWS|XMAS");
    await settle();
    expect(within(dialog).getByText('"NEWS|XMAS" is not one code: no filter, list or leading = + - @.')).toBeTruthy();
    expect(button(dialog, "Apply mailing group").disabled).toBe(true);
    typeCode(dialog, "");
    expect(within(dialog).getByText("Enter one Mailing Group Code.")).toBeTruthy();
    typeCode(dialog, "news");
    await settle();
    // The code as the workbook already spells it.
    expect(mailingCount()).toBe("Nothing to change: 4 contacts of the segment already have NEWS.");
    expect(button(dialog, "Apply news").disabled).toBe(true);
  });

  it("says the Mailing Groups column will be added when the sheet has none", async () => {
    const book = await joSegment();
    const sheet = bcBaseSheet();
    const column = sheet.values[0].indexOf("Mailing Groups");
    book.setContacts({ ...sheet, values: sheet.values.map((row) => row.filter((_, i) => i !== column)) });
    await openPanel(book);
    const dialog = await openDialog("Apply mailing group…", "Apply mailing group to SEG00001");
    typeCode(dialog, "XMAS");
    await settle();
    expect(mailingCount()).toContain(
      "The contact sheet has no Mailing Groups column: it will be added at the right end.",
    );
  });
});

describe("Segment actions: Export mailing list", () => {
  withFakeTimers();
  it("writes the list on a new sheet and says what was left out", async () => {
    const book = await newsSegment();
    await openPanel(book);
    const dialog = await openDialog("Export mailing list…", "Export the mailing list of SEG00001");
    expect((within(dialog).getByRole("textbox", { name: "New sheet name" }) as HTMLInputElement).value).toBe(
      "SEG00001 Mailing list",
    );
    click(within(dialog).getByRole("checkbox", { name: "E-mail list only" }));
    click(button(dialog, "Export to new sheet"));
    await settle();
    await closed();
    const sheet = book.plainSheet("SEG00001 Mailing list")!;
    expect(sheet[0]).toEqual([
      "No.",
      "Name",
      "Company Name",
      "E-Mail",
      "Correspondence Type",
      "Language Code",
      "Salesperson Code",
    ]);
    expect(
      sheet
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(["CT02", "CT08", "CT09"]);
    expect(
      screen.getByText(
        'Exported 3 contacts of SEG00001 to the new sheet "SEG00001 Mailing list". Left out: 0 excluded, 1 without e-mail, 0 with a duplicate e-mail.',
      ),
    ).toBeTruthy();
  });

  it("shows a bad sheet name as it is typed, and a taken one in the dialog, which stays open", async () => {
    const book = await joSegment();
    await openPanel(book);
    const dialog = await openDialog("Export mailing list…", "Export the mailing list of SEG00001");
    const name = within(dialog).getByRole("textbox", { name: "New sheet name" });
    type(name, "Spring/NEWS");
    expect(
      within(dialog).getByText(
        'The sheet name "Spring/NEWS" holds a character Excel refuses in sheet names (: \\ / ? * [ ]).',
      ),
    ).toBeTruthy();
    expect(button(dialog, "Export to new sheet").disabled).toBe(true);
    type(name, "Contacts");
    click(button(dialog, "Export to new sheet"));
    await settle();
    expect(within(dialog).getByText("The mailing list was not exported.")).toBeTruthy();
    expect(dialog.textContent).toContain('The workbook already has a sheet named "Contacts".');
    expect(screen.getByRole("dialog", { name: "Export the mailing list of SEG00001" })).toBe(dialog);
  });
});

/**
 * On real timers, Tabster may hide the dialog from the accessibility tree before a control in it has focus (jsdom
 * has no layout, so Fluent cannot focus its first field): these queries include hidden elements.
 */
async function openLogInApp(): Promise<HTMLElement> {
  click(await screen.findByRole("button", { name: "Log segment…" }));
  return screen.findByRole("dialog", { name: "Log segment SEG00001", hidden: true });
}
async function logButtonOf(dialog: HTMLElement): Promise<HTMLButtonElement> {
  const log = (await within(dialog).findByRole("button", {
    name: "Log 3 interactions",
    hidden: true,
  })) as HTMLButtonElement;
  await waitFor(() => expect(log.disabled).toBe(false));
  return log;
}

describe("the Segments list after Log", () => {
  it("shows a notice handed to it", async () => {
    renderPane(
      <SegmentsPanel
        onOpen={jest.fn()}
        notice={{ intent: "success", title: "SEG00001 logged as entry 3: 12 interactions." }}
      />,
    );
    expect(await screen.findByText("SEG00001 logged as entry 3: 12 interactions.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByText("SEG00001 logged as entry 3: 12 interactions.")).toBeNull();
  });

  it("the pane goes back to the list and says what was logged", async () => {
    const book = await joSegment();
    renderPane(<App />, { book });
    fireEvent.click(await screen.findByRole("button", { name: "Open SEG00001" }));
    const dialog = await openLogInApp();
    click(await logButtonOf(dialog));
    expect(await screen.findByText("SEG00001 logged as entry 1: 3 interactions.")).toBeTruthy();
    expect(await screen.findByText("No segments yet. Give the first one a description and create it.")).toBeTruthy();
  });

  it("opens the follow-up segment and says what was logged there", async () => {
    const book = await joSegment();
    renderPane(<App />, { book });
    fireEvent.click(await screen.findByRole("button", { name: "Open SEG00001" }));
    const dialog = await openLogInApp();
    click(await within(dialog).findByRole("checkbox", { name: "Create follow-up segment", hidden: true }));
    click(await logButtonOf(dialog));
    expect(await screen.findByRole("heading", { name: "SEG00002 · Follow-up on segment SEG00001" })).toBeTruthy();
    expect(
      screen.getByText("SEG00001 logged as entry 1: 3 interactions; follow-up SEG00002 with 3 lines."),
    ).toBeTruthy();
    expect(screen.getByText("The follow-up segment SEG00002 is now open.", { exact: false })).toBeTruthy();
    // Any other move forgets it.
    fireEvent.click(screen.getByRole("button", { name: "All segments" }));
    expect(await screen.findByRole("table", { name: "Segments in this workbook" })).toBeTruthy();
    expect(screen.queryByText(/logged as entry 1/)).toBeNull();
  });
});
