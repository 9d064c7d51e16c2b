/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import type { MemoryBook } from "../support/memoryBook";
import { baseBook, CTX } from "./support/pane";
import { chooseField, chooseOperator, liveCount, openSegment, place, settle } from "./support/segmentPane";

async function bookWithSegment(): Promise<MemoryBook> {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter" });
  return book;
}

const fieldBox = (where = place()) => screen.getByRole("combobox", { name: `Field (${where})` }) as HTMLInputElement;
const valueBox = (where = place()) => screen.getByRole("textbox", { name: `Filter (${where})` }) as HTMLInputElement;

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  await settle();
  jest.useRealTimers();
});

describe("the field picker", () => {
  it("keeps the fields whose caption contains what is typed, and chooses one by keyboard", async () => {
    await openSegment({ book: await bookWithSegment() });
    await settle();
    const box = fieldBox();
    fireEvent.keyDown(box, { key: "m" });
    fireEvent.change(box, { target: { value: "mail" } });
    const listbox = await screen.findByRole("listbox");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["E-Mail", "Mailing Groups"]);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    fireEvent.keyDown(box, { key: "ArrowDown" });
    fireEvent.keyDown(box, { key: "Enter" });
    await settle();
    expect(fieldBox().value).toBe("Mailing Groups");
    // Opened again, every field is there.
    fireEvent.click(fieldBox());
    expect(within(await screen.findByRole("listbox")).getAllByRole("option").length).toBeGreaterThan(10);
  });

  it("says when no field matches", async () => {
    await openSegment({ book: await bookWithSegment() });
    await settle();
    fireEvent.keyDown(fieldBox(), { key: "z" });
    fireEvent.change(fieldBox(), { target: { value: "zzz" } });
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getByRole("option", { name: "No field matches" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
  });
});

describe("value suggestions", () => {
  it("offers the column's values with their counts, filters them as the user types, and a chosen one counts as said", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Mailing Groups");
    await settle();
    const group = screen.getByRole("group", { name: "Values in Mailing Groups" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((button) => button.getAttribute("aria-label")),
    ).toEqual(["NEWS 4 contacts", "XMAS 1 contact"]);
    fireEvent.focus(valueBox());
    fireEvent.change(valueBox(), { target: { value: "x" } });
    expect(
      within(group)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["XMAS 1"]);
    fireEvent.change(valueBox(), { target: { value: "" } });
    fireEvent.click(within(group).getByRole("button", { name: "NEWS 4 contacts" }));
    expect(valueBox().value).toBe("NEWS");
    expect(document.activeElement).toBe(valueBox());
    await settle();
    expect(liveCount()).toBe("Adds 4 contacts · 0 excluded · 0 already in the segment");
  });

  it("suggests nothing for operators that take a range or a list, nor once the row is left with a value", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Salesperson Code");
    await settle();
    expect(screen.getByRole("group", { name: "Values in Salesperson Code" })).toBeTruthy();
    chooseOperator("between");
    expect(screen.queryByTestId("value-suggestions")).toBeNull();
    chooseOperator("equals");
    fireEvent.focus(valueBox());
    fireEvent.change(valueBox(), { target: { value: "J" } });
    expect(screen.getByTestId("value-suggestions")).toBeTruthy();
    fireEvent.blur(valueBox());
    expect(screen.queryByTestId("value-suggestions")).toBeNull();
  });
});

describe("the step read back", () => {
  it("shows and / or between conditions and groups, the step as chips, and what the added contacts are made of", async () => {
    await openSegment({ book: await bookWithSegment() });
    await chooseField("Mailing Groups");
    fireEvent.click(screen.getByRole("button", { name: "NEWS 4 contacts" }));
    fireEvent.click(screen.getByRole("button", { name: "+ Condition" }));
    await chooseField("Name", place(1, 2));
    chooseOperator("contains", place(1, 2));
    fireEvent.change(valueBox(place(1, 2)), { target: { value: "a" } });
    fireEvent.click(screen.getByRole("button", { name: "+ OR group" }));
    await chooseField("Salesperson Code", place(2, 1));
    chooseOperator("blank", place(2, 1));
    await settle();
    const group1 = screen.getByRole("group", { name: "Group 1" });
    expect(within(group1).getByText("and")).toBeTruthy();
    expect(screen.getAllByText("or").length).toBeGreaterThan(0);
    const chips = screen.getByRole("list", { name: "The step in words" });
    expect(
      within(chips)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Mailing Groups is NEWSandName contains a", "orSalesperson Code is blank"]);
    // NEWS and a name with an a: Anna Berg, Fay Gold (Erik Fors and Gus Hill have none); blank salesperson:
    // Erik Fors and Hanna Ivy. Four persons, two without e-mail.
    expect(liveCount()).toBe("Adds 4 contacts · 0 excluded · 0 already in the segment");
    expect(screen.getByTestId("step-make-up").textContent).toBe(
      "This step adds 4: 0 companies, 4 persons, 2 without e-mail",
    );
  });

  it("says what a Reduce would remove, in Swedish", async () => {
    const book = await bookWithSegment();
    await addContacts(book, CTX, {
      segmentNo: "SEG00001",
      groups: [[{ table: "Contact", field: "Salesperson Code", filter: "JO" }]],
      options: NO_OPTIONS,
    });
    await openSegment({ book, strings: svSE });
    await settle();
    fireEvent.click(screen.getByRole("radio", { name: "Minska" }));
    await settle();
    fireEvent.click(screen.getByRole("combobox", { name: "Fält (grupp 1, villkor 1)" }));
    fireEvent.click(await screen.findByRole("option", { name: "Typ" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Company 4 kontakter" }));
    });
    await settle();
    expect(within(screen.getByRole("list", { name: "Steget i ord" })).getByRole("listitem").textContent).toBe(
      "Typ är Company",
    );
    expect(screen.getByTestId("step-make-up").textContent).toBe(
      "Steget tar bort 1: 1 företag, 0 personer, 0 utan e-post",
    );
  });
});
