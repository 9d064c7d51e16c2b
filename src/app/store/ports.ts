import type { ContactSheetInput } from "../../domain/contacts";
import type { FieldId } from "../../domain/contacts/fields";
import type { FilterEnv } from "../../domain/filter/contract";
import type { AddStepCounts } from "../../domain/segments/addContacts";
import type { RemoveKind, RemoveStepCounts } from "../../domain/segments/removeContacts";
import type { FilterGroup, StepOptions } from "../../domain/segments/step";
import type { WantedColumns } from "./contactColumns";
import type { Cell, StoredRow } from "./rows";
import type { SheetSpec } from "./sheetSpecs";

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
  /**
   * By an inserted row's key, the key of the row it goes directly before (a row the change keeps); inserts not
   * listed go after the last row. Go Back's way of putting rows back where they stood
   * (docs/workbook-contract.md §3.1); a gateway without a row order (PostgreSQL) ignores it.
   */
  readonly insertBefore?: ReadonlyMap<string, string>;
  readonly update?: readonly StoredRow<object>[];
  readonly deleteKeys?: readonly string[];
}

/** Everything one action writes. A gateway applies all of it or nothing. */
export interface BookChange {
  /** Dedicated sheets to create (with these seed rows) because they do not exist yet. */
  readonly createSheets?: readonly { spec: SheetSpec; rows?: readonly StoredRow<object>[] }[];
  readonly sheets?: readonly SheetChange[];
  readonly state?: Partial<BookState>;
  /** Cells of the contact sheet to change (Apply Mailing Group: the only write ever made to that sheet). */
  readonly contactCells?: ContactCellsChange;
  /** New plain sheets to add (an exported mailing list); a name already in the workbook is refused. */
  readonly newSheets?: readonly NewSheet[];
}

/**
 * Text cells of one column of the contact sheet. Only the listed cells are written (and, when addColumn, the header
 * cell): every other cell of the contact sheet, its formats and its rows stay as they are.
 */
export interface ContactCellsChange {
  /** The contact sheet as read (ContactSheetInput.sheetName / ContactTable.sheetName). */
  readonly sheetName: string;
  /** 1-based sheet row of the contact table's header. */
  readonly headerRow: number;
  /** 0-based sheet column (A = 0) of the column written. */
  readonly column: number;
  /**
   * The column's header text. addColumn false: the header cell must still read this (case, spaces and punctuation
   * ignored), else the gateway refuses the commit as stale. addColumn true: written into the header cell.
   */
  readonly header: string;
  /**
   * The column is new, just right of the contact table's last column: its header cell and the cells written must be
   * blank (else the commit is refused), and an Excel table holding the contacts grows by this one column.
   */
  readonly addColumn: boolean;
  /**
   * 1-based sheet rows and their new values, always stored as text, never as a formula ("" clears the cell). A
   * source without sheet rows (a database table) finds each cell by its contact's number instead, and refuses the
   * commit as stale when the cell no longer holds `before` (the text the plan read).
   */
  readonly cells: readonly {
    readonly sheetRow: number;
    readonly value: string;
    readonly contactNo: string;
    readonly before: string;
  }[];
}

/** A new plain sheet (no Excel table): a bold header row, then the rows; every cell is text, never a formula. */
export interface NewSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ContactSourceRequest {
  /** A sheet or table name; otherwise the stored choice, else a table or sheet named Contacts. */
  readonly name?: string;
}

/** Where contacts may be read from: the workbook's visible sheets, the add-in's own left out, and their tables. */
export interface ContactSourceList {
  /** Excel tables on those sheets, sheet by sheet in tab order. */
  readonly tables: readonly { readonly name: string; readonly sheetName: string }[];
  /** The sheets, in tab order. */
  readonly sheets: readonly string[];
}

/**
 * The contacts one action concerns, asked of a source that can select them itself (a database) so the whole
 * contact table never has to be read (docs/decisions.md §D45). The answer may hold more contacts than asked
 * for, never fewer: the domain decides on what comes back, exactly as on the whole table.
 */
export interface ContactConcern {
  /** The step's filter groups (contact and Interaction Log conditions). */
  readonly step?: { readonly groups: readonly FilterGroup[]; readonly env: FilterEnv };
  /**
   * The contacts with these numbers (a segment's lines; case and surrounding spaces ignored). Without numbers, the
   * contacts the step's groups may select.
   */
  readonly numbers?: readonly string[];
  /**
   * With numbers: also the contacts the step's groups may select, besides those numbers (Apply Mailing Group reads
   * the segment's contacts and those holding the group).
   */
  readonly orStep?: boolean;
  /**
   * Besides each contact found, its company (always) and the company's other contacts: "all" of them (Expand
   * Companies) or those the step's groups may select (Entire Companies).
   */
  readonly members?: "all" | "matching";
  /**
   * The recognised fields the action reads besides the columns its conditions name; absent: every column. A source
   * may leave the other columns out (a preview needs only the company links and Exclude from Segment).
   */
  readonly fields?: readonly FieldId[];
}

/** What a source that selects contacts itself offers besides the port (docs/decisions.md §D45). */
export interface ContactQueries {
  /** The contact source's header row only, with the column types it declares: what filters are checked against. */
  readContactHeader(request: ContactSourceRequest): Promise<ContactSheetInput>;
  /** The contact source's header and only the rows of the contacts `concern` names (in no particular order). */
  readConcernedContacts(request: ContactSourceRequest, concern: ContactConcern): Promise<ContactSheetInput>;
  /**
   * An Add step on a segment counted where the contacts are, by the rules of docs/business-rules.md §3.3, without
   * reading them (docs/decisions.md §D61). Undefined when the source cannot count this step exactly: the use case
   * then reads the contacts it concerns and counts them itself.
   */
  countAddStep?(request: ContactSourceRequest, step: AddStepQuery): Promise<AddStepCounts | undefined>;
  /**
   * A Reduce or Refine on a segment counted where its lines and the contacts are, by the rules of
   * docs/business-rules.md §4 (docs/decisions.md §D84); undefined as countAddStep's.
   */
  countRemoveStep?(request: ContactSourceRequest, step: RemoveStepQuery): Promise<RemoveStepCounts | undefined>;
}

/** The Reduce or Refine a source counts: the segment whose lines it judges, the filter groups and the option. */
export interface RemoveStepQuery {
  readonly segmentNo: string;
  readonly kind: RemoveKind;
  readonly groups: readonly FilterGroup[];
  readonly env: FilterEnv;
  readonly entireCompanies: boolean;
}

/** The Add step a source counts: the segment whose lines it may not repeat, the filter groups and the options. */
export interface AddStepQuery {
  readonly segmentNo: string;
  readonly groups: readonly FilterGroup[];
  readonly env: FilterEnv;
  readonly options: StepOptions;
}

/**
 * What an action is about to change, claimed before it reads it (docs/decisions.md §D58): one segment (its header,
 * lines, criteria and Go Back history), the SEG series, the Interaction Log's entry numbers, or the whole book.
 */
export type Claim =
  | { readonly segment: string }
  | { readonly series: "segments" }
  | { readonly log: "entries" }
  | { readonly book: "whole" };

/** The port both gateways implement: the xlsx file for the command, office-js for the task pane. */
export interface SegmentBook {
  /** Offered by a source that selects contacts itself; use cases then read only the contacts an action concerns. */
  readonly contactQueries?: ContactQueries;
  readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput>;
  /**
   * Offered by a source read afresh for each action (the command's file): the contact sheet with the columns an
   * action does not read left out, every warning and error kept (docs/decisions.md §D53, contactColumns.ts).
   */
  readContactColumns?(request: ContactSourceRequest, wanted: WantedColumns): Promise<ContactSheetInput>;
  /** The sheets and tables contacts may be read from (the Contacts panel's choice, `segments contacts`). */
  listContactSources(): Promise<ContactSourceList>;
  hasSheet(spec: SheetSpec): Promise<boolean>;
  /** The sheet's rows as records; [] when the sheet does not exist. */
  readRows<R>(spec: SheetSpec<R>): Promise<StoredRow<R>[]>;
  /**
   * Offered by a book whose rows keep no sheet order (PostgreSQL): the rows of Segment Lines, Segment Criteria or
   * SegmentHistory that may be one segment's, so an action on it never reads the other segments' rows
   * (docs/decisions.md §D67). More rows than the segment's may come back, never fewer: the use case keeps the
   * segment's own by its one rule (segmentRecords.ts `sameNo`). Books with a row order leave it out.
   */
  readSegmentRows?<R>(spec: SheetSpec<R>, segmentNo: string): Promise<StoredRow<R>[]>;
  /**
   * Offered by a book that can find them without reading the sheet whole (PostgreSQL): rows among which are those
   * holding the largest value of each of `props` (whole-number columns). What Log numbers its entries after
   * (docs/decisions.md §D67); the use case takes the largest by its rule, so more rows may come back, never fewer.
   */
  readLastRows?<R>(spec: SheetSpec<R>, props: readonly (keyof R & string)[]): Promise<StoredRow<R>[]>;
  readState(): Promise<BookState>;
  commit(change: BookChange): Promise<void>;
  /**
   * A book many users change at once (PostgreSQL) holds the claim until the action ends, so actions on the same
   * segment run one after the other and each reads what the one before wrote. Books one user holds leave it out.
   */
  claim?(what: Claim): Promise<void>;
}

/** Who and when, passed into every use case (docs/architecture.md §6). */
export interface RunContext {
  /** ISO yyyy-mm-dd, the machine's local date. */
  readonly today: string;
  readonly workdate: string;
  readonly locale: string;
  readonly userId: string;
  /** HH:MM:SS, the machine's local time when the action started (Log Segment stamps entries with it). */
  readonly time?: string;
  /**
   * Gives the host's thread back for a moment, when work has held it long enough (the pane: to the browser's event
   * loop, so it stays responsive while a large contact sheet is built). Absent: long work runs to its end at once.
   */
  readonly yieldToHost?: () => Promise<void>;
}

export type { Cell, StoredRow };
