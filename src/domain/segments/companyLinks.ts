import type { MultiColumn } from "../contacts/column";
import type { ContactTable } from "../contacts/table";

/** Rows of each company's contacts (the company and its persons), keyed by the company's row. */
const membersCache = new WeakMap<ContactTable, Map<number, number[]>>();

export function companyMembers(table: ContactTable): Map<number, number[]> {
  let members = membersCache.get(table);
  if (!members) {
    members = new Map();
    for (let row = 0; row < table.rowCount; row++) {
      const company = table.companyRow[row];
      if (company < 0) continue;
      let list = members.get(company);
      if (!list) members.set(company, (list = []));
      list.push(row);
    }
    membersCache.set(table, members);
  }
  return members;
}

const inheritedCache = new WeakMap<MultiColumn, MultiColumn>();

/**
 * docs/decisions.md §D6: a person matches Industry Groups and Business Relations on its own values or its company's,
 * so the filter sees the union. Built once per column by merging code lists (the dictionary is shared).
 */
export function withCompanyValues(table: ContactTable, column: MultiColumn): MultiColumn {
  const cached = inheritedCache.get(column);
  if (cached) return cached;
  const { cells, cellStarts, codes } = column;
  const cellCount = cellStarts.length - 1;
  // A row's merged cell is its own cell's values then its company's not among them: one per pair of cells.
  const mergedOf = new Map<number, number>();
  const mergedCells = new Int32Array(table.rowCount);
  const newStarts: number[] = [0, 0];
  const newCodes: number[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    const own = cells[row];
    const company = table.companyRow[row];
    const other = company >= 0 && company !== row ? cells[company] : 0;
    const pair = own * cellCount + other;
    let merged = pair === 0 ? 0 : mergedOf.get(pair);
    if (merged === undefined) {
      merged = newStarts.length - 1;
      mergedOf.set(pair, merged);
      const start = newCodes.length;
      for (let i = cellStarts[own]; i < cellStarts[own + 1]; i++) newCodes.push(codes[i]);
      for (let i = cellStarts[other]; i < cellStarts[other + 1]; i++) {
        if (!newCodes.includes(codes[i], start)) newCodes.push(codes[i]);
      }
      newStarts.push(newCodes.length);
    }
    mergedCells[row] = merged;
  }
  const merged: MultiColumn = {
    ...column,
    cells: mergedCells,
    cellStarts: Int32Array.from(newStarts),
    codes: Int32Array.from(newCodes),
  };
  inheritedCache.set(column, merged);
  return merged;
}
