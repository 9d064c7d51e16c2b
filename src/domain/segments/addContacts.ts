import { BitSet } from "../bitset";
import type { ContactTable } from "../contacts/table";
import type { FilterEnv } from "../filter/contract";
import type { InteractionTemplate } from "../interactions/template";
import { companyMembers } from "./companyLinks";
import { contactFacts, isExcluded } from "./contactFacts";
import type { SegmentHeader } from "./header";
import { fillLine, nextLineNo, LINE_NO_STEP, type SegmentLine } from "./line";
import { compareForLines } from "./lineOrder";
import type { EntryTable } from "../interactions/entryTable";
import { makeUpOfRows, makeUpOfTallies, type MakeUp, type MakeUpTally } from "./makeUp";
import { matchGroups } from "./matchStep";
import { contactRowsOfLines } from "./lineContact";
import type { FilterGroup, StepOptions } from "./step";

export interface AddContactsInput {
  readonly table: ContactTable;
  readonly header: SegmentHeader;
  /** The segment's current lines. */
  readonly lines: readonly SegmentLine[];
  readonly template?: InteractionTemplate;
  readonly groups: readonly FilterGroup[];
  readonly options: StepOptions;
  readonly env: FilterEnv;
  readonly cache?: Map<string, BitSet>;
  /** The Interaction Log as columns, when a condition filters on it. */
  readonly entries?: EntryTable;
}

export interface AddContactsPlan {
  /** Contacts the filters matched (before expansion). */
  readonly matched: number;
  /** Contacts left out because Exclude from Segment is set (after expansion). */
  readonly excluded: number;
  /** Contacts left out because they already have a line (without Allow Existing Contacts). */
  readonly alreadyPresent: number;
  /** The new lines, numbered and in BC's order. */
  readonly newLines: readonly SegmentLine[];
}

/** The rows a step's matches grow to with Expand Companies and Allow Related Companies (docs/business-rules.md §3.3). */
function widen(table: ContactTable, matched: BitSet, options: StepOptions): BitSet {
  if (!options.expandCompanies && !options.allowRelatedCompanies) return matched;
  const rows = matched.clone();
  const members = options.expandCompanies ? companyMembers(table) : undefined;
  for (const row of matched.toArray()) {
    const company = table.companyRow[row];
    if (company < 0) continue;
    if (members) for (const member of members.get(company) ?? []) rows.add(member);
    if (options.allowRelatedCompanies) rows.add(company);
  }
  return rows;
}

/** What an Add step selects, before any line is built: the counts and the rows that get a line, in row order. */
export interface AddSelection {
  readonly matched: number;
  readonly excluded: number;
  readonly alreadyPresent: number;
  readonly rows: readonly number[];
}

/** The counts a `--preview` of Add shows: matched, left out as excluded or already present, and added. */
export interface AddContactsPreview {
  readonly matched: number;
  readonly excluded: number;
  readonly alreadyPresent: number;
  readonly added: number;
  /** What the added contacts are made of: companies and persons, e-mail, salesperson, correspondence type. */
  readonly makeUp: MakeUp;
}

/**
 * BC's order (docs/business-rules.md §3.3): match → Expand Companies → Allow Related Companies → drop excluded (unless
 * Ignore Exclusion; per contact, so also contacts pulled in by expansion) → drop contacts that already have a
 * line (unless Allow Existing Contacts). Lines find their contacts by Contact No., ignoring case; a line whose
 * contact is not on the sheet cannot block anyone.
 */
export function selectAddContacts(input: Omit<AddContactsInput, "header" | "template">): AddSelection {
  const { table, options } = input;
  const matchedRows = matchGroups(table, input.groups, input.env, input.cache, input.entries);
  const candidates = widen(table, matchedRows, options);
  const present = new BitSet(table.rowCount);
  for (const row of contactRowsOfLines(table, input.lines)) if (row >= 0) present.add(row);
  let excluded = 0;
  let alreadyPresent = 0;
  const rows: number[] = [];
  for (const row of candidates.toArray()) {
    if (!options.ignoreExclusion && isExcluded(table, row)) excluded++;
    else if (!options.allowExistingContacts && present.has(row)) alreadyPresent++;
    else rows.push(row);
  }
  return { matched: matchedRows.count(), excluded, alreadyPresent, rows };
}

/** The counts of planAddContacts without building lines: what the pane shows on every keystroke. */
export function previewAddContacts(input: Omit<AddContactsInput, "header" | "template">): AddContactsPreview {
  const { matched, excluded, alreadyPresent, rows } = selectAddContacts(input);
  return { matched, excluded, alreadyPresent, added: rows.length, makeUp: makeUpOfRows(input.table, rows) };
}

/**
 * An Add step counted where the contacts are (docs/decisions.md §D61): the counts of selectAddContacts, and the
 * contacts it would add tallied by what the make-up counts.
 */
export interface AddStepCounts {
  readonly matched: number;
  readonly excluded: number;
  readonly alreadyPresent: number;
  readonly added: readonly MakeUpTally[];
}

/** The preview of counts made elsewhere: what previewAddContacts gives for the same contacts. */
export function previewOfCounts(counts: AddStepCounts): AddContactsPreview {
  const makeUp = makeUpOfTallies(counts.added);
  const { matched, excluded, alreadyPresent } = counts;
  return { matched, excluded, alreadyPresent, added: makeUp.total, makeUp };
}

/** Add Contacts: the selection above, then new lines numbered after the last one in BC's sort order (docs/business-rules.md §3.4). */
export function planAddContacts(input: AddContactsInput): AddContactsPlan {
  const { table } = input;
  const { matched, excluded, alreadyPresent, rows } = selectAddContacts(input);
  const facts = rows.map((row) => contactFacts(table, row));
  facts.sort(compareForLines(table.locale));
  const first = nextLineNo(input.lines);
  const newLines = facts.map((contact, i) =>
    fillLine(input.header.no, first + i * LINE_NO_STEP, input.header, contact, input.template),
  );
  return { matched, excluded, alreadyPresent, newLines };
}
