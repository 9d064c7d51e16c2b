import type { ContactSheetInput } from "../domain/contacts";
import type { Cell, StoredRow } from "../workbook/records";
import type { SheetSpec } from "../workbook/schema";

/** What the workbook remembers besides its tables (the very hidden state sheet). */
export interface BookState {
  readonly schemaVersion: number;
  /** Last number used from the SEG series; never reused. */
  readonly lastSegmentNo: number;
  /** The contact sheet or table chosen for this workbook ("" when none was stored). */
  readonly contactSource: string;
}

/** Row changes to one dedicated sheet. Rows are identified by their key columns, never by position. */
export interface SheetChange {
  readonly spec: SheetSpec;
  readonly insert?: readonly StoredRow<object>[];
  readonly update?: readonly StoredRow<object>[];
  readonly deleteKeys?: readonly string[];
}

/** Everything one action writes. A gateway applies all of it or nothing. */
export interface BookChange {
  /** Dedicated sheets to create (with these seed rows) because they do not exist yet. */
  readonly createSheets?: readonly { spec: SheetSpec; rows?: readonly StoredRow<object>[] }[];
  readonly sheets?: readonly SheetChange[];
  readonly state?: Partial<BookState>;
}

export interface ContactSourceRequest {
  /** A sheet or table name; otherwise the stored choice, else a table or sheet named Contacts. */
  readonly name?: string;
}

/** The port both gateways implement: the xlsx file for the command, office-js for the task pane. */
export interface SegmentBook {
  readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput>;
  hasSheet(spec: SheetSpec): Promise<boolean>;
  /** The sheet's rows as records; [] when the sheet does not exist. */
  readRows<R>(spec: SheetSpec): Promise<StoredRow<R>[]>;
  readState(): Promise<BookState>;
  commit(change: BookChange): Promise<void>;
}

/** Who and when, passed into every use case (DESIGN.md "Who and when"). */
export interface RunContext {
  /** ISO yyyy-mm-dd, the machine's local date. */
  readonly today: string;
  readonly workdate: string;
  readonly locale: string;
  readonly userId: string;
  /** HH:MM:SS, the machine's local time when the action started (Log Segment stamps entries with it). */
  readonly time?: string;
}

export type { Cell, StoredRow };
