/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { act, fireEvent, screen } from "@testing-library/react";
import { createSegment } from "../../src/app/createSegment";
import { delegateBook } from "../../src/app/store/delegateBook";
import type { SegmentBook } from "../../src/app/store/ports";
import { CachedReads } from "../../src/workbook/cachedReads";
import { bcBaseSheet } from "../support/bcBaseData";
import { baseBook, CTX } from "./support/pane";
import { chooseField, liveCount, openSegment, settle, typeFilter } from "./support/segmentPane";

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  await settle();
  jest.useRealTimers();
});

/** The pane as it runs in Excel: actions through an observed opener, counts through kept reads. */
async function paneWithKeptReads() {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter" });
  let contactReads = 0;
  const open = async (): Promise<SegmentBook> =>
    delegateBook(book, { readContactSheet: (r) => (contactReads++, book.readContactSheet(r)) });
  const previews = new CachedReads(open);
  await openSegment({ openBook: previews.observe(open), previews });
  await screen.findByRole("heading", { name: "SEG00001 · Spring newsletter" });
  return { book, previews, contactReads: () => contactReads };
}

describe("the live count with reads kept between keystrokes", () => {
  it("reads the contact sheet once however much is typed", async () => {
    const pane = await paneWithKeptReads();
    await chooseField("Salesperson Code");
    for (const filter of ["J", "JO", "JO|", "JO|HR", "JO|HR|x"]) {
      typeFilter(filter);
      await settle();
    }
    typeFilter("JO");
    await settle();
    expect(liveCount()).toBe("Adds 3 contacts · 1 excluded · 0 already in the segment");
    // Once: the panel's fields and every count share the kept read.
    expect(pane.contactReads()).toBe(1);
  });

  it("counts again, untouched, when Excel reports a change, and after the pane's own step", async () => {
    const pane = await paneWithKeptReads();
    await chooseField("Salesperson Code");
    typeFilter("JO");
    await settle();
    expect(liveCount()).toBe("Adds 3 contacts · 1 excluded · 0 already in the segment");
    // Someone gives Hanna Ivy (CT10) to JO on the sheet: Excel's change event drops the kept reads.
    const sheet = bcBaseSheet();
    sheet.values[10][5] = "JO";
    pane.book.setContacts(sheet);
    act(() => pane.previews.invalidate());
    await settle();
    expect(liveCount()).toBe("Adds 4 contacts · 1 excluded · 0 already in the segment");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add contacts" })));
    await settle();
    expect(screen.getByText("4 contacts added.")).toBeTruthy();
    await settle();
    expect(liveCount()).toBe("Adds 0 contacts · 1 excluded · 4 already in the segment");
  });
});
