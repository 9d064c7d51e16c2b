/** The Interaction Log as an entry table, read only when a step filters on it (docs/business-rules.md §3.1). */
import type { ContactTable } from "../../domain/contacts";
import { buildEntryTable, resolveEntryField, type EntryTable } from "../../domain/interactions/entryTable";
import { resolveField } from "../../domain/segments/fieldResolution";
import type { ConditionTable, FilterGroup } from "../../domain/segments/step";
import { INTERACTION_LOG } from "./sheetSpecs";
import type { SegmentBook } from "./ports";

export async function entriesFor(
  book: SegmentBook,
  table: ContactTable,
  steps: readonly (readonly FilterGroup[])[],
): Promise<EntryTable | undefined> {
  const needed = steps.some((groups) =>
    groups.some((group) => group.some((condition) => condition.table === "Interaction Log")),
  );
  if (!needed) return undefined;
  const rows = await book.readRows(INTERACTION_LOG);
  return buildEntryTable(
    rows.map((row) => row.record),
    INTERACTION_LOG.columns.map(({ header, prop, kind }) => ({ header, prop, kind })),
    table,
  );
}

/** How criteria lines name a condition's field: the contact field's caption, or the Interaction Log header. */
export function fieldCaption(
  table: ContactTable,
  entries: EntryTable | undefined,
): (field: string, on: ConditionTable) => string {
  return (field, on) =>
    on === "Interaction Log" && entries
      ? resolveEntryField(entries, field).caption
      : resolveField(table, field).caption;
}
