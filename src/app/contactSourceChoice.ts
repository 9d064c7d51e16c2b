/**
 * Choosing the contact sheet or table (docs/workbook-contract.md §1). The choice is stored in the workbook, so everyone
 * who opens it reads the same contacts. The pane's Contacts panel and `segments contacts` both come through here.
 */
import { DomainError } from "../domain/errors";
import { refuseAddinSheet } from "./addinSheets";
import { loadContacts, type LoadedContacts } from "./store/contactSource";
import type { ContactSourceList, RunContext, SegmentBook } from "./store/ports";

/** What reads take when nothing was chosen: a table, else a sheet, of this name. */
export const DEFAULT_CONTACT_SOURCE = "Contacts";

export interface ContactSources extends ContactSourceList {
  /**
   * What reads use now, spelled as listed: the stored choice, else a table or sheet named Contacts. Undefined when
   * that is not in the list (a stored choice renamed, deleted or hidden since, or no Contacts and no choice).
   */
  readonly current?: string;
  /** The stored choice, "" when nothing was chosen. */
  readonly stored: string;
}

export interface ChosenContactSource {
  /** As listed (a name typed in another case is stored as the workbook spells it). */
  readonly name: string;
  readonly kind: "table" | "sheet";
  readonly contacts: LoadedContacts;
  /** False when it was the stored choice already: nothing was written. */
  readonly changed: boolean;
}

/** The tables, then the sheets, contacts may be read from, and which of them is in use. */
export async function contactSources(book: SegmentBook): Promise<ContactSources> {
  const listed = withoutShadowed(await book.listContactSources());
  const { contactSource: stored } = await book.readState();
  return { ...listed, current: findSource(listed, stored !== "" ? stored : DEFAULT_CONTACT_SOURCE)?.name, stored };
}

/**
 * Reads the named sheet or table and, when its contacts can be used, stores it as the workbook's choice. A sheet
 * with errors is refused with every problem (ContactSheetError) and the old choice stays.
 */
export async function chooseContactSource(
  book: SegmentBook,
  ctx: RunContext,
  name: string,
): Promise<ChosenContactSource> {
  if (name.trim() === "") throw new DomainError("Name the sheet or table to read contacts from.", "no-contacts");
  refuseAddinSheet(name);
  const sources = await contactSources(book);
  const chosen = findSource(sources, name);
  if (chosen === undefined) throw notListed(name, sources);
  const contacts = await loadContacts(book, ctx, { name: chosen.name });
  const changed = sources.stored !== chosen.name;
  if (changed) await book.commit({ state: { contactSource: chosen.name } });
  return { ...chosen, contacts, changed };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Tables first, as both gateways look a name up. */
function findSource(list: ContactSourceList, name: string): { name: string; kind: "table" | "sheet" } | undefined {
  const table = list.tables.find((t) => sameName(t.name, name));
  if (table) return { name: table.name, kind: "table" };
  const sheet = list.sheets.find((s) => sameName(s, name));
  return sheet === undefined ? undefined : { name: sheet, kind: "sheet" };
}

/** A sheet named like a table would be read as that table (tables come first), so it is not offered apart from it. */
function withoutShadowed(list: ContactSourceList): ContactSourceList {
  return {
    tables: list.tables,
    sheets: list.sheets.filter((sheet) => !list.tables.some((table) => sameName(table.name, sheet))),
  };
}

function notListed(name: string, sources: ContactSourceList): DomainError {
  const tables = sources.tables.map((table) => `${table.name} (on ${table.sheetName})`).join(", ") || "none";
  const sheets = sources.sheets.join(", ") || "none";
  return new DomainError(
    `"${name}" is not a sheet or table that can hold contacts (tables: ${tables}; sheets: ${sheets}). Hidden sheets and the add-in's own sheets cannot.`,
    "no-contacts",
  );
}
