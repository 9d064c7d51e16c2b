/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ContactSheetInput } from "../../src/domain/contacts";
import { enUS, type Strings } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { ContactsPanel } from "../../src/taskpane/panels/contacts/ContactsPanel";
import { MemoryBook } from "../support/memoryBook";
import { deferred, renderPane, type PaneOptions } from "./support/pane";

const GOOD: ContactSheetInput = {
  sheetName: "Contacts",
  locale: "en-US",
  firstRow: 1,
  values: [
    ["Campaign list", "", "", "", ""],
    ["No.", "Name", "Type", "E-Mail", "Region"],
    ["C1", "Acme AB", "Company", "info@acme.example", "North"],
    ["P1", "Anna Berg", "Person", "anna@acme.example", "North"],
    ["P2", "Bo Ek", "Robot", "bo@example.com", "South"],
  ],
  hiddenRows: new Set([4]),
};

const SWEDISH_HEADERS: ContactSheetInput = {
  ...GOOD,
  values: [
    ["Nr", "Namn", "E-post", "Stad"],
    ["K1", "Acme AB", "info@acme.example", "Lund"],
  ],
  hiddenRows: undefined,
};

/** Makes ContactTableError: P1 is there twice. */
const DUPLICATE_NUMBERS: ContactSheetInput = {
  sheetName: "Kontakter",
  locale: "sv-SE",
  values: [
    ["No.", "Name"],
    ["P1", "Anna"],
    ["C1", "Acme"],
    ["p1", "Anna again"],
  ],
};

const NO_NUMBER_COLUMN: ContactSheetInput = { sheetName: "Contacts", locale: "en-US", values: [["Name"], ["Anna"]] };

/** Renders the panel on an in-memory workbook and waits until it has shown what the book gave it. */
async function renderPanel(book: MemoryBook, strings: Strings = enUS, options: PaneOptions = {}) {
  renderPane(<ContactsPanel />, { ...options, book, strings });
  await waitFor(() => expect(screen.queryByText(strings.contacts.loading)).toBeNull());
}

/** A book whose contact sheet is `input`, its reads counted. */
function bookOf(input: ContactSheetInput) {
  const book = new MemoryBook(input);
  return { book, reads: jest.spyOn(book, "readContactSheet") };
}

/** The recognised columns as the table shows them: [header + letter, use]. */
function columnRows(strings: Strings) {
  const table = screen.getByRole("table", { name: strings.contacts.columnsHeading });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
}

describe("Contacts panel", () => {
  it("lists the recognised columns, the counts and the warnings, in English", async () => {
    const { book, reads } = bookOf(GOOD);
    await renderPanel(book);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { name: "Contacts", level: 2 })).toBeTruthy();
    expect(screen.getByText("Sheet Contacts, header on row 2")).toBeTruthy();
    expect(screen.getByText("3 contacts")).toBeTruthy();
    expect(screen.getByText("1 contact on hidden or filtered rows (they count)")).toBeTruthy();
    expect(columnRows(enUS)).toEqual([
      ["No.A", "No."],
      ["NameB", "Name"],
      ["TypeC", "Type"],
      ["E-MailD", "E-Mail"],
      ["RegionE", "Filterable by header"],
    ]);
    expect(screen.getByRole("heading", { name: "Problems (1)" })).toBeTruthy();
    const problems = screen.getAllByRole("listitem");
    expect(problems).toHaveLength(1);
    expect(problems[0].textContent).toContain("Warning");
    expect(problems[0].textContent).toContain("Row 5, column Type");
    expect(problems[0].textContent).toContain("Robot");
  });

  it("shows the same in Swedish, with Swedish field names", async () => {
    await renderPanel(bookOf(SWEDISH_HEADERS).book, svSE);
    expect(screen.getByRole("heading", { name: "Kontakter", level: 2 })).toBeTruthy();
    expect(screen.getByText("Blad Contacts, rubriker på rad 1")).toBeTruthy();
    expect(screen.getByText("1 kontakt")).toBeTruthy();
    expect(screen.queryByText(/dolda eller filtrerade/)).toBeNull();
    expect(columnRows(svSE)).toEqual([
      ["NrA", "Nr"],
      ["NamnB", "Namn"],
      ["E-postC", "E-post"],
      ["StadD", "Filtreras på rubriken"],
    ]);
    expect(screen.getByText("Inga problem hittades.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Läs igen" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Kontaktkälla" }).textContent).toBe("Contacts");
  });

  it("shows the errors that keep the sheet from being used, in English and in Swedish", async () => {
    await renderPanel(bookOf(DUPLICATE_NUMBERS).book);
    expect(
      screen.getByText("The contact sheet Kontakter can't be used yet. Fix these problems and read it again."),
    ).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    let problems = screen.getAllByRole("listitem");
    expect(problems).toHaveLength(1);
    expect(problems[0].textContent).toMatch(/^Error/);
    expect(problems[0].textContent).toContain("Row 4, column No.");
    expect(problems[0].textContent).toContain("rows 2 and 4");

    cleanup();
    await renderPanel(bookOf(NO_NUMBER_COLUMN).book, svSE);
    expect(
      screen.getByText("Kontaktbladet Contacts kan inte användas än. Åtgärda problemen och läs det igen."),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Problem (1)" })).toBeTruthy();
    problems = screen.getAllByRole("listitem");
    expect(problems[0].textContent).toMatch(/^Fel/);
    expect(problems[0].textContent).toContain("No., Contact No., Nr");
  });

  it("says the sheet's problems in Swedish, naming the same rows, columns and values", async () => {
    await renderPanel(bookOf(GOOD).book, svSE);
    let problems = screen.getAllByRole("listitem");
    expect(problems).toHaveLength(1);
    expect(problems[0].textContent).toMatch(/^Varning/);
    expect(problems[0].textContent).toContain("Rad 5, kolumn Type");
    expect(problems[0].textContent).toContain(
      'Contacts rad 5: typen "Robot" är varken Företag (Company) eller Person; P2 behandlas som en person.',
    );
    expect(problems[0].textContent).not.toContain("is neither");

    cleanup();
    await renderPanel(bookOf(DUPLICATE_NUMBERS).book, svSE);
    problems = screen.getAllByRole("listitem");
    expect(problems[0].textContent).toMatch(/^Fel/);
    expect(problems[0].textContent).toContain(
      "Kontakter rad 4: kontaktnummer P1 förekommer två gånger, oavsett skiftläge (P1, p1) (rader 2 och 4).",
    );
  });

  it("says when the sheet cannot be read, and reads again on request", async () => {
    const { book, reads } = bookOf(GOOD);
    reads.mockRejectedValueOnce(new Error("ResponsePayloadSizeLimitExceeded"));
    await renderPanel(book);
    expect(screen.getByText(/The contact sheet could not be read\. ResponsePayloadSizeLimitExceeded/)).toBeTruthy();
    await act(async () => screen.getByRole("button", { name: "Read again" }).click());
    expect(reads).toHaveBeenCalledTimes(2);
    expect(await screen.findByText("3 contacts")).toBeTruthy();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it("shows a spinner while reading", async () => {
    const { book, reads } = bookOf(GOOD);
    const reading = deferred<ContactSheetInput>();
    reads.mockReturnValueOnce(reading.promise);
    renderPane(<ContactsPanel />, { book });
    expect(await screen.findByText("Reading the contact sheet…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Read again" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => reading.resolve(GOOD));
    expect(await screen.findByText("3 contacts")).toBeTruthy();
    expect(screen.queryByText("Reading the contact sheet…")).toBeNull();
  });
});

describe("Contacts panel: going to a problem's cells", () => {
  const renderWithSelect = (selectCells: (sheet: string, address: string) => Promise<void>) =>
    renderPanel(bookOf(DUPLICATE_NUMBERS).book, enUS, { selectCells });

  it("selects the problem's cells in Excel", async () => {
    const selectCells = jest.fn(() => Promise.resolve());
    await renderWithSelect(selectCells);
    const buttons = await screen.findAllByRole("button", { name: /^Go to / });
    fireEvent.click(buttons[0]);
    const address = buttons[0].textContent!.replace("Go to ", "");
    expect(selectCells).toHaveBeenCalledWith("Kontakter", address);
    expect(address).toMatch(/^([A-Z]+\d+|\d+:\d+|[A-Z]+:[A-Z]+)$/);
  });

  it("says so when Excel cannot select them", async () => {
    await renderWithSelect(() => Promise.reject(new Error("The sheet Kontakter no longer exists.")));
    fireEvent.click((await screen.findAllByRole("button", { name: /^Go to / }))[0]);
    expect(
      await screen.findByText(/The cells could not be selected\. The sheet Kontakter no longer exists\./),
    ).toBeTruthy();
  });

  it("offers no button where the pane cannot reach Excel", async () => {
    await renderPanel(bookOf(DUPLICATE_NUMBERS).book);
    expect(screen.queryAllByRole("button", { name: /^Go to / })).toEqual([]);
  });
});

/** People: a table on the Data sheet, with two contacts; Broken: a sheet whose numbers repeat. */
const PEOPLE: ContactSheetInput = {
  sheetName: "Data",
  locale: "en-US",
  values: [
    ["No.", "Name"],
    ["K1", "Kim"],
    ["K2", "Lo"],
  ],
};
const BROKEN: ContactSheetInput = { ...DUPLICATE_NUMBERS, sheetName: "Broken" };

function bookWithSources() {
  const book = new MemoryBook(GOOD).addTable("People", PEOPLE).addSheet(PEOPLE).addSheet(BROKEN);
  return { book, reads: jest.spyOn(book, "readContactSheet") };
}

async function pick(name: string) {
  fireEvent.click(screen.getByRole("combobox", { name: "Contact source" }));
  fireEvent.click(await screen.findByRole("option", { name, hidden: true }));
}

describe("Contacts panel: choosing the contact source", () => {
  it("lists the tables, then the sheets, with the one in use shown", async () => {
    await renderPanel(bookWithSources().book);
    const combobox = screen.getByRole("combobox", { name: "Contact source" });
    expect(combobox.textContent).toBe("Contacts");
    fireEvent.click(combobox);
    const groups = (await screen.findAllByRole("group", { hidden: true })).map((group) => ({
      label: group.getAttribute("aria-labelledby")
        ? document.getElementById(group.getAttribute("aria-labelledby")!)?.textContent
        : undefined,
      options: within(group)
        .getAllByRole("option", { hidden: true })
        .map((option) => option.textContent),
    }));
    expect(groups).toEqual([
      { label: "Tables", options: ["People (on Data)"] },
      { label: "Sheets", options: ["Contacts", "Data", "Broken"] },
    ]);
  });

  it("reads the chosen table, stores it in the workbook and says so", async () => {
    const { book, reads } = bookWithSources();
    await renderPanel(book);
    await pick("People (on Data)");
    expect(
      await screen.findByText("Contacts are now read from People, for everyone who uses this workbook."),
    ).toBeTruthy();
    expect(screen.getByText("2 contacts")).toBeTruthy();
    expect(screen.getByText("Sheet Data, header on row 1")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Contact source" }).textContent).toBe("People (on Data)");
    expect((await book.readState()).contactSource).toBe("People");
    expect(reads).toHaveBeenLastCalledWith({ name: "People" });

    // Read again reads the stored choice, and says nothing more about it.
    await act(async () => screen.getByRole("button", { name: "Read again" }).click());
    expect(await screen.findByText("2 contacts")).toBeTruthy();
    expect(reads).toHaveBeenLastCalledWith({});
    expect(screen.queryByText(/are now read from/)).toBeNull();
  });

  it("refuses a sheet with errors, listing them and keeping the old choice; Read again tries it again", async () => {
    const { book, reads } = bookWithSources();
    await renderPanel(book);
    await pick("Broken");
    expect(
      await screen.findByText("The contact sheet Broken can't be used yet. Fix these problems and read it again."),
    ).toBeTruthy();
    expect(screen.getAllByRole("listitem")[0].textContent).toContain("rows 2 and 4");
    expect(screen.getByRole("combobox", { name: "Contact source" }).textContent).toBe("Broken");
    expect((await book.readState()).contactSource).toBe("");
    expect(book.commits).toBe(0);

    // The user fixes the sheet.
    reads.mockResolvedValueOnce({ ...BROKEN, values: BROKEN.values.slice(0, 3) });
    await act(async () => screen.getByRole("button", { name: "Read again" }).click());
    expect(
      await screen.findByText("Contacts are now read from Broken, for everyone who uses this workbook."),
    ).toBeTruthy();
    expect(screen.getByText("2 contacts")).toBeTruthy();
    expect((await book.readState()).contactSource).toBe("Broken");
  });

  it("says when the choice could not be stored, and the source stays as it was", async () => {
    const { book } = bookWithSources();
    jest.spyOn(book, "commit").mockRejectedValueOnce(new Error("The Segments changed while this action was running."));
    await renderPanel(book, svSE);
    fireEvent.click(screen.getByRole("combobox", { name: "Kontaktkälla" }));
    fireEvent.click(await screen.findByRole("option", { name: "People (på Data)", hidden: true }));
    expect(
      await screen.findByText("Kontaktkällan kunde inte ändras. The Segments changed while this action was running."),
    ).toBeTruthy();
    expect((await book.readState()).contactSource).toBe("");
    await act(async () => screen.getByRole("button", { name: "Läs igen" }).click());
    expect(await screen.findByText("3 kontakter")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Kontaktkälla" }).textContent).toBe("Contacts");
  });
});
