/**
 * The values a condition's box suggests: each distinct value of a text column with the number of contacts that hold
 * it, counted on the column as the filter sees it (a person with its company's Industry Groups, docs/decisions.md §D6)
 * and ignoring case as equality does (docs/decisions.md §D1), so choosing "NEWS" with "is" counts exactly what the
 * suggestion said (docs/decisions.md §D41). The values are counted once, unordered, and only the few shown are picked
 * in order (docs/decisions.md §D105).
 */
import type { Column } from "../contacts/column";
import { StringTable } from "../contacts/stringTable";
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

/** A column's distinct non-blank values (spellings that differ only in case are one), in no order. */
export interface ValueCounts {
  /** The column's dictionary, which `spellings` index. */
  readonly dictionary: readonly string[];
  /** Each value folded (foldCase): the typed text is looked for in it. */
  readonly folded: readonly string[];
  /** Each value's code in the dictionary as most contacts spell it. */
  readonly spellings: Int32Array;
  /** Contacts holding each value. */
  readonly counts: Int32Array;
}

export const NO_VALUE_COUNTS: ValueCounts = {
  dictionary: [],
  folded: [],
  spellings: new Int32Array(0),
  counts: new Int32Array(0),
};

/** Distinct non-blank values of a text column with their counts; none for other columns. */
export function columnValueCounts(table: ContactTable, column: Column): ValueCounts {
  if (column.type !== "text") return NO_VALUE_COUNTS;
  const seen = filterColumn(table, column);
  if (seen.type !== "text") return NO_VALUE_COUNTS;
  const perCode = new Int32Array(seen.dictionary.length);
  if (seen.multiValued) {
    // The last row that counted each code: a contact with "NEWS; news" counts once for it.
    const lastRow = new Int32Array(seen.dictionary.length).fill(-1);
    for (let row = 0; row < table.rowCount; row++) {
      const cell = seen.cells[row];
      for (let i = seen.cellStarts[cell]; i < seen.cellStarts[cell + 1]; i++) {
        const code = seen.codes[i];
        if (lastRow[code] === row) continue;
        lastRow[code] = row;
        perCode[code]++;
      }
    }
  } else {
    for (let row = 0; row < table.rowCount; row++) perCode[seen.codes[row]]++;
  }
  // Spellings that differ only in case are one value to the filter: their rows are added up. A string table, not
  // a Map, numbers the values: at 100,000 distinct ones a Map's growing tables took most of the time (docs/decisions.md §D105).
  const values = new StringTable();
  const valueOf = new Int32Array(seen.dictionary.length).fill(-1);
  const spellings = new Int32Array(seen.dictionary.length);
  const counts = new Int32Array(seen.dictionary.length);
  let twoSpellings = false;
  for (let code = 1; code < seen.dictionary.length; code++) {
    if (perCode[code] === 0) continue;
    const known = values.size;
    const value = values.add(seen.folded[code]);
    valueOf[code] = value;
    if (value === known) spellings[value] = code;
    else {
      twoSpellings = true;
      if (perCode[code] > perCode[spellings[value]]) spellings[value] = code;
    }
    counts[value] += perCode[code];
  }
  // A multi-valued cell may hold two spellings of one value ("NEWS; news"): those values are counted by contact.
  if (twoSpellings && seen.multiValued) {
    const lastRow = new Int32Array(values.size).fill(-1);
    counts.fill(0);
    for (let row = 0; row < table.rowCount; row++) {
      const cell = seen.cells[row];
      for (let i = seen.cellStarts[cell]; i < seen.cellStarts[cell + 1]; i++) {
        const value = valueOf[seen.codes[i]];
        if (value < 0 || lastRow[value] === row) continue;
        lastRow[value] = row;
        counts[value]++;
      }
    }
  }
  return {
    dictionary: seen.dictionary,
    folded: values.keys,
    spellings: spellings.subarray(0, values.size),
    counts: counts.subarray(0, values.size),
  };
}

/**
 * The values containing the typed text (case ignored, as plain text: no pattern is built from it), most frequent
 * first, then by value: the first `limit` of that order, picked in one pass without ordering the others.
 */
export function suggestValues(counts: ValueCounts, typed: string, limit: number): ValueCount[] {
  const wanted = foldCase(typed.trim());
  const picked: number[] = [];
  const spelling = (value: number) => counts.dictionary[counts.spellings[value]];
  const before = (a: number, b: number) =>
    counts.counts[a] > counts.counts[b] || (counts.counts[a] === counts.counts[b] && spelling(a) < spelling(b));
  if (limit <= 0) return [];
  for (let i = 0; i < counts.folded.length; i++) {
    if (picked.length === limit && !before(i, picked[limit - 1])) continue;
    if (wanted !== "" && !counts.folded[i].includes(wanted)) continue;
    let at = Math.min(picked.length, limit - 1);
    if (picked.length < limit) picked.push(i);
    while (at > 0 && before(i, picked[at - 1])) {
      picked[at] = picked[at - 1];
      at--;
    }
    picked[at] = i;
  }
  return picked.map((i) => ({ value: spelling(i), count: counts.counts[i] }));
}

/**
 * The value counts of any field a condition names, each column counted once, when it is first asked for: most
 * columns are never filtered, and counting one takes a pass over every contact.
 */
export function valueCountsOf(table: ContactTable): (field: string) => ValueCounts {
  const counted = new Map<number, ValueCounts>();
  return (field) => {
    let index: number;
    try {
      index = resolveField(table, field).columnIndex;
    } catch {
      return NO_VALUE_COUNTS;
    }
    let counts = counted.get(index);
    if (!counts) counted.set(index, (counts = columnValueCounts(table, table.columns[index])));
    return counts;
  };
}
