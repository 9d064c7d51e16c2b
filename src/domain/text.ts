/** Case folding and collation shared by the evaluator, the line order and the SQLite oracle. */

/** Text equality ignores case (docs/decisions.md §D1). Locale-independent so every user gets the same match. */
export function foldCase(text: string): string {
  return text.toLowerCase();
}

const collators = new Map<string, Intl.Collator>();

/** The workbook language's text order with case ignored (Swedish puts å, ä, ö after z). */
export function textCollator(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "accent", usage: "sort", numeric: false });
    collators.set(locale, collator);
  }
  return collator;
}
