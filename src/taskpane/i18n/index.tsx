import { createContext, useContext, type ReactNode } from "react";
import type { CellRef } from "../../domain/contacts";
import { datesFor } from "../dates/localDates";
import { enUS } from "./en-US";
import type { Strings } from "./strings";

export type { Strings } from "./strings";
export { enUS };

/**
 * The catalogue for Office's display language (e.g. Office.context.displayLanguage "sv-SE"); English otherwise.
 * Swedish is loaded only when asked for: one language's texts are about 19 KiB the pane's first load need not carry.
 */
export async function loadStrings(displayLanguage: string | undefined): Promise<Strings> {
  const strings = /^sv(-|$)/i.test(displayLanguage ?? "")
    ? (await import(/* webpackChunkName: "sv-SE" */ "./sv-SE")).svSE
    : enUS;
  // Dates in the display language's own form (en-GB writes 2/12/2026 as 02/12/2026), the words in the catalogue's.
  const dates = datesFor(displayLanguage, strings.locale);
  return dates.locale === strings.dates.locale ? strings : { ...strings, dates };
}

/** "Row 14, column E-Mail (C)"; "" when the problem concerns the whole sheet. */
export function describePlace(strings: Strings, { row, column, columnLetter }: CellRef): string {
  const parts: string[] = [];
  if (row !== undefined) parts.push(strings.contacts.row(row));
  const name = column !== undefined ? (columnLetter ? `${column} (${columnLetter})` : column) : columnLetter;
  if (name !== undefined) parts.push(strings.contacts.column(name));
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const StringsContext = createContext<Strings>(enUS);

export function StringsProvider({ strings, children }: { strings: Strings; children: ReactNode }) {
  return <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(StringsContext);
}
