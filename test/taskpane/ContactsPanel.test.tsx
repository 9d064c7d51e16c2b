/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ContactSheetInput } from "../../src/domain/contacts";
import { enUS, StringsProvider, type Strings } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { BookServicesProvider, type BookServices } from "../../src/taskpane/services";
import { CTX } from "./support/pane";
import { ContactsPanel } from "../../src/taskpane/panels/contacts/ContactsPanel";
import type { ContactSheetLoader } from "../../src/workbook/excel/readContactSheet";

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

/** Renders the panel with a fake loader and waits until it has shown what the loader gave it. */
async function renderPanel(load: ContactSheetLoader, strings: Strings = enUS) {
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider strings={strings}>
        <ContactsPanel load={load} />
      </StringsProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.queryByText(strings.contacts.loading)).toBeNull());
}

const loaderOf = (input: ContactSheetInput) => jest.fn<Promise<ContactSheetInput>, []>(() => Promise.resolve(input));

/** The recognised columns as the table shows them: [header + letter, use]. */
function columnRows(strings: Strings) {
  const table = screen.getByRole("table", { name: strings.contacts.columnsHeading });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
}

describe("Contacts panel", () => {
  it("lists the recognised columns, the counts and the warnings, in English", async () => {
    const load = loaderOf(GOOD);
    await renderPanel(load);
    expect(load).toHaveBeenCalledTimes(1);
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
    await renderPanel(loaderOf(SWEDISH_HEADERS), svSE);
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
  });

  it("shows the errors that keep the sheet from being used, in English and in Swedish", async () => {
    await renderPanel(loaderOf(DUPLICATE_NUMBERS));
    expect(screen.getByText("The contact sheet Kontakter can't be used yet. Fix these problems and read it again.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    let problems = screen.getAllByRole("listitem");
    expect(problems).toHaveLength(1);
    expect(problems[0].textContent).toMatch(/^Error/);
    expect(problems[0].textContent).toContain("Row 4, column No.");
    expect(problems[0].textContent).toContain("rows 2 and 4");

    cleanup();
    await renderPanel(loaderOf(NO_NUMBER_COLUMN), svSE);
    expect(screen.getByText("Kontaktbladet Contacts kan inte användas än. Åtgärda problemen och läs det igen.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Problem (1)" })).toBeTruthy();
    problems = screen.getAllByRole("listitem");
    expect(problems[0].textContent).toMatch(/^Fel/);
    expect(problems[0].textContent).toContain("No., Contact No., Nr");
  });

  it("says when the sheet cannot be read, and reads again on request", async () => {
    const load = jest
      .fn<Promise<ContactSheetInput>, []>()
      .mockRejectedValueOnce(new Error("ResponsePayloadSizeLimitExceeded"))
      .mockResolvedValueOnce(GOOD);
    await renderPanel(load);
    expect(screen.getByText(/The contact sheet could not be read\. ResponsePayloadSizeLimitExceeded/)).toBeTruthy();
    await act(async () => screen.getByRole("button", { name: "Read again" }).click());
    expect(load).toHaveBeenCalledTimes(2);
    expect(await screen.findByText("3 contacts")).toBeTruthy();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it("shows a spinner while reading", async () => {
    let finish: (input: ContactSheetInput) => void = () => {};
    const load = () => new Promise<ContactSheetInput>((resolve) => (finish = resolve));
    render(
      <FluentProvider theme={webLightTheme}>
        <ContactsPanel load={load} />
      </FluentProvider>,
    );
    expect(screen.getByText("Reading the contact sheet…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Read again" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(GOOD));
    expect(await screen.findByText("3 contacts")).toBeTruthy();
    expect(screen.queryByText("Reading the contact sheet…")).toBeNull();
  });
});

describe("Contacts panel: going to a problem's cells", () => {
  function renderWithSelect(selectCells: (sheet: string, address: string) => Promise<void>) {
    const services: BookServices = { openBook: () => Promise.reject(new Error("not used")), runContext: () => CTX, selectCells };
    render(
      <FluentProvider theme={webLightTheme}>
        <BookServicesProvider services={services}>
          <ContactsPanel load={loaderOf(DUPLICATE_NUMBERS)} />
        </BookServicesProvider>
      </FluentProvider>,
    );
  }

  it("selects the problem's cells in Excel", async () => {
    const selectCells = jest.fn(() => Promise.resolve());
    renderWithSelect(selectCells);
    const buttons = await screen.findAllByRole("button", { name: /^Go to / });
    fireEvent.click(buttons[0]);
    const address = buttons[0].textContent!.replace("Go to ", "");
    expect(selectCells).toHaveBeenCalledWith("Kontakter", address);
    expect(address).toMatch(/^([A-Z]+\d+|\d+:\d+|[A-Z]+:[A-Z]+)$/);
  });

  it("says so when Excel cannot select them", async () => {
    renderWithSelect(() => Promise.reject(new Error("The sheet Kontakter no longer exists.")));
    fireEvent.click((await screen.findAllByRole("button", { name: /^Go to / }))[0]);
    expect(await screen.findByText(/The cells could not be selected\. The sheet Kontakter no longer exists\./)).toBeTruthy();
  });

  it("offers no button where the pane cannot reach Excel", async () => {
    await renderPanel(loaderOf(DUPLICATE_NUMBERS));
    expect(screen.queryAllByRole("button", { name: /^Go to / })).toEqual([]);
  });
});

