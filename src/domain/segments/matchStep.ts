import { BitSet } from "../bitset";
import type { Column } from "../contacts/column";
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

/**
 * Matching rows of one condition. `cache` (keyed by field and filter) lets a caller that re-counts while the user
 * types skip the conditions that did not change.
 */
export function matchCondition(
  table: ContactTable,
  condition: Condition,
  env: FilterEnv,
  where: { groupIndex: number; conditionIndex: number },
  cache?: Map<string, BitSet>,
): BitSet {
  if (condition.table !== "Contact") {
    throw new DomainError("Criteria on the interaction log are not supported yet: filter on contact columns.", "not-supported");
  }
  const resolved = resolveField(table, condition.field);
  const key = `${resolved.columnIndex}\u0000${condition.filter}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  let rows: BitSet;
  try {
    rows = compileCondition(condition.filter, filterColumn(table, resolved.column), env).matchRows();
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
  cache?.set(key, rows);
  return rows;
}

/** DESIGN decision 7: a contact matches the step when it matches every condition of at least one group. */
export function matchGroups(
  table: ContactTable,
  groups: readonly FilterGroup[],
  env: FilterEnv,
  cache?: Map<string, BitSet>,
): BitSet {
  if (groups.length === 0) return BitSet.full(table.rowCount);
  let result = new BitSet(table.rowCount);
  groups.forEach((group, groupIndex) => {
    let rows = BitSet.full(table.rowCount);
    group.forEach((condition, conditionIndex) => {
      rows = rows.and(matchCondition(table, condition, env, { groupIndex, conditionIndex }, cache));
    });
    result = result.or(rows);
  });
  return result;
}
