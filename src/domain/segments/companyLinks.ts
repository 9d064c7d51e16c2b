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
  const { offsets, codes } = column;
  const newOffsets = new Int32Array(table.rowCount + 1);
  const newCodes: number[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    newOffsets[row] = newCodes.length;
    const start = newCodes.length;
    for (let i = offsets[row]; i < offsets[row + 1]; i++) newCodes.push(codes[i]);
    const company = table.companyRow[row];
    if (company >= 0 && company !== row) {
      for (let i = offsets[company]; i < offsets[company + 1]; i++) {
        if (!newCodes.includes(codes[i], start)) newCodes.push(codes[i]);
      }
    }
  }
  newOffsets[table.rowCount] = newCodes.length;
  const merged: MultiColumn = { ...column, offsets: newOffsets, codes: Int32Array.from(newCodes) };
  inheritedCache.set(column, merged);
  return merged;
}
