/**
 * The values a condition's box suggests: each distinct value of a text column with the number of contacts that hold
 * it, counted on the column as the filter sees it (a person with its company's Industry Groups, docs/decisions.md §D6)
 * and ignoring case as equality does (docs/decisions.md §D1), so choosing "NEWS" with "is" counts exactly what the
 * suggestion said (docs/decisions.md §D41).
 */
import type { Column } from "../contacts/column";
import type { ContactTable } from "../contacts/table";
import { foldCase } from "../text";
import { resolveField } from "./fieldResolution";
import { filterColumn } from "./matchStep";

export interface ValueCount {
  /** The value as most contacts spell it. */
  readonly value: string;
  /** Contacts holding it (a contact listing it twice counts once). */
  readonly count: number;
}

/** Distinct non-blank values of a text column with their counts, most frequent first, then by value; [] for others. */
export function columnValueCounts(table: ContactTable, column: Column): ValueCount[] {
  if (column.type !== "text") return [];
  const seen = filterColumn(table, column);
  if (seen.type !== "text") return [];
  const perCode = new Int32Array(seen.dictionary.length);
  if (seen.multiValued) {
    // The last row that counted each code: a contact with "NEWS; news" counts once for it.
    const lastRow = new Int32Array(seen.dictionary.length).fill(-1);
    for (let row = 0; row < table.rowCount; row++) {
      for (let i = seen.offsets[row]; i < seen.offsets[row + 1]; i++) {
        const code = seen.codes[i];
        if (lastRow[code] === row) continue;
        lastRow[code] = row;
        perCode[code]++;
      }
    }
  } else {
    for (let row = 0; row < table.rowCount; row++) perCode[seen.codes[row]]++;
  }
  // Spellings that differ only in case are one value to the filter: their rows are added up.
  const byFolded = new Map<string, { value: string; best: number; count: number }>();
  const rowsOfFolded = new Map<string, Set<number>>();
  for (let code = 1; code < seen.dictionary.length; code++) {
    if (perCode[code] === 0) continue;
    const folded = foldCase(seen.dictionary[code]);
    const entry = byFolded.get(folded);
    if (!entry) byFolded.set(folded, { value: seen.dictionary[code], best: perCode[code], count: perCode[code] });
    else {
      if (perCode[code] > entry.best) Object.assign(entry, { value: seen.dictionary[code], best: perCode[code] });
      entry.count += perCode[code];
      if (seen.multiValued) rowsOfFolded.set(folded, new Set());
    }
  }
  // A multi-valued cell may hold two spellings of one value ("NEWS; news"): those values are counted by contact.
  if (rowsOfFolded.size > 0 && seen.multiValued) {
    for (let row = 0; row < table.rowCount; row++) {
      for (let i = seen.offsets[row]; i < seen.offsets[row + 1]; i++) {
        rowsOfFolded.get(foldCase(seen.dictionary[seen.codes[i]]))?.add(row);
      }
    }
    for (const [folded, rows] of rowsOfFolded) byFolded.get(folded)!.count = rows.size;
  }
  return [...byFolded.values()]
    .map(({ value, count }) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
}

const compareValues = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The values containing the typed text (case ignored, as plain text: no pattern is built from it), the first `limit`. */
export function suggestValues(counts: readonly ValueCount[], typed: string, limit: number): ValueCount[] {
  const wanted = foldCase(typed.trim());
  const out: ValueCount[] = [];
  for (const entry of counts) {
    if (out.length >= limit) break;
    if (wanted === "" || foldCase(entry.value).includes(wanted)) out.push(entry);
  }
  return out;
}

/**
 * The value counts of any field a condition names, each column counted once, when it is first asked for: most
 * columns are never filtered, and counting one takes a pass over every contact.
 */
export function valueCountsOf(table: ContactTable): (field: string) => readonly ValueCount[] {
  const counted = new Map<number, ValueCount[]>();
  return (field) => {
    let index: number;
    try {
      index = resolveField(table, field).columnIndex;
    } catch {
      return [];
    }
    let counts = counted.get(index);
    if (!counts) counted.set(index, (counts = columnValueCounts(table, table.columns[index])));
    return counts;
  };
}
