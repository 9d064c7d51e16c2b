/**
 * A SegmentBook in memory for use-case tests: rows are kept as sheet cells (written with recordToRow and read
 * back with rowToRecord, as a gateway does), so values take the forms a real sheet gives back. A commit is
 * applied to a copy and swapped in at the end: all or nothing.
 */
import type {
  BookChange,
  BookState,
  ContactSourceList,
  ContactSourceRequest,
  SegmentBook,
} from "../../src/app/store/ports";
import { headerKey, type ContactSheetInput } from "../../src/domain/contacts";
import { DomainError } from "../../src/domain/errors";
import { applySheetChange, rowsInOrder } from "../../src/app/store/applySheetChange";
import {
  defaultColumnMap,
  mapColumns,
  recordToRow,
  rowToRecord,
  type Cell,
  type ColumnMap,
  type StoredRow,
} from "../../src/workbook/rowCodec";
import { DEDICATED_SHEETS, type SheetSpec } from "../../src/app/store/sheetSpecs";

export class MemoryBook implements SegmentBook {
  private sheets = new Map<string, Cell[][]>();
  /** Headers of columns a user added right of a dedicated sheet's own columns, by sheet name. */
  private extraHeaders = new Map<string, string[]>();
  private state: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };
  /** Plain sheets added by a commit (an exported mailing list): header row first. */
  private plainSheets = new Map<string, string[][]>();
  /** Other sheets and tables contacts could be read from (choosing the contact source), in tab order. */
  private otherSheets: ContactSheetInput[] = [];
  private tables: { name: string; input: ContactSheetInput }[] = [];
  commits = 0;

  constructor(private contacts: ContactSheetInput) {}

  setContacts(contacts: ContactSheetInput): void {
    this.contacts = contacts;
  }

  /** Another sheet, named by its input's sheetName. */
  addSheet(input: ContactSheetInput): this {
    this.otherSheets.push(input);
    return this;
  }

  /** An Excel table on the sheet its input names (which need not be listed as a sheet of its own). */
  addTable(name: string, input: ContactSheetInput): this {
    this.tables.push({ name, input });
    return this;
  }

  /** Without a name or a stored choice, the contacts given to the constructor; a name is looked up as the gateways do, a table first. */
  async readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput> {
    const wanted = request.name ?? (this.state.contactSource !== "" ? this.state.contactSource : undefined);
    if (wanted === undefined) return this.contacts;
    const same = (name: string) => name.trim().toLowerCase() === wanted.trim().toLowerCase();
    const found =
      this.tables.find((table) => same(table.name))?.input ??
      [this.contacts, ...this.otherSheets].find((sheet) => same(sheet.sheetName));
    if (!found) throw new DomainError(`No sheet or table named "${wanted}" in this workbook.`, "no-contacts");
    return found;
  }

  /** The contact sheet, the added sheets and the plain sheets commits added; the dedicated sheets are never listed. */
  async listContactSources(): Promise<ContactSourceList> {
    const sheets = [
      this.contacts.sheetName,
      ...this.otherSheets.map((sheet) => sheet.sheetName),
      ...this.plainSheets.keys(),
    ];
    return {
      tables: this.tables.map((table) => ({ name: table.name, sheetName: table.input.sheetName })),
      sheets: [...new Set(sheets)],
    };
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    return this.sheets.has(spec.sheetName);
  }

  /** The sheet's columns as a gateway finds them by header: its own, then those a user added. */
  private columnMap(spec: SheetSpec): ColumnMap {
    const extra = this.extraHeaders.get(spec.sheetName) ?? [];
    return extra.length === 0 ? defaultColumnMap(spec) : mapColumns(spec, [...this.header(spec.sheetName)]);
  }

  private header(sheetName: string): string[] {
    const spec = DEDICATED_SHEETS.find((s) => s.sheetName === sheetName);
    return [...(spec?.columns.map((c) => c.header) ?? []), ...(this.extraHeaders.get(sheetName) ?? [])];
  }

  async readRows<R>(spec: SheetSpec<R>): Promise<StoredRow<R>[]> {
    const map = this.columnMap(spec);
    return (this.sheets.get(spec.sheetName) ?? []).map((cells, i) => rowToRecord<R>(spec, map, cells, i + 2));
  }

  async readState(): Promise<BookState> {
    return this.state;
  }

  async commit(change: BookChange): Promise<void> {
    const sheets = new Map([...this.sheets].map(([name, rows]) => [name, rows.map((r) => [...r])]));
    for (const { spec, rows } of change.createSheets ?? []) {
      if (!sheets.has(spec.sheetName))
        sheets.set(
          spec.sheetName,
          (rows ?? []).map((row) => recordToRow(spec, defaultColumnMap(spec), row)),
        );
    }
    for (const sheetChange of change.sheets ?? []) {
      const { spec } = sheetChange;
      const map = this.columnMap(spec);
      const current = sheets.get(spec.sheetName);
      if (!current) throw new DomainError(`No sheet ${spec.sheetName}`, "missing-sheet");
      // The gateways' own rule (by key, stale updates and taken keys refused), so use-case tests meet what they meet.
      const { fates, inserts } = applySheetChange(
        spec,
        current.map((cells, i) => rowToRecord<object>(spec, map, cells, i + 2).record),
        sheetChange,
      );
      const next = rowsInOrder(fates, inserts, (i) => current[i]).map((row) =>
        Array.isArray(row) ? row : recordToRow(spec, map, row),
      );
      sheets.set(spec.sheetName, next);
    }
    const contacts = change.contactCells ? withContactCells(this.contacts, change.contactCells) : this.contacts;
    const plainSheets = new Map(this.plainSheets);
    for (const sheet of change.newSheets ?? []) {
      const taken = [...sheets.keys(), ...plainSheets.keys(), contacts.sheetName].find(
        (name) => name.toLowerCase() === sheet.name.toLowerCase(),
      );
      if (taken !== undefined)
        throw new DomainError(`The workbook already has a sheet named "${taken}".`, "duplicate-sheet");
      plainSheets.set(sheet.name, [[...sheet.header], ...sheet.rows.map((row) => [...row])]);
    }
    this.sheets = sheets;
    this.contacts = contacts;
    this.plainSheets = plainSheets;
    this.state = { ...this.state, ...change.state };
    this.commits++;
  }

  /** The contact sheet as it is now (Apply Mailing Group writes to it). */
  contactSheet(): ContactSheetInput {
    return this.contacts;
  }

  /** A plain sheet added by a commit, header row first; undefined when there is none. */
  plainSheet(name: string): string[][] | undefined {
    return this.plainSheets.get(name)?.map((row) => [...row]);
  }

  /** A sheet's rows as cells, in sheet order. */
  rows(sheetName: string): Cell[][] {
    return (this.sheets.get(sheetName) ?? []).map((r) => [...r]);
  }

  /** A dedicated sheet as the user sees it: the header row, then the rows, every row as wide as the header. */
  sheetCells(sheetName: string): Cell[][] {
    const header = this.header(sheetName);
    const width = Math.max(header.length, ...this.rows(sheetName).map((row) => row.length));
    const pad = (row: readonly Cell[]) => Array.from({ length: width }, (_, i) => row[i] ?? null);
    return [pad(header), ...this.rows(sheetName).map(pad)];
  }

  /** A column the user adds right of the sheet's columns, with a value per row (by its index among the rows). */
  addColumn(sheetName: string, header: string, value: (row: number) => Cell): void {
    const at = this.header(sheetName).length;
    this.extraHeaders.set(sheetName, [...(this.extraHeaders.get(sheetName) ?? []), header]);
    this.editRows(sheetName, (rows) =>
      rows.map((row, r) => {
        const cells = Array.from({ length: at + 1 }, (_, i) => row[i] ?? null);
        cells[at] = value(r);
        return cells;
      }),
    );
  }

  /** Changes cells in place, as a user typing in the sheet would. */
  editRows(sheetName: string, edit: (rows: Cell[][]) => Cell[][]): void {
    this.sheets.set(sheetName, edit(this.rows(sheetName)));
  }
}

/** The contact cells written into a copy of the sheet, refused as a gateway refuses them (stale header, taken cells). */
function withContactCells(
  sheet: ContactSheetInput,
  change: NonNullable<BookChange["contactCells"]>,
): ContactSheetInput {
  if (change.sheetName !== sheet.sheetName)
    throw new DomainError(`The contact sheet "${change.sheetName}" is gone.`, "stale");
  const firstRow = sheet.firstRow ?? 1;
  const c = change.column - (sheet.firstColumn ?? 0);
  const values = sheet.values.map((row) => [...row]);
  const cell = (sheetRow: number) => values[sheetRow - firstRow]?.[c];
  const blank = (value: unknown) => value === undefined || value === null || value === "";
  if (change.addColumn) {
    if (![change.headerRow, ...change.cells.map((x) => x.sheetRow)].every((row) => blank(cell(row))))
      throw new DomainError("Cells are not empty.", "stale");
  } else if (headerKey(String(cell(change.headerRow) ?? "")) !== headerKey(change.header)) {
    throw new DomainError(`The ${change.header} header moved.`, "stale");
  }
  const put = (sheetRow: number, value: string) => {
    const row = values[sheetRow - firstRow];
    while (row.length < c) row.push("");
    row[c] = value;
  };
  if (change.addColumn) put(change.headerRow, change.header);
  for (const { sheetRow, value } of change.cells) put(sheetRow, value);
  return { ...sheet, values };
}
