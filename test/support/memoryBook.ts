/**
 * A SegmentBook in memory for use-case tests: rows are kept as sheet cells (written with recordToRow and read
 * back with rowToRecord, as a gateway does), so values take the forms a real sheet gives back. A commit is
 * applied to a copy and swapped in at the end: all or nothing.
 */
import type { BookChange, BookState, ContactSourceRequest, SegmentBook } from "../../src/app/ports";
import type { ContactSheetInput } from "../../src/domain/contacts";
import { DomainError } from "../../src/domain/errors";
import { defaultColumnMap, keyOf, recordToRow, rowToRecord, type Cell, type StoredRow } from "../../src/workbook/records";
import type { SheetSpec } from "../../src/workbook/schema";

export class MemoryBook implements SegmentBook {
  private sheets = new Map<string, Cell[][]>();
  private state: BookState = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };
  commits = 0;

  constructor(private contacts: ContactSheetInput) {}

  setContacts(contacts: ContactSheetInput): void {
    this.contacts = contacts;
  }

  async readContactSheet(_request: ContactSourceRequest): Promise<ContactSheetInput> {
    return this.contacts;
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    return this.sheets.has(spec.sheetName);
  }

  async readRows<R>(spec: SheetSpec): Promise<StoredRow<R>[]> {
    const map = defaultColumnMap(spec);
    return (this.sheets.get(spec.sheetName) ?? []).map((cells, i) => rowToRecord<R>(spec, map, cells, i + 2));
  }

  async readState(): Promise<BookState> {
    return this.state;
  }

  async commit(change: BookChange): Promise<void> {
    const sheets = new Map([...this.sheets].map(([name, rows]) => [name, rows.map((r) => [...r])]));
    for (const { spec, rows } of change.createSheets ?? []) {
      if (!sheets.has(spec.sheetName)) sheets.set(spec.sheetName, (rows ?? []).map((row) => recordToRow(spec, defaultColumnMap(spec), row)));
    }
    for (const sheetChange of change.sheets ?? []) {
      const { spec } = sheetChange;
      const map = defaultColumnMap(spec);
      const current = sheets.get(spec.sheetName);
      if (!current) throw new DomainError(`No sheet ${spec.sheetName}`, "missing-sheet");
      const key = (cells: Cell[], i: number) => keyOf(spec, rowToRecord<object>(spec, map, cells, i + 2).record);
      const deleted = new Set(sheetChange.deleteKeys ?? []);
      const updates = new Map((sheetChange.update ?? []).map((row) => [keyOf(spec, row.record), row]));
      const next: Cell[][] = [];
      current.forEach((cells, i) => {
        const k = key(cells, i);
        if (deleted.has(k)) return;
        const update = updates.get(k);
        next.push(update ? recordToRow(spec, map, update) : cells);
      });
      const keys = new Set(next.map(key));
      for (const row of sheetChange.insert ?? []) {
        const k = keyOf(spec, row.record);
        if (keys.has(k)) throw new DomainError(`${spec.sheetName} already has ${k}`, "duplicate-key");
        keys.add(k);
        next.push(recordToRow(spec, map, row));
      }
      sheets.set(spec.sheetName, next);
    }
    this.sheets = sheets;
    this.state = { ...this.state, ...change.state };
    this.commits++;
  }

  /** A sheet's rows as cells, in sheet order. */
  rows(sheetName: string): Cell[][] {
    return (this.sheets.get(sheetName) ?? []).map((r) => [...r]);
  }

  /** Changes cells in place, as a user typing in the sheet would. */
  editRows(sheetName: string, edit: (rows: Cell[][]) => Cell[][]): void {
    this.sheets.set(sheetName, edit(this.rows(sheetName)));
  }
}
