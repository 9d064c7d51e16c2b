/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { ConditionError } from "../../src/domain/segments/matchStep";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { delegateBook } from "../../src/app/store/delegateBook";
import { SEGMENT_LINES, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import type { MemoryBook } from "../support/memoryBook";
import { baseBook, CTX, deferred } from "./support/pane";
import {
  chooseField,
  chooseOperator,
  typeValue,
  liveCount,
  openSegment,
  place,
  settle,
  typeFilter,
} from "./support/segmentPane";

const JO = [[{ table: "Contact" as const, field: "Salesperson Code", filter: "JO" }]];

async function bookWithSegment(template?: string): Promise<MemoryBook> {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter", templateCode: template });
  return book;
}

/** The count line's text for adding the contacts whose Name matches a filter, from the use case itself. */
async function expectedAdd(filter: string): Promise<string> {
  const counted = await addContacts(await bookWithSegment(), CTX, {
    segmentNo: "SEG00001",
    groups: [[{ table: "Contact", field: "Name", filter }]],
    options: NO_OPTIONS,
    preview: true,
  });
  expect(counted.added).toBeGreaterThan(0);
  return enUS.segment.builder.addCount(counted);
}

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  // A read the last action started may still be on its way: let it land inside act, then unmount.
  await settle();
  jest.useRealTimers();
});

describe("Segment panel: states", () => {
  it("shows a spinner while the segment is read", async () => {
    const book = await bookWithSegment();
    const opening = deferred<MemoryBook>();
    await openSegment({ openBook: () => opening.promise });
    expect(screen.getByText("Opening the segment…")).toBeTruthy();
    await act(async () => opening.resolve(book));
    await settle();
    expect(screen.getByRole("heading", { name: "SEG00001 · Spring newsletter" })).toBeTruthy();
  });

  it("reads the contact sheet while it reads the segment's sheets, not after them", async () => {
    const book = await bookWithSegment();
    const contactsAsked = deferred<void>();
    // The segment's sheets answer only once the contact sheet was asked for: read one after the other, it never is.
    const waiting = delegateBook(book, {
      readContactSheet: (request) => {
        contactsAsked.resolve();
        return book.readContactSheet(request);
      },
      readRows: async (spec) => {
        await contactsAsked.promise;
        return book.readRows(spec);
      },
    });
    await openSegment({ book: waiting });
    await settle();
    expect(screen.getByRole("heading", { name: "SEG00001 · Spring newsletter" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: `Field (${place()})` })).toBeTruthy();
  });

  it("says when the segment cannot be opened, with the workbook's own words, and reads again", async () => {
    const book = await bookWithSegment();
    await openSegment({ book, segmentNo: "SEG00009" });
    expect(await screen.findByText("Segment SEG00009 could not be opened.")).toBeTruthy();
    expect(screen.getByText(/Segment SEG00009 does not exist\. Segments in this workbook: SEG00001\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Read again" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "All segments" })).toBeTruthy();
  });

  it("shows an empty segment: totals, Go Back and Go Forward disabled, no criteria yet, a count of every contact", async () => {
    await openSegment({ book: await bookWithSegment() });
    await screen.findByRole("heading", { name: "SEG00001 · Spring newsletter" });
    expect(screen.getByText("0 lines · 0.00 · 0 min")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Go Back" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Go Forward" }) as HTMLButtonElement).disabled).toBe(true);
    await settle();
    expect(liveCount()).toBe("Adds 9 contacts · 2 excluded · 0 already in the segment");
    expect(screen.getByText("No filter yet: the step applies to every contact.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Criteria" }));
    expect(await screen.findByText("No steps yet.")).toBeTruthy();
  });

  it("shows a full segment: totals, criteria as readable lines, Go Back enabled", async () => {
    const book = await bookWithSegment("EMAIL");
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    expect(await screen.findByText("3 lines · 0.30 · 6 min")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Go Back" }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Criteria (1 step)" }));
    const list = await screen.findByRole("list", { name: "Criteria of the segment" });
    expect(list.textContent).toMatch(/Salesperson Code.*JO/);
  });

  it("keeps the segment usable when the contact sheet is broken, and says where to look", async () => {
    const book = await bookWithSegment();
    book.setContacts({ sheetName: "Contacts", locale: "en", values: [["Name"], ["Anna"]] });
    await openSegment({ book });
    await screen.findByRole("heading", { name: "SEG00001 · Spring newsletter" });
    expect(await screen.findByText(/Open the Contacts tab to see what to fix on the contact sheet\./)).toBeTruthy();
    expect(screen.getByRole("toolbar", { name: "Steps" })).toBeTruthy();
    // Fixed on the sheet: reading again brings the builder.
    book.setContacts(bcBaseSheet());
    fireEvent.click(screen.getByRole("button", { name: "Read again" }));
    await settle(); // the read
    await settle(); // the count it enables
    expect(screen.getByRole("combobox", { name: `Field (${place()})` })).toBeTruthy();
    expect(liveCount()).toBe("Adds 9 contacts · 2 excluded · 0 already in the segment");
  });

  it("speaks Swedish", async () => {
    await openSegment({ book: await bookWithSegment(), strings: svSE });
    await screen.findByRole("heading", { name: "SEG00001 · Spring newsletter" });
    expect(screen.getByRole("button", { name: "Gå tillbaka" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Förfina" })).toBeTruthy();
    await settle();
    expect(liveCount()).toBe("Lägger till 9 kontakter · 2 exkluderade · 0 finns redan i segmentet");
    expect(screen.getByRole("button", { name: "Lägg till kontakter" })).toBeTruthy();
  });
});

describe("Segment panel: the step builder", () => {
  it("says under the count how many contacts the filter could not judge", async () => {
    const book = await bookWithSegment();
    const sheet = bcBaseSheet();
    // CT02's Salesperson Code is an error value: JO cannot be judged for that contact.
    sheet.values[2][5] = "#N/A";
    book.setContacts(sheet);
    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    await settle();
    expect(liveCount()).toBe("Adds 2 contacts · 1 excluded · 0 already in the segment");
    expect(screen.getByTestId("unjudged-count").textContent).toBe(
      "1 contact could not be judged: error, uncomputed or mistyped cells in Salesperson Code.",
    );
    typeFilter("<>JO");
    await settle();
    expect(screen.getByTestId("unjudged-count").textContent).toBe(
      "1 contact could not be judged: error, uncomputed or mistyped cells in Salesperson Code.",
    );
  });

  it("says nothing of judging when every cell could be read", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    await settle();
    expect(screen.queryByTestId("unjudged-count")).toBeNull();
  });

  it("counts exactly while the user types, and names the action on its button", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Salesperson Code");
    typeFilter("J");
    await settle();
    expect(liveCount()).toBe("Adds 0 contacts · 0 excluded · 0 already in the segment");
    typeFilter("JO");
    await settle();
    expect(liveCount()).toBe("Adds 3 contacts · 1 excluded · 0 already in the segment");
    fireEvent.click(screen.getByRole("checkbox", { name: /Ignore Exclusion/ }));
    await settle();
    expect(liveCount()).toBe("Adds 4 contacts · 0 excluded · 0 already in the segment");
    // Another kind of step would turn Add's conditions into a Refine at once: the pane asks, and Cancel keeps them.
    fireEvent.click(screen.getByRole("radio", { name: "Refine" }));
    fireEvent.click(
      within(await screen.findByRole("alertdialog", { name: "Switch to Refine?" })).getByRole("button", {
        name: "Cancel",
      }),
    );
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect((screen.getByRole("radio", { name: "Add" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("textbox", { name: `Filter (${place()})` }) as HTMLInputElement).value).toBe("JO");
    fireEvent.click(screen.getByRole("radio", { name: "Refine" }));
    fireEvent.click(await screen.findByRole("button", { name: "Clear and switch to Refine" }));
    await settle();
    expect(liveCount()).toBe("Removes 0 contacts (0 lines) · 0 lines left");
    expect((screen.getByRole("textbox", { name: `Filter (${place()})` }) as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("button", { name: "Refine contacts" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: /Entire Companies/ })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: /Ignore Exclusion/ })).toBeNull();
  });

  it("keeps the operator chosen before the value: contains, then typing berg, counts the names containing berg", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Name");
    chooseOperator("contains");
    const box = screen.getByRole("textbox", { name: `Filter (${place()})` }) as HTMLInputElement;
    // The value box holds the value only: no wildcards appear in it.
    expect(box.value).toBe("");
    for (const typed of ["A", "An", "Ann"]) typeValue(typed);
    const operator = screen.getByRole("combobox", { name: `Operator (${place()})` }) as HTMLSelectElement;
    expect(operator.selectedOptions[0].textContent).toBe("contains");
    await settle();
    expect(liveCount()).toBe(await expectedAdd("*Ann*"));
    // The expression mode shows the BC filter the operator wrote, and takes one typed by hand.
    chooseOperator("expression");
    expect(box.value).toBe("*Ann*");
    chooseOperator("startsWith");
    expect(box.value).toBe("Ann");
    await settle();
    expect(liveCount()).toBe(await expectedAdd("Ann*"));
  });

  it("ORs groups: + OR group adds a group whose contacts are added too", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    fireEvent.click(screen.getByRole("button", { name: "+ OR group" }));
    expect(screen.getByRole("group", { name: "Group 2" })).toBeTruthy();
    await chooseField("Mailing Groups", place(2, 1));
    typeFilter("NEWS", place(2, 1));
    await settle();
    // JO: CT01 CT02 CT08 (CT07 excluded); NEWS adds CT06 and CT09.
    expect(liveCount()).toBe("Adds 5 contacts · 1 excluded · 0 already in the segment");
  });

  it("shows a filter error under its box, pointing at the character", async () => {
    const book = await bookWithSegment();
    const expression = "JO|(PS";
    const error = await addContacts(book, CTX, {
      segmentNo: "SEG00001",
      groups: [[{ table: "Contact", field: "Salesperson Code", filter: expression }]],
      options: NO_OPTIONS,
      preview: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionError);
    const position = (error as ConditionError).position!;

    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeFilter(expression);
    await settle();
    expect(screen.getByText("Fix the filter to see the count.")).toBeTruthy();
    const mark = screen.getByTestId("filter-error-mark");
    expect(mark.textContent).toBe(expression.charAt(position - 1) || " ");
    const message = mark.closest("[id]")!;
    expect(message.textContent).toContain(`At character ${position}:`);
    expect(message.textContent).toContain((error as Error).message);
    expect(screen.getByRole("textbox", { name: `Filter (${place()})` }).getAttribute("aria-invalid")).toBe("true");
  });

  it("never lets an older count that resolves late replace a newer one", async () => {
    const book = await bookWithSegment();
    let gated = false;
    const gates: ReturnType<typeof deferred<void>>[] = [];
    const openBook = async () => {
      if (gated) {
        const gate = deferred<void>();
        gates.push(gate);
        await gate.promise;
      }
      return book;
    };
    await openSegment({ openBook });
    await chooseField("Salesperson Code");
    await settle();
    gated = true;
    typeFilter("JO");
    await settle();
    typeFilter("PS");
    await settle();
    expect(gates).toHaveLength(2);
    expect(screen.getByText("Counting…")).toBeTruthy();

    await act(async () => gates[1].resolve());
    await settle();
    // PS: CT03 CT04 CT09 CT11 and the excluded CT05 (JO would be 3 and 1).
    expect(liveCount()).toBe("Adds 4 contacts · 1 excluded · 0 already in the segment");
    await act(async () => gates[0].resolve());
    await settle();
    expect(liveCount()).toBe("Adds 4 contacts · 1 excluded · 0 already in the segment");
  });

  it("stays exact when the contact sheet changes between keystrokes (the cached conditions are dropped)", async () => {
    const book = await bookWithSegment();
    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    fireEvent.click(screen.getByRole("button", { name: "+ Condition" }));
    await chooseField("Type", place(1, 2));
    typeFilter("Person", place(1, 2));
    await settle();
    expect(liveCount()).toBe("Adds 2 contacts · 0 excluded · 0 already in the segment");
    // Someone gives Hanna Ivy (CT10) to JO on the sheet while the user types.
    const sheet = bcBaseSheet();
    sheet.values[10][5] = "JO";
    book.setContacts(sheet);
    typeFilter("Person|Company", place(1, 2));
    await settle();
    expect(liveCount()).toBe("Adds 4 contacts · 1 excluded · 0 already in the segment");
  });

  it("takes one step back on a double click of Go Back", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await addContacts(book, CTX, {
      segmentNo: "SEG00001",
      groups: [[{ table: "Contact", field: "Mailing Groups", filter: "NEWS" }]],
      options: NO_OPTIONS,
    });
    const lines = book.rows(SEGMENT_LINES.sheetName).length;
    await openSegment({ book });
    const back = await screen.findByRole("button", { name: "Go Back" });
    await act(async () => {
      fireEvent.click(back);
      fireEvent.click(back);
    });
    await settle();
    expect(lines).toBe(5);
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);
    expect(screen.getByText("Went back from Add Contacts: 5 lines → 3 lines.")).toBeTruthy();
  });

  it("applies once on a double click, then counts again against the new lines", async () => {
    const book = await bookWithSegment();
    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    await settle();
    const commits = book.commits;
    const apply = screen.getByRole("button", { name: "Add contacts" });
    await act(async () => {
      fireEvent.click(apply);
      fireEvent.click(apply);
    });
    await settle();
    expect(book.commits).toBe(commits + 1);
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);
    expect(screen.getByText("3 contacts added.")).toBeTruthy();
    expect(await screen.findByText("3 lines · 0.00 · 0 min")).toBeTruthy();
    await settle();
    expect(liveCount()).toBe("Adds 0 contacts · 1 excluded · 3 already in the segment");
  });

  it("applies the step with Enter in a filter box", async () => {
    const book = await bookWithSegment();
    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeFilter("JO");
    fireEvent.submit(screen.getByRole("form", { name: "Next step" }));
    await settle();
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);
  });
});

describe("Segment panel: readiness to log", () => {
  it("says what is missing with a button that opens the field, and Ready to log once nothing is", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    const readiness = await screen.findByTestId("readiness");
    expect(readiness.textContent).toBe("To log: choose a template.");
    // Log is not the primary action while something is missing.
    expect(screen.getByRole("button", { name: "Log segment…" }).className).not.toMatch(/primary/);
    fireEvent.click(screen.getByRole("button", { name: "Choose template" }));
    const template = await screen.findByRole("combobox", { name: "Interaction Template Code" });
    await waitFor(() => expect(document.activeElement).toBe(template));
    fireEvent.click(template);
    fireEvent.click(await screen.findByRole("option", { name: "EMAIL · E-mail" }));
    fireEvent.click(await screen.findByRole("button", { name: "Update lines" }));
    await waitFor(() => expect(screen.getByTestId("readiness").textContent).toBe("Ready to log"));
  });
});

describe("Segment panel: steps that ask, undo and wait", () => {
  it("asks before a Reduce that removes every line, opening on Cancel, and removes them when told to", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    await screen.findByText("3 lines · 0.00 · 0 min");
    fireEvent.click(screen.getByRole("radio", { name: "Reduce" }));
    fireEvent.submit(screen.getByRole("form", { name: "Next step" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Remove every line?" });
    expect(dialog.textContent).toContain("This step removes all 3 lines");
    // The safe answer has focus: Enter or a hasty click keeps the lines.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);
    fireEvent.click(within(dialog).getByRole("button", { name: "Reduce contacts" }));
    await settle();
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(0);
  });

  it("offers Undo in the message after a step, which goes back", async () => {
    const book = await bookWithSegment();
    await openSegment({ book });
    await chooseField("Salesperson Code");
    typeValue("JO");
    fireEvent.submit(screen.getByRole("form", { name: "Next step" }));
    await settle();
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);
    fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await settle();
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(0);
    // Undo answers where it was clicked: in the step's section, not up by the toolbar.
    const said = screen.getByText(/^Went back from Add Contacts/);
    const stepPanel = screen.getByRole("form", { name: "Next step" }).closest(".fui-AccordionPanel");
    expect(stepPanel).not.toBeNull();
    expect(said.closest(".fui-AccordionPanel")).toBe(stepPanel);
  });

  it("says each result next to the action that caused it", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    const follows = (first: Element, second: Element) =>
      (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

    // Go Back: under its toolbar, before the Log button.
    fireEvent.click(await screen.findByRole("button", { name: "Go Back" }));
    await settle();
    const back = screen.getByText(/^Went back from Add Contacts/);
    expect(follows(screen.getByRole("button", { name: "Go Forward" }), back)).toBe(true);
    expect(follows(back, screen.getByRole("button", { name: /^Log segment/ }))).toBe(true);

    // Save criteria: inside the Criteria section.
    fireEvent.click(screen.getByRole("button", { name: "Go Forward" }));
    await settle();
    fireEvent.click(await screen.findByRole("button", { name: "Criteria (1 step)" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Code" }), { target: { value: "JO-ONLY" } });
    fireEvent.click(screen.getByRole("button", { name: "Save criteria" }));
    const saved = await screen.findByText("Criteria saved as JO-ONLY (1 step).");
    expect(follows(screen.getByRole("button", { name: "Criteria (1 step)" }), saved)).toBe(true);
    expect(screen.queryByText(/^Went forward/)).toBeNull();
  });

  it("keeps Go Back, the step and the segment's actions disabled while a step runs", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    const commit = book.commit.bind(book);
    const writing = deferred<void>();
    book.commit = async (change) => {
      await writing.promise;
      return commit(change);
    };
    await openSegment({ book });
    await chooseField("Mailing Groups");
    typeValue("NEWS");
    fireEvent.submit(screen.getByRole("form", { name: "Next step" }));
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Go Back" }) as HTMLButtonElement).disabled).toBe(true),
    );
    expect((screen.getByRole("button", { name: "Log segment…" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => writing.resolve());
    await settle();
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Go Back" }) as HTMLButtonElement).disabled).toBe(false),
    );
  });
});

describe("Segment panel: questions", () => {
  it("asks before Go Back when lines were changed by hand, lists them, and goes back when told to", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    const edited = book.rows(SEGMENT_LINES.sheetName)[0];
    book.editRows(SEGMENT_LINES.sheetName, (rows) =>
      rows.map((row, i) => (i === 0 ? row.map((cell, c) => (c === 6 ? "Typed by hand" : cell)) : row)),
    );
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: "Go Back" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Lines were changed by hand" });
    expect(within(dialog).getByText(`Line ${edited[1]} (${edited[2]}): edited`)).toBeTruthy();

    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(3);

    fireEvent.click(screen.getByRole("button", { name: "Go Back" }));
    fireEvent.click(await screen.findByRole("button", { name: "Go Back anyway" }));
    expect(await screen.findByText("Went back from Add Contacts: 3 lines → 0 lines.")).toBeTruthy();
    expect(book.rows(SEGMENT_LINES.sheetName)).toHaveLength(0);
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Go Forward" }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it("asks BC's update-lines question when the template changes, and updates the lines on yes", async () => {
    const book = await bookWithSegment("EMAIL");
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    fireEvent.click(await screen.findByRole("combobox", { name: "Interaction Template Code" }));
    fireEvent.click(await screen.findByRole("option", { name: "LETTER · Letter" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Update the lines?" });
    expect(dialog.textContent).toContain(
      "You changed Interaction Template Code. Do you want to update 3 lines of the segment with the new values?",
    );
    fireEvent.click(await screen.findByRole("button", { name: "Update lines" }));
    expect(await screen.findByText("Header saved; 3 lines updated.")).toBeTruthy();
    expect(await screen.findByText("3 lines · 7.50 · 15 min")).toBeTruthy();
  });

  it("changes only the header on Header only, and nothing on Cancel", async () => {
    const book = await bookWithSegment("EMAIL");
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    const commits = book.commits;
    fireEvent.click(await screen.findByRole("combobox", { name: "Interaction Template Code" }));
    fireEvent.click(await screen.findByRole("option", { name: "LETTER · Letter" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(book.commits).toBe(commits);

    fireEvent.click(await screen.findByRole("combobox", { name: "Interaction Template Code" }));
    fireEvent.click(await screen.findByRole("option", { name: "LETTER · Letter" }));
    fireEvent.click(await screen.findByRole("button", { name: "Header only" }));
    expect(await screen.findByText("Header saved.")).toBeTruthy();
    expect(screen.getByText("3 lines · 0.30 · 6 min")).toBeTruthy();
  });

  it("opens the update-lines question with focus inside it, and on Esc keeps what was typed and goes back to the box", async () => {
    const book = await bookWithSegment("EMAIL");
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    const cost = (await screen.findByRole("textbox", { name: "Unit Cost (LCY)" })) as HTMLInputElement;
    cost.focus();
    fireEvent.change(cost, { target: { value: "7" } });
    fireEvent.blur(cost);
    const dialog = await screen.findByRole("alertdialog", { name: "Update the lines?" });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    for (const button of within(dialog).getAllByRole("button"))
      expect((button as HTMLButtonElement).disabled).toBe(false);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await settle();
    const after = screen.getByRole("textbox", { name: "Unit Cost (LCY)" }) as HTMLInputElement;
    expect(after.value).toBe("7");
    await waitFor(() => expect(document.activeElement).toBe(after));
    expect(screen.getByText(/Unit Cost \(LCY\) was not saved/)).toBeTruthy();
  });

  it("refuses a header value the field cannot hold, saying what it accepts", async () => {
    const book = await bookWithSegment("LETTER");
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    const cost = await screen.findByRole("textbox", { name: "Unit Cost (LCY)" });
    fireEvent.blur(cost, { target: { value: "lots" } });
    await settle();
    expect(screen.getByText("Unit Cost (LCY) was not changed.")).toBeTruthy();
  });

  it("shows the header's date in the language's form and takes it back, refusing what is not a day", async () => {
    const book = await bookWithSegment();
    const savedDate = async () => (await book.readRows(SEGMENTS))[0].record.date;
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    const date = (await screen.findByRole("textbox", { name: "Date" })) as HTMLInputElement;
    const before = await savedDate();
    expect(date.value).toBe(enUS.dates.format(before));
    expect(date.value).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
    expect(screen.getByText("month/day/year, e.g. 12/2/2026. Up and Down arrows move the date one day.")).toBeTruthy();

    const type = (text: string) => {
      fireEvent.change(date, { target: { value: text } });
      fireEvent.blur(date);
    };
    type("tomorrow");
    await settle();
    expect(
      screen.getByText(
        `"t" (character 1) does not belong in a date: use digits and "/", month/day/year, e.g. 12/2/2026.`,
      ),
    ).toBeTruthy();
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(date.value).toBe("tomorrow");
    type("2/30/2026");
    await settle();
    expect(screen.getByText("February 2026 has 28 days: there is no day 30.")).toBeTruthy();
    expect(await savedDate()).toBe(before);

    // Esc puts back the saved date.
    fireEvent.keyDown(date, { key: "Escape" });
    expect(date.value).toBe(enUS.dates.format(before));
    expect(date.getAttribute("aria-invalid")).not.toBe("true");

    type("12/2/2026");
    await settle();
    expect(await savedDate()).toBe("2026-12-02");
    expect((screen.getByRole("textbox", { name: "Date" }) as HTMLInputElement).value).toBe("12/2/2026");
  });

  it("moves the header's date a day with the arrow keys, in Swedish form", async () => {
    const book = await bookWithSegment();
    await openSegment({ book, strings: svSE });
    fireEvent.click(await screen.findByRole("button", { name: /^Huvud/ }));
    const date = (await screen.findByRole("textbox", { name: "Datum" })) as HTMLInputElement;
    fireEvent.change(date, { target: { value: "2026-12-31" } });
    fireEvent.keyDown(date, { key: "ArrowUp" });
    expect(date.value).toBe("2027-01-01");
    fireEvent.keyDown(date, { key: "ArrowDown" });
    fireEvent.keyDown(date, { key: "ArrowDown" });
    expect(date.value).toBe("2026-12-30");
    fireEvent.change(date, { target: { value: "2026-02-30" } });
    fireEvent.blur(date);
    await settle();
    expect(screen.getByText("Februari 2026 har 28 dagar: det finns ingen dag 30.")).toBeTruthy();
  });

  it("keeps fields disabled as BC's Segment page does, saying what to do first", async () => {
    await openSegment({ book: await bookWithSegment() });
    fireEvent.click(await screen.findByRole("button", { name: /^Header/ }));
    const cost = (await screen.findByRole("textbox", { name: "Unit Cost (LCY)" })) as HTMLInputElement;
    expect(cost.disabled).toBe(true);
    expect(screen.getAllByText("Choose an interaction template first.").length).toBeGreaterThan(0);
    expect((screen.getByRole("checkbox", { name: "Campaign Target" }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole("textbox", { name: "Description" }) as HTMLInputElement).disabled).toBe(false);
  });

  it("saves the criteria under a code and reuses them, asking first when the segment has steps", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: "Criteria (1 step)" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Code" }), { target: { value: "JO-ONLY" } });
    fireEvent.click(screen.getByRole("button", { name: "Save criteria" }));
    expect(await screen.findByText("Criteria saved as JO-ONLY (1 step).")).toBeTruthy();

    fireEvent.click(await screen.findByRole("combobox", { name: "Saved criteria" }));
    fireEvent.click(await screen.findByRole("option", { name: /^JO-ONLY/ }));
    fireEvent.click(screen.getByRole("button", { name: "Reuse criteria" }));
    expect(await screen.findByRole("alertdialog", { name: "Add after the existing steps?" })).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Apply the steps" }));
    expect(await screen.findByText("Criteria JO-ONLY applied: the segment has 3 lines.")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Criteria (2 steps)" })).toBeTruthy();
  });
});
