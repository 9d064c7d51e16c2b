/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { cancelInteractions } from "../../src/app/cancelInteractions";
import { createSegment } from "../../src/app/createSegment";
import { interactionEntries } from "../../src/app/interactionEntries";
import { segmentLines } from "../../src/app/segmentLines";
import type { SegmentBook } from "../../src/app/store/ports";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { InteractionsPanel } from "../../src/taskpane/panels/interactions/InteractionsPanel";
import type { MemoryBook } from "../support/memoryBook";
import { bigLoggedBook, loggedBook } from "./support/loggedBook";
import { CTX, deferred, renderPane } from "./support/pane";

const LOGGED = "Logged segments, newest first";
const ENTRIES = "Interaction log entries, newest first";

/**
 * A table's body rows as the lines of their first `cells` cells, in order (read from the DOM: role queries over 200
 * rows are slow). A cell of two lines, "SEG00002 · Newsletter" over "4 interactions · 11/25/2026", gives both.
 */
const cellLines = (cell: Element) =>
  cell.children.length > 0 ? [...cell.children].map((line) => line.textContent) : [cell.textContent];
const tableRows = (name: string, cells: number) =>
  [...screen.getByRole("table", { name }).querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].slice(0, cells).flatMap(cellLines),
  );
/**
 * The open dialog and its controls. hidden: true — under load Fluent can still be settling the dialog's
 * accessibility tree (tabster's modalizer) when the test reaches for it; the controls are what matter.
 */
const dialogNamed = (name: string) =>
  waitFor(() => {
    const [dialog] = [
      ...screen.queryAllByRole("alertdialog", { name, hidden: true }),
      ...screen.queryAllByRole("dialog", { name, hidden: true }),
    ];
    expect(dialog).toBeTruthy();
    return dialog;
  });
const control = (
  dialog: HTMLElement,
  role: "button" | "textbox" | "radio" | "combobox" | "checkbox",
  name: string | RegExp,
) => within(dialog).getByRole(role, { name, hidden: true });

const entryNos = () => tableRows(ENTRIES, 1).map(([no]) => Number(no));
const canceledIn = async (book: SegmentBook, loggedEntryNo: number) =>
  (await interactionEntries(book, { loggedEntryNo })).map((e) => [e.entryNo, e.canceled]);
const noticeOf = (text: string) => screen.getByText(text).closest(".fui-MessageBar")?.textContent ?? "";

async function rowAction(loggedEntryNo: number, item: string) {
  fireEvent.click(await screen.findByRole("button", { name: `Actions for logged segment ${loggedEntryNo}` }));
  fireEvent.click(await screen.findByRole("menuitem", { name: item, hidden: true }));
}

async function showPanel(book: SegmentBook, onOpenSegment = jest.fn()) {
  renderPane(<InteractionsPanel onOpenSegment={onOpenSegment} />, { book });
  await screen.findByRole("table", { name: LOGGED });
  return onOpenSegment;
}

describe("Interactions panel", () => {
  it("says how to get logged segments on a workbook without any", async () => {
    renderPane(<InteractionsPanel onOpenSegment={jest.fn()} />);
    expect(
      await screen.findByText("No segments have been logged yet. Log a segment from the Segments tab."),
    ).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows a spinner while the workbook is read", async () => {
    const opening = deferred<MemoryBook>();
    renderPane(<InteractionsPanel onOpenSegment={jest.fn()} />, { openBook: () => opening.promise });
    expect(screen.getByText("Reading the interaction log…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Refresh" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => opening.resolve(await loggedBook()));
    expect(await screen.findByRole("table", { name: LOGGED })).toBeTruthy();
  });

  it("says what went wrong and what to do when the workbook cannot be read, and tries again on request", async () => {
    const book = await loggedBook();
    const openBook = jest.fn().mockRejectedValueOnce(new Error("GeneralException")).mockResolvedValue(book);
    renderPane(<InteractionsPanel onOpenSegment={jest.fn()} />, { openBook });
    await screen.findByText("The interaction log could not be read.");
    expect(noticeOf("The interaction log could not be read.")).toContain(
      "GeneralException Press Esc in Excel if a cell is being edited, then try again.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: LOGGED })).toBeTruthy();
  });

  it("lists the logged segments newest first, the entries newest first, and the totals of those not canceled", async () => {
    await showPanel(await loggedBook());
    expect(tableRows(LOGGED, 2)).toEqual([
      ["2", "SEG00002 · Newsletter", "4 interactions · 11/25/2026"],
      ["1", "SEG00001 · Spring mailing", "3 interactions · 11/25/2026"],
    ]);
    expect(tableRows(ENTRIES, 2)).toEqual([
      ["7", "CT08 · Fay Gold", "EMAIL · 11/25/2026 · 0.10 · 2 min"],
      ["6", "CT06 · Erik Fors", "EMAIL · 11/25/2026 · 0.10 · 2 min"],
      ["5", "CT02 · Anna Berg", "EMAIL · 11/25/2026 · 0.10 · 2 min"],
      ["4", "CT09 · Gus Hill", "EMAIL · 11/25/2026 · 0.10 · 2 min"],
      ["3", "CT02 · Anna Berg", "LETTER · 11/25/2026 · 2.50 · 5 min"],
      ["2", "CT01 · Alpine Ltd", "LETTER · 11/25/2026 · 2.50 · 5 min"],
      ["1", "CT09 · Gus Hill", "LETTER · 11/25/2026 · 2.50 · 5 min"],
    ]);
    // A line cut short by the pane's width still has its whole text in a title.
    expect(screen.getByTitle("SEG00001 · Spring mailing").textContent).toBe("SEG00001 · Spring mailing");
    expect(screen.getByText("7 entries · 7.90 · 23 min")).toBeTruthy();
    expect(tableRows("Totals per interaction template", 4)).toEqual([
      ["EMAIL", "4", "0.40", "8 min"],
      ["LETTER", "3", "7.50", "15 min"],
    ]);
  });

  it("cancels a logged segment after saying how many entries it touches; the sheet and the list follow", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { entries: [5] }, mode: "cancel" });
    await showPanel(book);
    await rowAction(2, "Cancel");
    const dialog = await dialogNamed("Cancel logged segment 2?");
    // Entry 5 is canceled already: three entries change.
    expect(dialog.textContent).toContain("3 interaction log entries will be canceled.");
    // BC counts a canceled logged segment's canceled entries (4, one more than the 3 that counted before): the
    // dialog says what the number is instead of a count that seems to grow.
    expect(dialog.textContent).toContain(
      "Logged segment 2 will then be canceled, with 4 canceled interactions and none that counts.",
    );
    expect(dialog.textContent).not.toContain("will then count 4 interactions");
    expect(await canceledIn(book, 2)).toEqual([
      [4, false],
      [5, true],
      [6, false],
      [7, false],
    ]);

    fireEvent.click(control(dialog, "button", "Cancel logged segment"));
    expect(await screen.findByText("Logged segment 2 canceled (3 interaction log entries).")).toBeTruthy();
    expect(await canceledIn(book, 2)).toEqual([
      [4, true],
      [5, true],
      [6, true],
      [7, true],
    ]);
    await waitFor(() =>
      expect(tableRows(LOGGED, 2)[0]).toEqual([
        "2",
        "SEG00002 · Newsletter",
        "4 canceled interactions · 11/25/2026 · Canceled",
      ]),
    );
    expect(screen.getByText("3 entries · 7.50 · 15 min")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Uncancel entry 7" })).toBeTruthy();
  });

  it("uncancels a canceled logged segment, every one of its entries", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { logged: 1 }, mode: "cancel" });
    await showPanel(book);
    expect(tableRows(LOGGED, 2)[1]).toEqual([
      "1",
      "SEG00001 · Spring mailing",
      "3 canceled interactions · 11/25/2026 · Canceled",
    ]);
    await rowAction(1, "Uncancel");
    const dialog = await dialogNamed("Uncancel logged segment 1?");
    expect(dialog.textContent).toContain("3 interaction log entries will no longer be canceled.");
    fireEvent.click(control(dialog, "button", "Uncancel logged segment"));
    expect(await screen.findByText("Logged segment 1 uncanceled (3 interaction log entries).")).toBeTruthy();
    expect(await canceledIn(book, 1)).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    await waitFor(() => expect(tableRows(LOGGED, 2)[1][2]).toBe("3 interactions · 11/25/2026"));
  });

  it("reuses a canceled logged segment with its canceled entries unless told otherwise", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { logged: 1 }, mode: "cancel" });
    const onOpenSegment = await showPanel(book);
    await rowAction(1, "Reuse segment…");
    const dialog = await dialogNamed("Reuse logged segment 1");
    expect((control(dialog, "checkbox", "Include canceled entries") as HTMLInputElement).checked).toBe(true);
    expect((control(dialog, "checkbox", "Include excluded contacts") as HTMLInputElement).checked).toBe(false);
    fireEvent.click(control(dialog, "button", "Reuse segment"));
    await waitFor(() => expect(onOpenSegment).toHaveBeenCalledWith("SEG00003"));
    expect(await segmentLines(book, "SEG00003")).toHaveLength(3);
  });

  it("cancels and uncancels one entry", async () => {
    const book = await loggedBook();
    await showPanel(book);
    fireEvent.click(screen.getByRole("button", { name: "Cancel entry 3" }));
    const dialog = await dialogNamed("Cancel entry 3?");
    expect(dialog.textContent).toContain("1 interaction log entry will be canceled.");
    expect(dialog.textContent).toContain("Logged segment 1 will then count 2 interactions.");
    fireEvent.click(control(dialog, "button", "Cancel entry"));
    expect(await screen.findByText("Entry 3 canceled.")).toBeTruthy();
    expect(await canceledIn(book, 1)).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);

    fireEvent.click(await screen.findByRole("button", { name: "Uncancel entry 3" }));
    fireEvent.click(control(await dialogNamed("Uncancel entry 3?"), "button", "Uncancel entry"));
    expect(await screen.findByText("Entry 3 uncanceled.")).toBeTruthy();
    expect(await canceledIn(book, 1)).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
  });

  it("shows the domain's refusal: an entry of a canceled logged segment cannot be uncanceled on its own", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { logged: 2 }, mode: "cancel" });
    await showPanel(book);
    const commits = (book as MemoryBook).commits;
    fireEvent.click(screen.getByRole("button", { name: "Uncancel entry 5" }));
    await screen.findByText("Entry 5 was not uncanceled.");
    expect(noticeOf("Entry 5 was not uncanceled.")).toContain(
      "Canceled must be equal to 'No' in Logged Segment: Entry No.=2. Current value is 'Yes'. Entry 5 belongs to canceled logged segment 2 (SEG00002): uncancel the logged segment instead.",
    );
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(book.commits).toBe(commits);
  });

  it("applies a double click on the confirmation once, keeps the list on screen while it reads again", async () => {
    const book = await loggedBook();
    const commit = book.commit.bind(book);
    const writing = deferred<void>();
    book.commit = async (change) => {
      await writing.promise;
      return commit(change);
    };
    await showPanel(book);
    await rowAction(1, "Cancel");
    const confirm = control(await dialogNamed("Cancel logged segment 1?"), "button", "Cancel logged segment");
    const commits = book.commits;
    await act(async () => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    const working = (await screen.findByRole("button", { name: "Canceling…", hidden: true })) as HTMLButtonElement;
    expect(working.disabled).toBe(true);
    await act(async () => writing.resolve());
    expect(await screen.findByText("Logged segment 1 canceled (3 interaction log entries).")).toBeTruthy();
    expect(book.commits).toBe(commits + 1);
    // The table never left the screen.
    expect(screen.getByRole("table", { name: LOGGED })).toBeTruthy();
  });

  it("keeps the old data on screen while reading again", async () => {
    const book = await loggedBook();
    const reading = deferred<MemoryBook>();
    const openBook = jest
      .fn()
      .mockResolvedValueOnce(book)
      .mockImplementation(() => reading.promise);
    renderPane(<InteractionsPanel onOpenSegment={jest.fn()} />, { openBook });
    await screen.findByRole("table", { name: LOGGED });
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("Updating…")).toBeTruthy();
    expect(tableRows(LOGGED, 1)).toEqual([["2"], ["1"]]);
    await act(async () => reading.resolve(book));
    await waitFor(() => expect(screen.queryByText("Updating…")).toBeNull());
  });

  it("reuses a logged segment into a new segment and opens it", async () => {
    const book = await loggedBook();
    const onOpenSegment = await showPanel(book);
    await rowAction(1, "Reuse segment…");
    const dialog = await dialogNamed("Reuse logged segment 1");
    const description = control(dialog, "textbox", /Description/) as HTMLInputElement;
    expect(description.value).toBe("Spring mailing");
    fireEvent.change(description, { target: { value: "Spring again" } });
    fireEvent.click(control(dialog, "button", "Reuse segment"));
    await waitFor(() => expect(onOpenSegment).toHaveBeenCalledWith("SEG00003"));
    expect(onOpenSegment).toHaveBeenCalledTimes(1);
    expect((await segmentLines(book, "SEG00003")).map((l) => [l.contactNo, l.campaignNo, l.description])).toEqual([
      ["CT09", "CP01", "Spring again"],
      ["CT01", "CP01", "Spring again"],
      ["CT02", "CP01", "Spring again"],
    ]);
  });

  it("says what Reuse Segment left out and offers the segment instead of opening it at once", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { entries: [2] }, mode: "cancel" });
    const onOpenSegment = await showPanel(book);
    await rowAction(1, "Reuse segment…");
    fireEvent.click(control(await dialogNamed("Reuse logged segment 1"), "button", "Reuse segment"));
    expect(await screen.findByText("2 lines added to SEG00003; left out: 1 canceled entry.")).toBeTruthy();
    expect(onOpenSegment).not.toHaveBeenCalled();
    expect((await segmentLines(book, "SEG00003")).map((l) => l.contactNo)).toEqual(["CT09", "CT02"]);
    fireEvent.click(screen.getByRole("button", { name: "Open SEG00003" }));
    expect(onOpenSegment).toHaveBeenCalledWith("SEG00003");
  });

  it("reuses into an existing segment, asking first when it already has steps", async () => {
    const book = await loggedBook();
    const { no } = await createSegment(book, CTX, { description: "Autumn", templateCode: "EMAIL" });
    await addContacts(book, CTX, {
      segmentNo: no,
      groups: [[{ table: "Contact", field: "No.", filter: "CT11" }]],
      options: NO_OPTIONS,
    });
    const onOpenSegment = await showPanel(book);
    await rowAction(2, "Reuse segment…");
    const dialog = await dialogNamed("Reuse logged segment 2");
    const existing = control(dialog, "radio", "An existing segment") as HTMLInputElement;
    // Enabled once the segments are read.
    await waitFor(() => expect(existing.disabled).toBe(false));
    fireEvent.click(existing);
    fireEvent.click(control(dialog, "combobox", /Which segment/));
    fireEvent.click(await screen.findByRole("option", { name: `${no} · Autumn`, hidden: true }));
    fireEvent.click(control(dialog, "button", "Reuse segment"));
    const question = await dialogNamed("Add after the existing steps?");
    expect(question.textContent).toContain(`${no} already has steps.`);
    expect(await segmentLines(book, no)).toHaveLength(1);
    fireEvent.click(control(question, "button", "Add the contacts"));
    await waitFor(() => expect(onOpenSegment).toHaveBeenCalledWith(no));
    expect((await segmentLines(book, no)).map((l) => l.contactNo)).toEqual(["CT11", "CT09", "CT02", "CT06", "CT08"]);
  });

  it("filters the entries by contact, by logged segment, and hides canceled ones on request; the totals follow", async () => {
    const book = await loggedBook();
    await cancelInteractions(book, { target: { entries: [2] }, mode: "cancel" });
    await showPanel(book);
    fireEvent.change(screen.getByRole("textbox", { name: "Contact No." }), { target: { value: "ct02" } });
    fireEvent.click(screen.getByRole("button", { name: "Filter" }));
    await waitFor(() => expect(entryNos()).toEqual([5, 3]));
    expect(screen.getByText("2 entries · 2.60 · 7 min")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Clear filter" }));
    await waitFor(() => expect(entryNos()).toEqual([7, 6, 5, 4, 3, 2, 1]));
    await rowAction(1, "Show entries");
    await waitFor(() => expect(entryNos()).toEqual([3, 2, 1]));
    expect(screen.getByRole("combobox", { name: "Logged segment" }).textContent).toBe("1 · SEG00001 · Spring mailing");
    expect(tableRows(ENTRIES, 2)[1]).toEqual([
      "2",
      "CT01 · Alpine Ltd",
      "LETTER · 11/25/2026 · 2.50 · 5 min · Canceled",
    ]);
    // Entry 2 is canceled: not in the totals.
    expect(screen.getByText("2 entries · 5.00 · 10 min")).toBeTruthy();

    fireEvent.click(screen.getByRole("checkbox", { name: "Show canceled entries" }));
    await waitFor(() => expect(entryNos()).toEqual([3, 1]));
    expect(screen.getByText("2 entries · 5.00 · 10 min")).toBeTruthy();

    fireEvent.change(screen.getByRole("textbox", { name: "Contact No." }), { target: { value: "CT99" } });
    fireEvent.submit(screen.getByRole("form", { name: "Filter the entries" }));
    expect(await screen.findByText("No interaction log entries match the filter.")).toBeTruthy();
  });

  it("renders at most 200 entries of a big log and says how many there are", async () => {
    const book = await bigLoggedBook(260);
    const all = await interactionEntries(book);
    expect(all.length).toBeGreaterThan(200);
    await showPanel(book);
    expect(entryNos()).toHaveLength(200);
    expect(entryNos()[0]).toBe(all[all.length - 1].entryNo);
    expect(screen.getByText(`Showing 200 of ${all.length} — narrow the filter`)).toBeTruthy();
    expect(
      screen.getByText(
        `${all.length} entries · ${(all.length * 0.1).toFixed(2)} · ${Math.floor((all.length * 2) / 60)} h ${(all.length * 2) % 60} min`,
      ),
    ).toBeTruthy();

    fireEvent.change(screen.getByRole("textbox", { name: "Contact No." }), { target: { value: all[0].contactNo } });
    fireEvent.click(screen.getByRole("button", { name: "Filter" }));
    await waitFor(() => expect(entryNos()).toEqual([all[0].entryNo]));
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  it("speaks Swedish, with Swedish numbers and dates", async () => {
    const book = await loggedBook();
    renderPane(<InteractionsPanel onOpenSegment={jest.fn()} />, { book, strings: svSE });
    await screen.findByRole("table", { name: "Loggade segment, nyaste först" });
    expect(screen.getByRole("heading", { name: "Loggade segment" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Interaktionslogg" })).toBeTruthy();
    expect(tableRows("Loggade segment, nyaste först", 2)[0]).toEqual([
      "2",
      "SEG00002 · Newsletter",
      "4 interaktioner · 2026-11-25",
    ]);
    expect(tableRows("Interaktionsloggposter, nyaste först", 2)[4]).toEqual([
      "3",
      "CT02 · Anna Berg",
      "LETTER · 2026-11-25 · 2,50 · 5 min",
    ]);
    expect(screen.getByText("7 poster · 7,90 · 23 min")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Annullera post 3" }));
    const dialog = await dialogNamed("Annullera post 3?");
    expect(dialog.textContent).toContain("1 interaktionsloggpost annulleras.");
    expect(control(dialog, "button", "Avbryt")).toBeTruthy();
  });
});

describe("interactions at a glance", () => {
  it("charts the entries not canceled by month or by week, with each period's templates and total as text", async () => {
    const book = await loggedBook();
    await showPanel(book);
    const chart = await screen.findByRole("region", { name: "Interactions over time" });
    const bars = within(chart)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    // Both logged segments were logged on 2026-11-25: one month, 7 entries, 4 by EMAIL and 3 by LETTER.
    expect(bars).toEqual(["Nov 2026 · EMAIL 4, LETTER 3 7"].map((text) => text.replace(/ (\d+)$/, "$1")));
    fireEvent.click(screen.getByRole("radio", { name: "By week" }));
    await waitFor(() =>
      expect(
        within(screen.getByRole("region", { name: "Interactions over time" })).getAllByRole("listitem")[0].textContent,
      ).toMatch(/^Week 48, 2026 · /),
    );
  });
});
