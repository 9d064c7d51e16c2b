/**
 * What a set of contacts is made of, for the pane's make-up summary of a segment (or of the contacts a step would
 * add): companies and persons, by salesperson, by correspondence type, with and without an e-mail address, and
 * how many are flagged Exclude from Segment. Counts only: the pane draws them and says them in words.
 */
import type { ContactTable } from "../contacts/table";
import { contactFacts, type ContactFacts } from "./contactFacts";

export interface CountBy {
  /** The code as on the sheet; "" for a blank one. */
  readonly key: string;
  readonly count: number;
}

export interface MakeUp {
  readonly total: number;
  readonly companies: number;
  readonly persons: number;
  readonly withEmail: number;
  readonly withoutEmail: number;
  readonly excluded: number;
  /** Largest first, then by code: a stable order for the bars. */
  readonly bySalesperson: readonly CountBy[];
  readonly byCorrespondenceType: readonly CountBy[];
}

type Facts = Pick<ContactFacts, "isCompany" | "salespersonCode" | "correspondenceType" | "email" | "excluded">;

function countBy(contacts: readonly Facts[], pick: (contact: Facts) => string): CountBy[] {
  const counts = new Map<string, number>();
  for (const contact of contacts) {
    const key = pick(contact).trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function makeUpOf(contacts: readonly Facts[]): MakeUp {
  const companies = contacts.filter((contact) => contact.isCompany).length;
  const withEmail = contacts.filter((contact) => contact.email.trim() !== "").length;
  return {
    total: contacts.length,
    companies,
    persons: contacts.length - companies,
    withEmail,
    withoutEmail: contacts.length - withEmail,
    excluded: contacts.filter((contact) => contact.excluded).length,
    bySalesperson: countBy(contacts, (contact) => contact.salespersonCode),
    byCorrespondenceType: countBy(contacts, (contact) => contact.correspondenceType),
  };
}

/** The make-up of the contacts on these rows of the contact table: what a step would add or remove (docs/decisions.md §D42). */
export function makeUpOfRows(table: ContactTable, rows: Iterable<number>): MakeUp {
  const facts: ContactFacts[] = [];
  for (const row of rows) facts.push(contactFacts(table, row));
  return makeUpOf(facts);
}
