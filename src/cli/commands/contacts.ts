import { ContactSheetError, loadContacts } from "../../app/store/contactSource";
import { chooseContactSource, contactSources, type ContactSources } from "../../app/contactSourceChoice";
import { formatTable } from "../format";
import { UsageError } from "../usage";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `contacts [--use NAME]`: the sheets and tables contacts may come from, or the choice stored in the workbook. */
export const contactsCommand: Command = {
  options: { use: { type: "string" } },
  positionals: [],
  async run(book, ctx, args) {
    // --contacts names a source for one run; here the choice itself is the point, so it must be explicit.
    if (args.common.contacts !== undefined)
      throw new UsageError(
        "contacts chooses the contact source with --use NAME (--contacts is for one run of another command).",
      );
    const use = args.values.use as string | undefined;
    if (use === undefined) {
      const sources = await contactSources(book);
      // Read the source in use so that its cell problems are shown with the list (the runner prints them). A
      // database's typed columns have none, so its table is not read whole for them (docs/decisions.md §D45).
      if (sources.current !== undefined && !book.contactQueries)
        await loadContacts(book, ctx, { name: sources.current }).catch(ignoreSheetErrors);
      return { text: listText(sources), json: { ...sources, current: sources.current ?? null }, changed: false };
    }
    const chosen = await chooseContactSource(book, ctx, use);
    const { table, warnings } = chosen.contacts;
    const where =
      chosen.kind === "table" ? `the table ${chosen.name} (on sheet ${table.sheetName})` : `the sheet ${chosen.name}`;
    const count = plural(table.rowCount, "contact");
    const text = chosen.changed
      ? `Contacts are now read from ${where}: ${count}.`
      : `Contacts were read from ${where} already (${count}); nothing changed.`;
    const json = {
      name: chosen.name,
      kind: chosen.kind,
      sheetName: table.sheetName,
      contacts: table.rowCount,
      changed: chosen.changed,
    };
    return { text, json, changed: chosen.changed, warnings: warnings.map((w) => w.message) };
  },
};

/** A source that cannot be read is still listed; the commands that read it say why. */
function ignoreSheetErrors(error: unknown): void {
  if (!(error instanceof ContactSheetError)) throw error;
}

function listText(sources: ContactSources): string {
  const inUse = (name: string) => (name === sources.current ? "yes" : "");
  const rows = [
    ...sources.tables.map((t) => [t.name, `table on ${t.sheetName}`, inUse(t.name)]),
    ...sources.sheets.map((s) => [s, "sheet", inUse(s)]),
  ];
  return `${formatTable(["Source", "Kind", "In use"], rows)}\n${footer(sources)}`;
}

function footer({ current, stored }: ContactSources): string {
  if (current !== undefined && stored !== "") return `${current} is the contact source stored in the workbook.`;
  if (current !== undefined)
    return `No choice stored: ${current} is read because of its name. Store a choice with --use NAME.`;
  if (stored !== "")
    return `The stored contact source "${stored}" is not in the workbook any more (renamed, deleted or hidden): choose one with --use NAME.`;
  return "No choice stored and nothing named Contacts: choose the contact source with --use NAME.";
}
