import { BitSet } from "../bitset";
import { type Column, rowCountOf } from "../contacts/column";
import type { ContactTable } from "../contacts/table";
import { DomainError, type DomainErrorParams } from "../errors";
import { compileCondition, FilterError } from "../filter";
import type { CompiledCondition, FilterEnv } from "../filter/contract";
import { resolveEntryField, type EntryTable } from "../interactions/entryTable";
import { withCompanyValues } from "./companyLinks";
import { resolveField } from "./fieldResolution";
import type { Condition, FilterGroup } from "./step";

/** A condition whose filter does not parse or fit its column; `position` is the 1-based character in the filter. */
export class ConditionError extends DomainError {
  constructor(
    message: string,
    readonly groupIndex: number,
    readonly conditionIndex: number,
    readonly position: number | undefined,
    params?: DomainErrorParams,
  ) {
    super(message, "filter", params);
    this.name = "ConditionError";
  }
}

/** docs/decisions.md §D6: Industry Groups and Business Relations match a person on its company's values too. */
export function inheritsCompanyValues(column: Column): column is Column & { type: "text"; multiValued: true } {
  const inherits = column.field === "industryGroups" || column.field === "businessRelations";
  return inherits && column.type === "text" && column.multiValued;
}

/** The column as a condition sees it: Industry Groups and Business Relations with the company's values too. */
export function filterColumn(table: ContactTable, column: Column): Column {
  return inheritsCompanyValues(column) ? withCompanyValues(table, column) : column;
}

/** A condition compiled for its column, ready to run; `cost` orders a group's conditions cheapest first. */
interface PreparedCondition {
  readonly key: string;
  readonly cost: number;
  matchRows(within?: BitSet): BitSet;
}

/** Compiles a condition (errors name the field, the group and the character); nothing is evaluated yet. */
function prepareCondition(
  table: ContactTable,
  condition: Condition,
  env: FilterEnv,
  where: { groupIndex: number; conditionIndex: number },
): PreparedCondition {
  const resolved = resolveField(table, condition.field);
  const column = filterColumn(table, resolved.column);
  const compiled = compileOrExplain(condition, column, resolved.caption, env, where);
  const unjudged = unjudgedSet(table, resolved.column);
  return {
    key: `${resolved.columnIndex}\u0000${condition.filter}\u0000${env.today}\u0000${env.workdate}`,
    cost: costOf(column),
    matchRows: unjudged
      ? (within) => compiled.matchRows(within).andNot(unjudged)
      : (within) => compiled.matchRows(within),
  };
}

const unjudgedSets = new WeakMap<Column, BitSet>();

/** The contacts a condition on the column cannot judge (error, uncomputed or stray cells): it never selects them. */
function unjudgedSet(table: ContactTable, column: Column): BitSet | undefined {
  const rows = column.unjudgedRows;
  if (!rows || rows.length === 0) return undefined;
  let set = unjudgedSets.get(column);
  if (!set) {
    set = BitSet.fromIndexes(table.rowCount, rows);
    unjudgedSets.set(column, set);
  }
  return set;
}

/**
 * A group's interaction conditions as one: a contact qualifies when one of its own entries meets them all
 * (docs/business-rules.md §3.1). Entries are few beside contacts, so they run whole; the contacts follow from the entries.
 */
function prepareEntryConditions(
  table: ContactTable,
  entries: EntryTable | undefined,
  conditions: readonly { condition: Condition; conditionIndex: number }[],
  env: FilterEnv,
  groupIndex: number,
): PreparedCondition {
  const available = entries ?? EMPTY_ENTRIES;
  const compiled = conditions.map(({ condition, conditionIndex }) => {
    const resolved = resolveEntryField(available, condition.field);
    return compileOrExplain(condition, resolved.column, `Interaction Log ${resolved.caption}`, env, {
      groupIndex,
      conditionIndex,
    });
  });
  return {
    key: `entries\u0000${conditions.map(({ condition }) => `${condition.field}\u0000${condition.filter}`).join("\u0001")}\u0000${env.today}\u0000${env.workdate}`,
    cost: available.rowCount + table.rowCount,
    matchRows(within) {
      let matching: BitSet | undefined;
      for (const condition of compiled) matching = condition.matchRows(matching);
      const contacts = new BitSet(table.rowCount);
      for (const entry of matching?.toArray() ?? []) {
        const row = available.contactRows[entry];
        if (row >= 0) contacts.add(row);
      }
      return within ? contacts.and(within) : contacts;
    },
  };
}

const EMPTY_ENTRIES: EntryTable = { rowCount: 0, fields: [], columns: [], contactRows: new Int32Array(0) };

function compileOrExplain(
  condition: Condition,
  column: Column,
  caption: string,
  env: FilterEnv,
  where: { groupIndex: number; conditionIndex: number },
): CompiledCondition {
  try {
    return compileCondition(condition.filter, column, env);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const position = (error as { position?: unknown }).position;
    const detail = error instanceof Error ? error.message : String(error);
    const inner = error instanceof FilterError && error.params ? error : undefined;
    throw new ConditionError(
      `Filter on ${caption} "${condition.filter}" (group ${where.groupIndex + 1}): ${detail}`,
      where.groupIndex,
      where.conditionIndex,
      typeof position === "number" ? position : undefined,
      inner && {
        ...inner.params,
        key: `filter-${inner.code}`,
        caption,
        filter: condition.filter,
        group: where.groupIndex + 1,
      },
    );
  }
}

/** Whole-sheet results kept at most (a bit set is rowCount / 8 bytes: 125 KB at a million contacts). */
const CACHE_LIMIT = 64;

/** Rough work to test every row: a pass over the rows plus string tests over the distinct values. */
function costOf(column: Column): number {
  if (column.type !== "text") return rowCountOf(column);
  const strings = column.dictionary.length * 4;
  return (column.multiValued ? rowCountOf(column) * 1.5 : rowCountOf(column)) + strings;
}

/**
 * docs/decisions.md §D7: a contact matches the step when it matches every condition of at least one group.
 * Conditions compile in the user's order (so the first error reported is the first one typed), then run
 * cheapest first, each testing only the rows the previous ones left. `cache` (keyed by column and filter)
 * keeps whole-sheet results for a caller that re-counts while the user types: unchanged conditions are not
 * evaluated again, and the changed one only tests the rows they leave.
 */
export function matchGroups(
  table: ContactTable,
  groups: readonly FilterGroup[],
  env: FilterEnv,
  cache?: Map<string, BitSet>,
  entries?: EntryTable,
): BitSet {
  if (groups.length === 0) return BitSet.full(table.rowCount);
  const prepared = groups.map((group, groupIndex) => {
    const numbered = group.map((condition, conditionIndex) => ({ condition, conditionIndex }));
    const onContacts = numbered.filter(({ condition }) => condition.table === "Contact");
    const onEntries = numbered.filter(({ condition }) => condition.table === "Interaction Log");
    const conditions = onContacts.map(({ condition, conditionIndex }) =>
      prepareCondition(table, condition, env, { groupIndex, conditionIndex }),
    );
    if (onEntries.length > 0) conditions.push(prepareEntryConditions(table, entries, onEntries, env, groupIndex));
    return conditions;
  });
  let result = new BitSet(table.rowCount);
  for (const group of prepared) {
    const ordered = [...group].sort((a, b) => a.cost - b.cost);
    // Cached whole-sheet results first: the conditions the user is not typing in cost nothing.
    let rows: BitSet | undefined;
    for (const condition of ordered) {
      const hit = cache?.get(condition.key);
      if (hit) rows = rows ? rows.and(hit) : hit;
    }
    for (const condition of ordered) {
      if (cache?.has(condition.key)) continue;
      if (rows || !cache) {
        rows = condition.matchRows(rows);
        continue;
      }
      // Only a group's first evaluated condition runs on the whole sheet; that result is worth keeping.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      rows = condition.matchRows();
      cache.set(condition.key, rows);
    }
    result = result.or(rows ?? BitSet.full(table.rowCount));
  }
  return result;
}
