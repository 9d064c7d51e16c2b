/**
 * @jest-environment jsdom
 */
/**
 * Interaction Log conditions in the Add / Reduce / Refine builder (docs/business-rules.md §3.1): the picker offers the log's columns,
 * a condition on them is sent with table "Interaction Log", and the count and Apply are the use case's own.
 */
import "./jsdom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { cancelInteractions } from "../../src/app/cancelInteractions";
import { createSegment } from "../../src/app/createSegment";
import { logSegment } from "../../src/app/logSegment";
import { ConditionError } from "../../src/domain/segments/matchStep";
import { NO_OPTIONS, type Condition, type ConditionTable } from "../../src/domain/segments/step";
import { enUS, type Strings } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { SEGMENT_LINES } from "../../src/app/store/sheetSpecs";
import type { MemoryBook } from "../support/memoryBook";
import { baseBook, CTX } from "./support/pane";
import { chooseField, liveCount, openSegment, place, settle, typeFilter } from "./support/segmentPane";

const on =
  (table: ConditionTable) =>
  (field: string, filter: string): Condition => ({ table, field, filter });
const contact = on("Contact");
const history = on("Interaction Log");
const LOG = "Interaction Log: ";

/** A segment logged and removed, as a marketer's history builds up: its contacts get an entry each. */
async function logged(book: MemoryBook, template: string, groups: Condition[][]) {
  const { no } = await createSegment(book, CTX, {
    description: `${template} mailing`,
    templateCode: template,
    salespersonCode: "JO",
  });
  await addContacts(book, CTX, { segmentNo: no, groups, options: NO_OPTIONS });
  await logSegment(book, CTX, { segmentNo: no });
}

/**
 * SEG00001 (LETTER to JO's contacts: CT01 CT02 CT08) and SEG00002 (EMAIL to NEWS: CT02 CT06 CT08 CT09) logged,
 * then a NEW segment SEG00003 to build.
 */
async function bookWithHistory() {
  const book = baseBook();
  await logged(book, "LETTER", [[contact("Salesperson Code", "JO")]]);
  await logged(book, "EMAIL", [[contact("Mailing Groups", "NEWS")]]);
  const { no } = await createSegment(book, CTX, { description: "Follow-up" });
  return { book, no };
}

/** What the use case previews for the same groups, in the words the count line uses. */
async function expected(book: MemoryBook, no: string, groups: Condition[][], strings: Strings = enUS) {
  return strings.segment.builder.addCount(
    await addContacts(book, CTX, { segmentNo: no, groups, options: NO_OPTIONS, preview: true }),
  );
}

async function open(book: MemoryBook, no: string, strings?: Strings) {
  await openSegment({ book, segmentNo: no, strings });
  await screen.findByRole("heading", { name: `${no} · Follow-up` });
}

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  await settle();
  jest.useRealTimers();
});

describe("Interaction Log conditions in the step builder", () => {
  it("are offered in their own group, say which table they filter, and count as the use case does", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no);
    fireEvent.click(await screen.findByRole("combobox", { name: `Field (${place()})` }));
    const group = screen.getByRole("group", { name: "Interaction Log" });
    expect(
      within(group)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(expect.arrayContaining(["Interaction Template Code", "Date", "Canceled", "Segment No."]));
    // Salesperson Code is both a contact field and a log column: two options, told apart by name.
    expect(screen.getByRole("option", { name: "Salesperson Code" })).toBeTruthy();
    fireEvent.click(within(group).getByRole("option", { name: `${LOG}Interaction Template Code` }));

    const field = screen.getByRole("combobox", { name: `Field (${place()})` }) as HTMLInputElement;
    expect(field.value).toBe("Interaction Template Code");
    expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "In the contact's Interaction Log",
    );
    typeFilter("LETTER");
    await settle();
    const letters = [[history("Interaction Template Code", "LETTER")]];
    expect(liveCount()).toBe(await expected(book, no, letters));
    expect(liveCount()).toBe("Adds 3 contacts · 0 excluded · 0 already in the segment");
  });

  it("AND with the group's contact conditions, and hold all of them for one and the same entry", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no);
    await chooseField(`${LOG}Interaction Template Code`);
    typeFilter("LETTER");
    fireEvent.click(screen.getByRole("button", { name: "+ Condition" }));
    await chooseField("Type", place(1, 2));
    typeFilter("Person", place(1, 2));
    await settle();
    expect(liveCount()).toBe(
      await expected(book, no, [[history("Interaction Template Code", "LETTER"), contact("Type", "Person")]]),
    );
    expect(liveCount()).toBe("Adds 2 contacts · 0 excluded · 0 already in the segment");
    expect(screen.getByText(/must all hold for one and the same entry/)).toBeTruthy();

    // CT02 and CT08 have a LETTER entry and an entry of SEG00002, but no one entry is both.
    fireEvent.click(screen.getByRole("button", { name: "+ Condition" }));
    await chooseField(`${LOG}Segment No.`, place(1, 3));
    typeFilter("SEG00002", place(1, 3));
    await settle();
    const sameEntry = [
      [history("Interaction Template Code", "LETTER"), contact("Type", "Person"), history("Segment No.", "SEG00002")],
    ];
    expect(liveCount()).toBe(await expected(book, no, sameEntry));
    expect(liveCount()).toBe("Adds 0 contacts · 0 excluded · 0 already in the segment");
  });

  it("OR with a group of contact conditions only", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no);
    await chooseField(`${LOG}Interaction Template Code`);
    typeFilter("EMAIL");
    fireEvent.click(screen.getByRole("button", { name: "+ OR group" }));
    await chooseField("No.", place(2, 1));
    typeFilter("CT10|CT11", place(2, 1));
    await settle();
    expect(liveCount()).toBe(
      await expected(book, no, [[history("Interaction Template Code", "EMAIL")], [contact("No.", "CT10|CT11")]]),
    );
    expect(liveCount()).toBe("Adds 6 contacts · 0 excluded · 0 already in the segment");
  });

  it("are applied by Add, and read as Interaction Log conditions in the criteria", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no);
    await chooseField(`${LOG}Interaction Template Code`);
    typeFilter("LETTER");
    await settle();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add contacts" })));
    await settle();
    expect(screen.getByText("3 contacts added.")).toBeTruthy();
    expect(await screen.findByText(/^3 lines · /)).toBeTruthy();
    await settle(); // the count against the new lines
    expect(liveCount()).toBe("Adds 0 contacts · 0 excluded · 3 already in the segment");
    const lines = book.rows(SEGMENT_LINES.sheetName).map((row) => row[2]);
    expect(lines).toEqual(["CT01", "CT02", "CT08"]);
    fireEvent.click(await screen.findByRole("button", { name: "Criteria (1 step)" }));
    const list = await screen.findByRole("list", { name: "Criteria of the segment" });
    expect(list.textContent).toContain("Interaction Log: Interaction Template Code: LETTER");
  });

  it("show a bad filter on a log column under its box, at its character", async () => {
    const { book, no } = await bookWithHistory();
    const expression = "2025-01-01..>";
    const error = await addContacts(book, CTX, {
      segmentNo: no,
      groups: [[history("Date", expression)]],
      options: NO_OPTIONS,
      preview: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionError);
    const position = (error as ConditionError).position!;

    await open(book, no);
    await chooseField(`${LOG}Date`);
    typeFilter(expression);
    // In the expression mode the box's hint explains a date filter, in full under the box.
    expect(screen.getByText(/-30D\.\.T/)).toBeTruthy();
    await settle();
    expect(screen.getByText("Fix the filter to see the count.")).toBeTruthy();
    expect(screen.getByTestId("filter-error-mark").textContent).toBe(expression.charAt(position - 1));
    const message = screen.getByTestId("filter-error-mark").closest("[id]")!;
    expect(message.textContent).toContain(`At character ${position}:`);
    expect(message.textContent).toContain("Interaction Log Date");
  });

  it("offer only is and is not on a Yes/No column such as Canceled", async () => {
    const { book, no } = await bookWithHistory();
    await cancelInteractions(book, { target: { logged: 1 }, mode: "cancel" });
    await open(book, no);
    await chooseField(`${LOG}Canceled`);
    const operator = screen.getByRole("combobox", { name: `Operator (${place()})` }) as HTMLSelectElement;
    expect([...operator.options].map((o) => o.textContent)).toEqual(["is", "is not", "BC expression"]);
    typeFilter("Yes");
    fireEvent.change(operator, { target: { value: "notEquals" } });
    expect((screen.getByRole("textbox", { name: `Filter (${place()})` }) as HTMLInputElement).value).toBe("Yes");
    fireEvent.change(operator, { target: { value: "expression" } });
    expect((screen.getByRole("textbox", { name: `Filter (${place()})` }) as HTMLInputElement).value).toBe("<>Yes");
    await settle();
    // Not canceled: the e-mails of SEG00002.
    expect(liveCount()).toBe(await expected(book, no, [[history("Canceled", "<>Yes")]]));
    expect(liveCount()).toBe("Adds 4 contacts · 0 excluded · 0 already in the segment");
  });

  it("count again when the Interaction Log changes between keystrokes (the kept results are dropped)", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no);
    await chooseField(`${LOG}Interaction Template Code`);
    typeFilter("LETTER");
    await settle();
    expect(liveCount()).toBe("Adds 3 contacts · 0 excluded · 0 already in the segment");
    // Meanwhile a letter to Hanna Ivy (CT10) is logged.
    await logged(book, "LETTER", [[contact("No.", "CT10")]]);
    fireEvent.click(screen.getByRole("button", { name: "+ Condition" }));
    await chooseField("Type", place(1, 2));
    typeFilter("Person", place(1, 2));
    await settle();
    expect(liveCount()).toBe(
      await expected(book, no, [[history("Interaction Template Code", "LETTER"), contact("Type", "Person")]]),
    );
    expect(liveCount()).toBe("Adds 3 contacts · 0 excluded · 0 already in the segment");
  });

  it("speak Swedish: BC's captions for the log and its columns", async () => {
    const { book, no } = await bookWithHistory();
    await open(book, no, svSE);
    fireEvent.click(await screen.findByRole("combobox", { name: "Fält (grupp 1, villkor 1)" }));
    const group = screen.getByRole("group", { name: "Interaktionsloggpost" });
    expect(
      within(group)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(expect.arrayContaining(["Interaktionsmallkod", "Datum", "Annullerad", "Segmentnr"]));
    fireEvent.click(within(group).getByRole("option", { name: "Interaktionsloggpost: Interaktionsmallkod" }));
    expect(screen.getByText("I kontaktens interaktionslogg")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Filter (grupp 1, villkor 1)" }), {
      target: { value: "LETTER" },
    });
    await settle();
    expect(liveCount()).toBe(await expected(book, no, [[history("Interaction Template Code", "LETTER")]], svSE));
    expect(liveCount()).toBe("Lägger till 3 kontakter · 0 exkluderade · 0 finns redan i segmentet");
  });
});
