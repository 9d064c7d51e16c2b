import { BitSet } from "../bitset";
import { type Column, rowCountOf } from "../contacts/column";
import type { ContactTable } from "../contacts/table";
import { DomainError } from "../errors";
import { compileCondition } from "../filter";
import type { FilterEnv } from "../filter/contract";
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
  ) {
    super(message, "filter");
    this.name = "ConditionError";
  }
}

function filterColumn(table: ContactTable, column: Column): Column {
  const inherits = column.field === "industryGroups" || column.field === "businessRelations";
  return inherits && column.type === "text" && column.multiValued ? withCompanyValues(table, column) : column;
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
  if (condition.table !== "Contact") {
    throw new DomainError("Criteria on the interaction log are not supported yet: filter on contact columns.", "not-supported");
  }
  const resolved = resolveField(table, condition.field);
  const column = filterColumn(table, resolved.column);
  try {
    const compiled = compileCondition(condition.filter, column, env);
    return { key: `${resolved.columnIndex}\u0000${condition.filter}`, cost: costOf(column), matchRows: (within) => compiled.matchRows(within) };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const position = (error as { position?: unknown }).position;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConditionError(
      `Filter on ${resolved.caption} "${condition.filter}" (group ${where.groupIndex + 1}): ${detail}`,
      where.groupIndex,
      where.conditionIndex,
      typeof position === "number" ? position : undefined,
    );
  }
}

/** Rough work to test every row: a pass over the rows plus string tests over the distinct values. */
function costOf(column: Column): number {
  if (column.type !== "text") return rowCountOf(column);
  const strings = column.dictionary.length * 4;
  return (column.multiValued ? column.codes.length * 1.5 : rowCountOf(column)) + strings;
}

/**
 * DESIGN decision 7: a contact matches the step when it matches every condition of at least one group.
 * Conditions compile in the user's order (so the first error reported is the first one typed), then run
 * cheapest first, each testing only the rows the previous ones left. `cache` (keyed by column and filter)
 * keeps whole-sheet results for a caller that re-counts while the user types, so unchanged conditions are
 * not evaluated again.
 */
export function matchGroups(
  table: ContactTable,
  groups: readonly FilterGroup[],
  env: FilterEnv,
  cache?: Map<string, BitSet>,
): BitSet {
  if (groups.length === 0) return BitSet.full(table.rowCount);
  const prepared = groups.map((group, groupIndex) =>
    group.map((condition, conditionIndex) => prepareCondition(table, condition, env, { groupIndex, conditionIndex })),
  );
  let result = new BitSet(table.rowCount);
  for (const group of prepared) {
    const ordered = [...group].sort((a, b) => a.cost - b.cost);
    let rows: BitSet | undefined;
    for (const condition of ordered) {
      if (cache) {
        let whole = cache.get(condition.key);
        if (!whole) {
          whole = condition.matchRows();
          cache.set(condition.key, whole);
        }
        rows = rows ? rows.and(whole) : whole;
      } else {
        rows = condition.matchRows(rows);
      }
    }
    result = result.or(rows ?? BitSet.full(table.rowCount));
  }
  return result;
}
