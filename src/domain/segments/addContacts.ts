import { BitSet } from "../bitset";
import type { ContactTable } from "../contacts/table";
import type { FilterEnv } from "../filter/contract";
import { foldCase } from "../text";
import type { InteractionTemplate } from "../interactions/template";
import { companyMembers } from "./companyLinks";
import { contactFacts, isExcluded } from "./contactFacts";
import type { SegmentHeader } from "./header";
import { fillLine, nextLineNo, LINE_NO_STEP, type SegmentLine } from "./line";
import { compareForLines } from "./lineOrder";
import { matchGroups } from "./matchStep";
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

/** The rows a step's matches grow to with Expand Companies and Allow Related Companies (bc-segments §3.3). */
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

/**
 * Add Contacts in BC's order: match → Expand Companies → Allow Related Companies → drop excluded (unless Ignore
 * Exclusion) → drop contacts already in the segment (unless Allow Existing Contacts) → new lines in sort order.
 */
export function planAddContacts(input: AddContactsInput): AddContactsPlan {
  const { table, options } = input;
  const matchedRows = matchGroups(table, input.groups, input.env, input.cache);
  const candidates = widen(table, matchedRows, options);
  const present = new Set(input.lines.map((line) => foldCase(line.contactNo)));
  let excluded = 0;
  let alreadyPresent = 0;
  const facts = [];
  for (const row of candidates.toArray()) {
    if (!options.ignoreExclusion && isExcluded(table, row)) {
      excluded++;
      continue;
    }
    if (!options.allowExistingContacts && present.has(foldCase(table.numbers[row]))) {
      alreadyPresent++;
      continue;
    }
    facts.push(contactFacts(table, row));
  }
  facts.sort(compareForLines(table.locale));
  const first = nextLineNo(input.lines);
  const newLines = facts.map((contact, i) =>
    fillLine(input.header.no, first + i * LINE_NO_STEP, input.header, contact, input.template),
  );
  return { matched: matchedRows.count(), excluded, alreadyPresent, newLines };
}
