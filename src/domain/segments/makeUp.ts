/**
 * What a set of contacts is made of, for the pane's make-up summary of a segment (or of the contacts a step would
 * add): companies and persons, by salesperson, by correspondence type, with and without an e-mail address, and
 * how many are flagged Exclude from Segment. Counts only: the pane draws them and says them in words.
 */
import type { ContactTable } from "../contacts/table";
import { cellText, type Column } from "../contacts/column";
import type { FieldId } from "../contacts/fields";
import { correspondenceTypeOf, isExcluded, type ContactFacts } from "./contactFacts";
import type { CorrespondenceType } from "./header";

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

/** Counts contacts one at a time: makeUpOf and makeUpOfRows both feed it, so they count alike. */
class MakeUpCount {
  private total = 0;
  private companies = 0;
  private withEmail = 0;
  private excluded = 0;
  private readonly salespeople = new Map<string, number>();
  private readonly types = new Map<string, number>();

  /** `times` contacts alike (a database's grouped count), one by default. */
  add(
    isCompany: boolean,
    salespersonCode: string,
    correspondenceType: string,
    hasEmail: boolean,
    excluded: boolean,
    times = 1,
  ) {
    this.total += times;
    if (isCompany) this.companies += times;
    if (hasEmail) this.withEmail += times;
    if (excluded) this.excluded += times;
    bump(this.salespeople, salespersonCode.trim(), times);
    bump(this.types, correspondenceType.trim(), times);
  }

  result(): MakeUp {
    return {
      total: this.total,
      companies: this.companies,
      persons: this.total - this.companies,
      withEmail: this.withEmail,
      withoutEmail: this.total - this.withEmail,
      excluded: this.excluded,
      bySalesperson: largestFirst(this.salespeople),
      byCorrespondenceType: largestFirst(this.types),
    };
  }
}

const bump = (counts: Map<string, number>, key: string, times: number) =>
  counts.set(key, (counts.get(key) ?? 0) + times);

const largestFirst = (counts: ReadonlyMap<string, number>): CountBy[] =>
  [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

export function makeUpOf(contacts: readonly Facts[]): MakeUp {
  const count = new MakeUpCount();
  for (const c of contacts)
    count.add(c.isCompany, c.salespersonCode, c.correspondenceType, hasEmail(c.email), c.excluded);
  return count.result();
}

/**
 * The make-up of the contacts on these rows of the contact table: what a step would add or remove
 * (docs/decisions.md §D42). The preview runs on every keystroke, so only the columns the make-up counts are read,
 * found once, and each correspondence type's text is judged once.
 */
export function makeUpOfRows(table: ContactTable, rows: Iterable<number>): MakeUp {
  const columnOf = (field: FieldId) => {
    const index = table.fieldColumns[field];
    return index === undefined ? undefined : table.columns[index];
  };
  const [salesperson, typeColumn, email] = [
    columnOf("salespersonCode"),
    columnOf("correspondenceType"),
    columnOf("email"),
  ];
  const text = (column: Column | undefined, row: number) => (column ? cellText(column, row) : "");
  const types = new Map<string, CorrespondenceType>();
  const count = new MakeUpCount();
  for (const row of rows) {
    const typeText = text(typeColumn, row);
    let type = types.get(typeText);
    if (type === undefined) types.set(typeText, (type = correspondenceTypeOf(typeText)));
    count.add(
      table.isCompany[row] === 1,
      text(salesperson, row),
      type,
      hasEmail(text(email, row)),
      isExcluded(table, row),
    );
  }
  return count.result();
}

const hasEmail = (email: string) => email.trim() !== "";

/**
 * Contacts alike in what the make-up counts, and how many: what a database answers instead of the rows
 * (docs/decisions.md §D61). The texts are the cells' as the contact table would hold them.
 */
export interface MakeUpTally {
  readonly isCompany: boolean;
  readonly salespersonCode: string;
  /** The cell's text; read as a correspondence type here, by the same rule as on a sheet. */
  readonly correspondenceType: string;
  readonly hasEmail: boolean;
  readonly excluded: boolean;
  readonly count: number;
}

/** The make-up of tallied contacts: the same counts makeUpOfRows gives for the rows they stand for. */
export function makeUpOfTallies(tallies: readonly MakeUpTally[]): MakeUp {
  const count = new MakeUpCount();
  for (const t of tallies)
    count.add(
      t.isCompany,
      t.salespersonCode,
      correspondenceTypeOf(t.correspondenceType),
      t.hasEmail,
      t.excluded,
      t.count,
    );
  return count.result();
}
