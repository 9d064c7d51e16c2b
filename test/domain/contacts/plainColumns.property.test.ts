/**
 * A text column keeps a dictionary while its values repeat and goes plain (an entry per value) once they turn out
 * nearly unique (docs/decisions.md §D36); a multi-valued column splits each distinct cell once and copies it after.
 * Whichever way a column is held, every filter must select what a plain reading of the raw cells selects: random
 * columns with random shares of distinct values, against an oracle written here over the cells as the sheet has
 * them.
 */
import fc from "fast-check";
import { buildContactTable, cellText, type Column, type ContactTable } from "../../../src/domain/contacts";
import { FIRST_UNIQUENESS_CHECK } from "../../../src/domain/contacts/dictionary";
import { compileCondition, type FilterEnv } from "../../../src/domain/filter";

const ENV: FilterEnv = { today: "2025-06-30", workdate: "2025-06-30", locale: "en" };
const collator = new Intl.Collator("en", { sensitivity: "accent" });

// ---- the cells ------------------------------------------------------------------------------------------------

const letter = fc.constantFrom("a", "B", "z", "å", "Ö", "e", "K");
const word = fc
  .tuple(letter, fc.string({ unit: fc.constantFrom("a", "B", "z", "å", "Ö", "e", "1", "0"), maxLength: 5 }))
  .map(([first, rest]) => first + rest);

/** How a cell writes a value: padded, with a non-breaking space, å decomposed, or as it is. */
const spelling = (value: string) =>
  fc
    .constantFrom("plain", "plain", "padded", "nbsp", "decomposed", "upper")
    .map((how) =>
      how === "padded"
        ? `  ${value} `
        : how === "nbsp"
          ? `\u00a0${value}`
          : how === "decomposed"
            ? value.normalize("NFD")
            : how === "upper"
              ? value.toUpperCase()
              : value,
    );

/** A cell drawn from a pool of values, or blank, or an error value (read as blank, and listed as not judged). */
function cellFrom(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...pool).chain(spelling) },
    { weight: 1, arbitrary: fc.constantFrom("", " ") },
    { weight: 1, arbitrary: fc.constant("#N/A") },
  );
}

/** A Mailing Groups cell: one to three codes with the sheet's separators. */
const listOf = (codes: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...codes).chain(spelling), { minLength: 1, maxLength: 3 }),
      fc.constantFrom("; ", ",", ";", " , "),
    )
    .map(([items, separator]) => items.join(separator));

interface Sheet {
  readonly names: readonly string[];
  readonly lists: readonly string[];
  /** Values the filters draw their literals from. */
  readonly nameValues: readonly string[];
  readonly codes: readonly string[];
}

/** `distinct` decides the pool's size against the rows, so some columns repeat a few values and some hardly repeat. */
function sheetOf(rowCount: fc.Arbitrary<number>, distinct: fc.Arbitrary<number>): fc.Arbitrary<Sheet> {
  return fc.tuple(rowCount, distinct).chain(([rows, share]) => {
    const poolSize = Math.max(1, Math.round(rows * share));
    return fc
      .tuple(
        fc.uniqueArray(word, { minLength: poolSize, maxLength: poolSize, selector: (w) => w.toLowerCase() }),
        fc.uniqueArray(word, { minLength: 3, maxLength: 8, selector: (w) => w.toLowerCase() }),
      )
      .chain(([nameValues, codes]) => {
        // Whole lists repeat as often as names do: a pool of lists of the same size.
        const listPool = fc.array(listOf(codes), { minLength: poolSize, maxLength: poolSize });
        return listPool.chain((lists) =>
          fc.record({
            names: fc.array(cellFrom(nameValues), { minLength: rows, maxLength: rows }),
            lists: fc.array(cellFrom(lists), { minLength: rows, maxLength: rows }),
            nameValues: fc.constant(nameValues),
            codes: fc.constant(codes),
          }),
        );
      });
  });
}

// ---- the filters, as data the oracle reads and as the text a user types -------------------------------------

type Term =
  | { readonly kind: "eq" | "ne" | "contains" | "prefix"; readonly text: string }
  | { readonly kind: "blank" | "notBlank" }
  | { readonly kind: "range"; readonly from: string; readonly to: string };

interface Filter {
  readonly terms: readonly Term[];
}

function termArb(values: readonly string[]): fc.Arbitrary<Term> {
  const value = fc.constantFrom(...values).chain((v) => fc.constantFrom(v, v.toUpperCase(), v.toLowerCase()));
  const part = value.chain((v) => fc.integer({ min: 0, max: v.length - 1 }).map((at) => v.slice(at, at + 2)));
  return fc.oneof(
    value.map((text) => ({ kind: "eq" as const, text })),
    value.map((text) => ({ kind: "ne" as const, text })),
    part.map((text) => ({ kind: "contains" as const, text })),
    part.map((text) => ({ kind: "prefix" as const, text })),
    fc.constant({ kind: "blank" as const }),
    fc.constant({ kind: "notBlank" as const }),
    fc.tuple(value, value).map(([a, b]) => {
      const [from, to] = collator.compare(a, b) <= 0 ? [a, b] : [b, a];
      return { kind: "range" as const, from, to };
    }),
  );
}

const filterArb = (values: readonly string[]) =>
  fc.array(termArb(values), { minLength: 1, maxLength: 2 }).map((terms) => ({ terms }));

function written({ terms }: Filter): string {
  return terms
    .map((term) => {
      switch (term.kind) {
        case "eq":
          return term.text;
        case "ne":
          return `<>${term.text}`;
        case "contains":
          return `*${term.text}*`;
        case "prefix":
          return `${term.text}*`;
        case "blank":
          return "''";
        case "notBlank":
          return "<>''";
        case "range":
          return `${term.from}..${term.to}`;
      }
    })
    .join("|");
}

// ---- the oracle -----------------------------------------------------------------------------------------------

/**
 * A cell's text as the sheet means it: non-breaking spaces are spaces, ends trimmed, å one character. An error value
 * reads as blank; the column lists its row as one no filter can judge, and the step leaves it out (not tested here).
 */
function meant(cell: string): string {
  if (cell === "#N/A") return "";
  return cell
    .replace(/\u00a0/g, " ")
    .trim()
    .normalize("NFC");
}

function holds(term: Term, text: string): boolean {
  const folded = text.toLowerCase();
  switch (term.kind) {
    case "eq":
      return folded === term.text.toLowerCase();
    case "ne":
      return folded !== term.text.toLowerCase();
    case "contains":
      return folded.includes(term.text.toLowerCase());
    case "prefix":
      return folded.startsWith(term.text.toLowerCase());
    case "blank":
      return text === "";
    case "notBlank":
      return text !== "";
    case "range":
      return collator.compare(text, term.from) >= 0 && collator.compare(text, term.to) <= 0;
  }
}

const meets = (filter: Filter, text: string) => filter.terms.some((term) => holds(term, text));

function oracleOnText(filter: Filter, cells: readonly string[]): number[] {
  const rows: number[] = [];
  cells.forEach((cell, r) => {
    if (meets(filter, meant(cell))) rows.push(r);
  });
  return rows;
}

/** The distinct values of a list cell, ignoring case, as written first. */
function valuesOf(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of meant(cell).split(/[;,]/)) {
    const value = part.trim();
    if (value === "" || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

/** One of a row's values meets the filter; a row without values only when the filter asks for blanks with ''. */
function oracleOnLists(filter: Filter, cells: readonly string[]): number[] {
  const asksForBlank = filter.terms.some((term) => term.kind === "blank");
  const rows: number[] = [];
  cells.forEach((cell, r) => {
    const values = valuesOf(cell);
    const hit = values.length === 0 ? asksForBlank && meets(filter, "") : values.some((v) => meets(filter, v));
    if (hit) rows.push(r);
  });
  return rows;
}

// ---- the property ---------------------------------------------------------------------------------------------

function tableOf(sheet: Sheet): ContactTable {
  const values = [["No.", "Phone", "Mailing Groups"], ...sheet.names.map((name, r) => [`K${r}`, name, sheet.lists[r]])];
  return buildContactTable({ sheetName: "Contacts", locale: "en", values }).table;
}

function column(table: ContactTable, header: string): Column {
  const found = table.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no ${header} column`);
  return found;
}

const selected = (expression: string, of: Column) => compileCondition(expression, of, ENV).matchRows().toArray();

/** Non-blank cells of a text column: a plain column has an entry for each. */
const valueCount = (cells: readonly string[]) => cells.filter((c) => meant(c) !== "").length;

const errorRows = (cells: readonly string[]) => cells.flatMap((cell, r) => (cell === "#N/A" ? [r] : []));

function checkFilters(sheet: Sheet, nameFilters: readonly Filter[], listFilters: readonly Filter[]): ContactTable {
  const table = tableOf(sheet);
  const name = column(table, "Phone");
  const lists = column(table, "Mailing Groups");
  sheet.names.forEach((cell, r) => expect(cellText(name, r)).toBe(meant(cell)));
  sheet.lists.forEach((cell, r) => expect(cellText(lists, r)).toBe(valuesOf(cell).join("; ")));
  expect(Array.from(name.unjudgedRows ?? [])).toEqual(errorRows(sheet.names));
  expect(Array.from(lists.unjudgedRows ?? [])).toEqual(errorRows(sheet.lists));
  for (const filter of nameFilters) expect(selected(written(filter), name)).toEqual(oracleOnText(filter, sheet.names));
  for (const filter of listFilters)
    expect(selected(written(filter), lists)).toEqual(oracleOnLists(filter, sheet.lists));
  return table;
}

/** The distinct non-blank values of a text column's cells, each as the table keeps it. */
function spellingsOf(cells: readonly string[]): Set<string> {
  const spellings = new Set(cells.map(meant));
  spellings.delete("");
  return spellings;
}

// Enough rows that a seventh of them blank or in error still leaves more values than the first check counts.
const rowCount = fc.integer({ min: Math.ceil(FIRST_UNIQUENESS_CHECK * 1.4), max: FIRST_UNIQUENESS_CHECK * 2.5 });

describe("text columns held plain or as a dictionary (property)", () => {
  it("filter like the oracle over the raw cells, whatever the share of distinct values", () => {
    const case_ = sheetOf(rowCount, fc.double({ min: 0.001, max: 1, noNaN: true })).chain((sheet) =>
      fc.record({
        sheet: fc.constant(sheet),
        nameFilters: fc.array(filterArb(sheet.nameValues), { minLength: 1, maxLength: 4 }),
        listFilters: fc.array(filterArb(sheet.codes), { minLength: 1, maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(case_, ({ sheet, nameFilters, listFilters }) => {
        checkFilters(sheet, nameFilters, listFilters);
      }),
      { numRuns: 15 },
    );
  });

  it("go plain when nearly every value is distinct, and still filter like the oracle", () => {
    const case_ = sheetOf(rowCount, fc.constant(1)).chain((sheet) =>
      fc.record({ sheet: fc.constant(sheet), filters: fc.array(filterArb(sheet.nameValues), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(case_, ({ sheet, filters }) => {
        const name = column(checkFilters(sheet, filters, []), "Phone");
        if (name.type !== "text") throw new Error("Phone is a text column");
        // More entries than distinct values: past the check the dictionary gave every value an entry of its own.
        expect(name.dictionary.length - 1).toBeGreaterThan(spellingsOf(sheet.names).size);
        expect(name.dictionary.length - 1).toBeLessThanOrEqual(valueCount(sheet.names));
      }),
      { numRuns: 6 },
    );
  });

  it("keep a dictionary while values repeat, and filter like the oracle", () => {
    const case_ = sheetOf(rowCount, fc.double({ min: 0.001, max: 0.05, noNaN: true })).chain((sheet) =>
      fc.record({ sheet: fc.constant(sheet), filters: fc.array(filterArb(sheet.nameValues), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(case_, ({ sheet, filters }) => {
        const name = column(checkFilters(sheet, filters, []), "Phone");
        if (name.type !== "text") throw new Error("Phone is a text column");
        // Each value once, however a cell pads it or writes å.
        expect(name.dictionary.length).toBe(spellingsOf(sheet.names).size + 1);
      }),
      { numRuns: 6 },
    );
  });
});
