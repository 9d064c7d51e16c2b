/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen } from "@testing-library/react";
import { delegateBook } from "../../src/app/store/delegateBook";
import type { SegmentBook } from "../../src/app/store/ports";
import { ReadProgressBar } from "../../src/taskpane/components/ReadProgressBar";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { ReadProgressStore } from "../../src/taskpane/readProgress";
import { ReadCanceledError } from "../../src/workbook/excel/errors";
import { baseBook, deferred, renderPane } from "./support/pane";

describe("the read progress bar", () => {
  it("shows nothing while no long read is under way", () => {
    renderPane(<ReadProgressBar />, { readProgress: new ReadProgressStore() });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows rows read of the total, in the user's language, and goes when the read is done", () => {
    const store = new ReadProgressStore();
    renderPane(<ReadProgressBar />, { readProgress: store, strings: svSE });
    const { progress } = store.watch();
    act(() => progress?.(40_000, 100_000));
    expect(screen.getByText(/^Läser kontakter 40\s000 av 100\s000$/)).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Läser kontaktbladet" })).toBeTruthy();
    act(() => progress?.(100_000, 100_000));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("cancels: the reads under way get an aborted signal, later books a fresh one, and kept reads are dropped", () => {
    const dropped = jest.fn();
    const store = new ReadProgressStore(dropped);
    renderPane(<ReadProgressBar />, { readProgress: store });
    const first = store.watch();
    act(() => first.progress?.(10_000, 100_000));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(first.signal?.aborted).toBe(true);
    expect(store.watch().signal?.aborted).toBe(false);
    expect(dropped).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("goes away when a tracked read fails part way", async () => {
    const store = new ReadProgressStore();
    renderPane(<ReadProgressBar />, { readProgress: store });
    const reading = deferred<never>();
    const book = baseBook();
    const open = store.track(async (): Promise<SegmentBook> =>
      delegateBook(book, { readContactSheet: () => reading.promise }),
    );
    const read = (await open()).readContactSheet({});
    act(() => store.watch().progress?.(5_000, 100_000));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await act(async () => {
      reading.reject(new ReadCanceledError());
      await read.catch(() => undefined);
    });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
