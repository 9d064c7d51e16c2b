/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { fireEvent, screen } from "@testing-library/react";
import { createSegment } from "../../src/app/createSegment";
import { App } from "../../src/taskpane/components/App";
import { baseBook, CTX, renderPane } from "./support/pane";

describe("the pane", () => {
  it("opens a segment from the list (loading its panel on first use), goes back to the list, and shows the contacts", async () => {
    const book = baseBook();
    await createSegment(book, CTX, { description: "Spring newsletter" });
    renderPane(<App />, { book });
    expect(screen.getByRole("tab", { name: "Segments", selected: true })).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Open SEG00001" }));
    expect(await screen.findByRole("heading", { name: "SEG00001 · Spring newsletter" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "All segments" }));
    expect(await screen.findByRole("table", { name: "Segments in this workbook" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Contacts" }));
    expect(await screen.findByText("11 contacts")).toBeTruthy();
  });

  it("opens a new segment as soon as it is created", async () => {
    renderPane(<App />);
    fireEvent.change(await screen.findByRole("textbox", { name: "Description" }), { target: { value: "Autumn fair" } });
    fireEvent.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByRole("heading", { name: "SEG00001 · Autumn fair" })).toBeTruthy();
  });
});
