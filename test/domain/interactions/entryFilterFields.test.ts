/** The Interaction Log columns offered for conditions: each is one the log has, of the kind the log stores. */
import { buildEntryTable, ENTRY_FILTER_FIELDS, resolveEntryField } from "../../../src/domain/interactions/entryTable";
import { buildContactTable } from "../../../src/domain/contacts";
import { INTERACTION_LOG } from "../../../src/app/store/sheetSpecs";

describe("ENTRY_FILTER_FIELDS", () => {
  const contacts = buildContactTable({ sheetName: "Contacts", locale: "en", values: [["No."], ["CT01"]] }).table;
  const entries = buildEntryTable([], INTERACTION_LOG.columns, contacts);

  it("names only columns resolveEntryField accepts, each once, with the log's own kind", () => {
    for (const { header, kind } of ENTRY_FILTER_FIELDS) {
      expect(resolveEntryField(entries, header).caption).toBe(header);
      expect(INTERACTION_LOG.columns.find((c) => c.header === header)?.kind).toBe(kind);
    }
    expect(new Set(ENTRY_FILTER_FIELDS.map((f) => f.header)).size).toBe(ENTRY_FILTER_FIELDS.length);
  });

  it("leaves out the columns that name the contact or keep the books", () => {
    const offered = ENTRY_FILTER_FIELDS.map((f) => f.header as string);
    for (const header of ["Entry No.", "Contact No.", "Contact Name", "Logged Segment Entry No.", "User ID"])
      expect(offered).not.toContain(header);
  });
});
