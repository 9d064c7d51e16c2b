/**
 * Who is in a segment and what it is made of, for the pane's Members section: each line's contact (name, company,
 * e-mail as the contact sheet has them now) and the make-up of the segment's contacts. A line whose contact is no
 * longer on the sheet is listed with the names the line carries and left out of the make-up.
 */
import { contactFacts } from "../domain/segments/contactFacts";
import { contactRowOfLine } from "../domain/segments/lineContact";
import { makeUpOf, type MakeUp } from "../domain/segments/makeUp";
import { loadContacts } from "./store/contactSource";
import type { RunContext, SegmentBook } from "./store/ports";
import { loadSegment } from "./store/segmentRecords";

export interface Member {
  readonly lineNo: number;
  readonly contactNo: string;
  readonly name: string;
  readonly company: string;
  readonly email: string;
}

export interface SegmentMembers {
  /** In Line No. order. */
  readonly members: readonly Member[];
  readonly makeUp: MakeUp;
  /** Lines whose contact is not on the contact sheet. */
  readonly notOnSheet: number;
}

export async function segmentMembers(book: SegmentBook, ctx: RunContext, segmentNo: string): Promise<SegmentMembers> {
  const segment = await loadSegment(book, segmentNo);
  const { table } = await loadContacts(book, ctx);
  const lines = segment.lines.map((line) => line.record).sort((a, b) => a.lineNo - b.lineNo);
  const members: Member[] = [];
  const facts = [];
  let notOnSheet = 0;
  for (const line of lines) {
    const row = contactRowOfLine(table, line);
    if (row < 0) {
      notOnSheet++;
      members.push({
        lineNo: line.lineNo,
        contactNo: line.contactNo,
        name: line.contactName,
        company: line.contactCompanyName,
        email: "",
      });
      continue;
    }
    const contact = contactFacts(table, row);
    facts.push(contact);
    members.push({
      lineNo: line.lineNo,
      contactNo: contact.no,
      name: contact.isCompany ? "" : contact.name,
      company: contact.companyName || (contact.isCompany ? contact.name : ""),
      email: contact.email,
    });
  }
  return { members, makeUp: makeUpOf(facts), notOnSheet };
}
