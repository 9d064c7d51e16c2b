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
