/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { segmentMembers } from "../../src/app/segmentMembers";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { matchingMembers } from "../../src/taskpane/panels/segment/members/useMembers";
import { baseBook, CTX } from "./support/pane";
import { openSegment, settle } from "./support/segmentPane";

const JO = [[{ table: "Contact" as const, field: "Salesperson Code", filter: "JO" }]];

async function joSegment() {
  const book = baseBook();
  await createSegment(book, CTX, { description: "Spring newsletter" });
  await addContacts(book, CTX, { segmentNo: "SEG00001", groups: JO, options: NO_OPTIONS });
  return book;
}

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  await settle();
  jest.useRealTimers();
});

describe("the Members section", () => {
  it("lists the segment's contacts and what they are made of, with the numbers as text", async () => {
    const book = await joSegment();
    const expected = await segmentMembers(book, CTX, "SEG00001");
    expect(expected.members).toHaveLength(3);
    await openSegment({ book });
    fireEvent.click(await screen.findByRole("button", { name: "Members" }));
    const list = await screen.findByRole("list", { name: "Members of the segment" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    for (const member of expected.members) expect(list.textContent).toContain(member.name || member.company);
    const persons = screen.getByRole("region", { name: "Companies and persons" });
    expect(persons.textContent).toContain(`Persons${expected.makeUp.persons}`);
    expect(persons.textContent).toContain(`Companies${expected.makeUp.companies}`);
    expect(screen.getByRole("region", { name: "By salesperson" }).textContent).toContain("JO3");

    // Search narrows the list; the counts stay those of the whole segment.
    fireEvent.change(screen.getByRole("searchbox", { name: "Search members" }), {
      target: { value: expected.members[0].contactNo },
    });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    expect(screen.getByText(/1 of 1 matching \(3 members\)/)).toBeTruthy();
  });

  it("selects the segment's rows on the Segment Lines sheet, one contiguous block as one area", async () => {
    const book = await joSegment();
    const selectCells = jest.fn((_sheet: string, _address: string) => Promise.resolve());
    await openSegment({ book, selectCells });
    fireEvent.click(await screen.findByRole("button", { name: "Members" }));
    fireEvent.click(await screen.findByRole("button", { name: "Show in Segment Lines" }));
    await waitFor(() => expect(selectCells).toHaveBeenCalledTimes(1));
    // Header on row 1, the three lines right under it.
    expect(selectCells).toHaveBeenCalledWith("Segment Lines", "2:4");
  });

  it("selects lines in many separate blocks part by part, each address within Excel's 255 characters", async () => {
    const book = await joSegment();
    // 150 lines of SEG00001, each followed by a line of another segment: 150 separate one-row blocks.
    book.editRows("Segment Lines", (rows) =>
      Array.from({ length: 150 }, (_, i) => [
        [rows[0][0], 10000 * (i + 1), ...rows[0].slice(2)],
        ["SEG00002", 10000 * (i + 1), ...rows[0].slice(2)],
      ]).flat(),
    );
    const expected = Array.from({ length: 150 }, (_, i) => 2 + 2 * i);
    const selected: number[] = [];
    const selectCells = jest.fn((_sheet: string, address: string) => {
      expect(address.length).toBeLessThanOrEqual(255);
      for (const area of address.split(",")) {
        const [first, last] = area.split(":").map(Number);
        for (let row = first; row <= last; row++) selected.push(row);
      }
      return Promise.resolve();
    });
    await openSegment({ book, selectCells });
    fireEvent.click(await screen.findByRole("button", { name: "Members" }));
    fireEvent.click(await screen.findByRole("button", { name: "Show in Segment Lines" }));
    await screen.findByText(/selected \(\d+ of 150 so far\)/);
    expect(screen.getByText(/more separate blocks than Excel selects at once/)).toBeTruthy();
    const soFar = () => Number(/\((\d+) of 150 so far\)/.exec(screen.getByTestId("members").textContent ?? "")?.[1]);
    for (;;) {
      const next = screen.queryByRole("button", { name: /^Select the next/ });
      if (!next) break;
      const before = soFar();
      fireEvent.click(next);
      // The next part is said once it is selected: its button is then the one after it.
      await waitFor(() => expect(soFar()).toBeGreaterThan(before));
    }
    expect(selectCells.mock.calls.length).toBeGreaterThan(1);
    expect(selected).toEqual(expected);
    expect(screen.getByText("150 of 150 so far", { exact: false })).toBeTruthy();
  });

  it("says so beside the link when the rows cannot be selected", async () => {
    const book = await joSegment();
    const selectCells = () => Promise.reject(new Error("The sheet Segment Lines is hidden."));
    await openSegment({ book, selectCells });
    fireEvent.click(await screen.findByRole("button", { name: "Members" }));
    fireEvent.click(await screen.findByRole("button", { name: "Show in Segment Lines" }));
    const members = await screen.findByTestId("members");
    await within(members).findByText("The segment's rows could not be selected.");
    expect(members.textContent).toContain("The sheet Segment Lines is hidden.");
  });

  it("searches as plain text, ignoring case, in name, company, e-mail and number", () => {
    const members = [
      { lineNo: 10000, contactNo: "CT01", name: "Anna Berg", company: "Lund AB", email: "anna@lund.se" },
      { lineNo: 20000, contactNo: "CT02", name: "", company: "(.*) Ltd", email: "" },
    ];
    expect(matchingMembers(members, "BERG").map((m) => m.contactNo)).toEqual(["CT01"]);
    expect(matchingMembers(members, "(.*)").map((m) => m.contactNo)).toEqual(["CT02"]);
    expect(matchingMembers(members, "  ")).toHaveLength(2);
    expect(matchingMembers(members, "ct0")).toHaveLength(2);
  });
});
