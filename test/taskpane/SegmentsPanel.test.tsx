/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { stepHistory } from "../../src/app/stepHistory";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { SegmentsPanel } from "../../src/taskpane/panels/segments/SegmentsPanel";
import { SEGMENTS } from "../../src/app/store/sheetSpecs";
import type { MemoryBook } from "../support/memoryBook";
import { baseBook, CTX, deferred, renderPane } from "./support/pane";

const NEWS = [[{ table: "Contact" as const, field: "Mailing Groups", filter: "NEWS" }]];

/** SEG00001 "Spring newsletter" with the NEWS contacts on template EMAIL (0.10 a line), and an empty SEG00002. */
async function twoSegments(): Promise<MemoryBook> {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter", templateCode: "EMAIL" });
  await addContacts(book, CTX, { segmentNo: "SEG00001", groups: NEWS, options: NO_OPTIONS });
  await createSegment(book, CTX, { description: "Autumn fair" });
  return book;
}

const tableRows = (name: string) =>
  within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .slice(0, 4)
        .map((cell) => cell.textContent),
    );

describe("Segments panel", () => {
  it("says there are no segments yet on a new workbook", async () => {
    renderPane(<SegmentsPanel onOpen={jest.fn()} />);
    expect(await screen.findByText("No segments yet. Give the first one a description and create it.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows a spinner while the workbook is read", async () => {
    const opening = deferred<MemoryBook>();
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { openBook: () => opening.promise });
    expect(screen.getByText("Reading the segments…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Refresh" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => opening.resolve(await twoSegments()));
    expect(await screen.findByRole("table", { name: "Segments in this workbook" })).toBeTruthy();
  });

  it("says what went wrong and what to do when the workbook cannot be read, and reads again on request", async () => {
    const book = await twoSegments();
    const openBook = jest.fn().mockRejectedValueOnce(new Error("GeneralException")).mockResolvedValue(book);
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { openBook });
    const alert = await screen.findByText("The segments could not be read.");
    expect(alert.closest(".fui-MessageBar")?.textContent).toContain(
      "GeneralException Press Esc in Excel if a cell is being edited, then try again.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByRole("table")).toBeTruthy();
  });

  it("lists every segment with its number, description, lines and cost", async () => {
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book: await twoSegments() });
    await screen.findByRole("table");
    expect(tableRows("Segments in this workbook")).toEqual([
      ["SEG00001", "Spring newsletter", "4", "0.40"],
      ["SEG00002", "Autumn fair", "0", "0.00"],
    ]);
  });

  it("opens a segment from the list", async () => {
    const onOpen = jest.fn();
    renderPane(<SegmentsPanel onOpen={onOpen} />, { book: await twoSegments() });
    fireEvent.click(await screen.findByRole("button", { name: "Open SEG00002" }));
    expect(onOpen).toHaveBeenCalledWith("SEG00002");
  });

  it("creates a segment from its description and opens it; a double click creates one", async () => {
    const book = baseBook();
    const onOpen = jest.fn();
    renderPane(<SegmentsPanel onOpen={onOpen} />, { book });
    await screen.findByText(/No segments yet/);
    const create = screen.getByRole("button", { name: "Create" }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Description" }), { target: { value: "Spring newsletter" } });
    await act(async () => {
      fireEvent.click(create);
      fireEvent.click(create);
    });
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith("SEG00001"));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(book.rows(SEGMENTS.sheetName)).toHaveLength(1);
  });

  it("asks Office to open the pane with the workbook once it holds segments: on creating one, and on seeing some", async () => {
    const segmentsExist = jest.fn().mockResolvedValue(undefined);
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { segmentsExist });
    await screen.findByText(/No segments yet/);
    expect(segmentsExist).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("textbox", { name: "Description" }), { target: { value: "Spring" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create" })));
    await waitFor(() => expect(segmentsExist).toHaveBeenCalledTimes(1));

    const seen = jest.fn().mockResolvedValue(undefined);
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book: await twoSegments(), segmentsExist: seen });
    await waitFor(() => expect(seen).toHaveBeenCalled());
  });

  it("says why a segment was not created", async () => {
    const book = baseBook();
    book.commit = () => Promise.reject(new Error("The workbook is read-only."));
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book });
    await screen.findByText(/No segments yet/);
    fireEvent.change(screen.getByRole("textbox", { name: "Description" }), { target: { value: "X" } });
    fireEvent.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByText("The segment was not created.")).toBeTruthy();
    expect(screen.getByText(/The workbook is read-only\./)).toBeTruthy();
  });

  it("asks before deleting, saying how many rows go, and deletes on confirmation", async () => {
    const book = await twoSegments();
    await stepHistory(book, { segmentNo: "SEG00001", direction: "back" });
    await stepHistory(book, { segmentNo: "SEG00001", direction: "forward" });
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book });
    const deleteButton = await screen.findByRole("button", { name: "Delete SEG00001" });
    deleteButton.focus();
    fireEvent.click(deleteButton);
    const dialog = await screen.findByRole("alertdialog", { name: "Delete segment SEG00001?" });
    // A destructive question opens on the safe answer.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    const rows = (await import("../../src/app/segmentList")).listSegments(book);
    const summary = (await rows)[0];
    const total = 1 + summary.lines + summary.criteriaLines + summary.historyRows;
    expect(summary.criteriaLines).toBeGreaterThan(0);
    expect(dialog.textContent).toContain(
      `This deletes ${total} rows: the segment's row, 4 lines, ${summary.criteriaLines} criteria lines and ${summary.historyRows} Go Back history rows.`,
    );

    // Inside the dialog already found, whatever Fluent's accessibility tree is still settling: no polling against a clock.
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(book.rows(SEGMENTS.sheetName)).toHaveLength(2);
    // Focus goes back to the button that opened the question.
    const opener = await screen.findByRole("button", { name: "Delete SEG00001" });
    await waitFor(() => expect(document.activeElement).toBe(opener));

    fireEvent.click(opener);
    // The dialog closed above may still be leaving: ask the screen, where only the open dialog is accessible.
    fireEvent.click(await screen.findByRole("button", { name: "Delete" }));
    expect(await screen.findByText(`Segment SEG00001 deleted (${total} rows).`)).toBeTruthy();
    await waitFor(() =>
      expect(tableRows("Segments in this workbook")).toEqual([["SEG00002", "Autumn fair", "0", "0.00"]]),
    );
  });

  it("keeps the delete dialog's buttons disabled while the delete runs, so it cannot act twice or be left half done", async () => {
    const book = await twoSegments();
    const commit = book.commit.bind(book);
    // The test holds the delete at its write: `reached` says it got there, `writing` lets it go on, `written` is the write.
    const reached = deferred<void>();
    const writing = deferred<void>();
    let commits = 0;
    let written: Promise<void> = Promise.resolve();
    book.commit = (change) => {
      commits++;
      written = (async () => {
        reached.resolve();
        await writing.promise;
        await commit(change);
      })();
      return written;
    };
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book });
    fireEvent.click(await screen.findByRole("button", { name: "Delete SEG00002" }));
    fireEvent.click(await screen.findByRole("button", { name: "Delete" }));
    await act(() => reached.promise);
    // The delete now waits on `writing`, however slow the machine: the dialog is in its busy state, no polling needed.
    // hidden: true — Fluent may still be settling the dialog's accessibility tree; the buttons' state is what matters.
    const deleting = screen.getByRole("button", { name: "Deleting…", hidden: true }) as HTMLButtonElement;
    expect(deleting.disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Cancel", hidden: true }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(deleting);
    await act(async () => {
      writing.resolve();
      await written;
    });
    expect(await screen.findByText("Segment SEG00002 deleted (1 row).")).toBeTruthy();
    expect(commits).toBe(1);
  });

  it("speaks Swedish", async () => {
    renderPane(<SegmentsPanel onOpen={jest.fn()} />, { book: await twoSegments(), strings: svSE });
    await screen.findByRole("table", { name: "Segment i arbetsboken" });
    expect(tableRows("Segment i arbetsboken")[0]).toEqual(["SEG00001", "Spring newsletter", "4", "0,40"]);
    expect(screen.getByRole("button", { name: "Ta bort SEG00002" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Beskrivning" })).toBeTruthy();
  });
});
