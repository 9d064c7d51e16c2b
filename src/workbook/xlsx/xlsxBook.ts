import type {
  BookChange,
  BookState,
  ContactSourceList,
  ContactSourceRequest,
  SegmentBook,
  StoredRow,
} from "../../app/store/ports";
import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { contactSourceList } from "../contactSources";
import { applySheetChangeToRows } from "../../app/store/applySheetChange";
import type { SheetSpec } from "../../app/store/sheetSpecs";
import { leaveOutColumns, type WantedColumns } from "../../app/store/contactColumns";
import { BookParts } from "./bookParts";
import { readBookFile, writeBookFile, type BookRevision } from "./bookFile";
import { prepareContactCells, prepareNewSheet } from "./contactCells";
import { findContactSheet, readContactSheet } from "./contactSheet";
import { addContactSheet } from "./contactSheetWriter";
import { blankPackage } from "./listFile";
import { createSheet, findSheet, readSheet, writeRows, type FoundSheet, type SheetContent } from "./dedicatedSheet";
import { readState, writeState } from "./stateSheet";
import { applyTables, type TableTarget } from "./tableParts";
import { dropCalcChain, forgetOwnStyles } from "./workbookEdits";
import { lostParts, XlsxPackage } from "./xlsxPackage";

/**
 * The command's gateway: an .xlsx package changed part by part in memory and saved atomically. Parts a change does
 * not concern are copied as they were (the add-in's own task-pane binding, charts, pivot tables, VBA), and save()
 * refuses a write that would lose one.
 */
export class XlsxBook implements SegmentBook {
  /** Dedicated sheets written since opening, whose Excel tables save() creates or resizes. */
  private readonly tables = new Map<string, TableTarget>();
  private readonly partsAtOpen: readonly string[];

  private constructor(
    private readonly book: BookParts,
    readonly filePath: string,
    /** The file as read: save() refuses to replace a book another program changed since (none: a new book). */
    private revision: BookRevision | undefined,
  ) {
    this.partsAtOpen = book.pkg.partNames();
  }

  /**
   * `contactsAhead`: the action will read this contact source after the book's own sheets, so the contact sheet is
   * inflated on a second thread meanwhile (docs/decisions.md §D103).
   */
  static async open(filePath: string, options: { contactsAhead?: ContactSourceRequest } = {}): Promise<XlsxBook> {
    const { data, revision } = await readBookFile(filePath);
    const book = new BookParts(XlsxPackage.fromBytes(data, filePath), filePath);
    // The structure is read now, so a package that is no workbook is refused at once with its reason.
    book.workbook();
    if (options.contactsAhead) startContactsAhead(book, options.contactsAhead);
    return new XlsxBook(book, filePath, revision);
  }

  /** A new workbook with no sheet yet, for `filePath`: save() writes it only where no file is. */
  static blank(filePath: string): XlsxBook {
    return new XlsxBook(new BookParts(blankPackage(), filePath), filePath, undefined);
  }

  async readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput> {
    const input = readContactSheet(this.book, request.name, readState(this.book).contactSource);
    return { ...input, locale: "" };
  }

  /** Read for this action only, so the rows are projected in place (docs/decisions.md §D53). */
  async readContactColumns(request: ContactSourceRequest, wanted: WantedColumns): Promise<ContactSheetInput> {
    const input = await this.readContactSheet(request);
    leaveOutColumns(input, wanted);
    return input;
  }

  async listContactSources(): Promise<ContactSourceList> {
    const tables = this.book.tables();
    const sheets = this.book
      .workbook()
      .sheets.filter((sheet) => sheet.part !== undefined)
      .map((sheet) => ({
        name: sheet.name,
        visible: sheet.state === "visible",
        tables: tables.filter((table) => table.sheetName === sheet.name).map((table) => table.name),
      }));
    return contactSourceList(sheets);
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    return findSheet(this.book, spec) !== undefined;
  }

  async readRows<R>(spec: SheetSpec): Promise<StoredRow<R>[]> {
    const found = findSheet(this.book, spec);
    return found ? (readSheet(this.book, found, spec).rows as StoredRow<R>[]) : [];
  }

  async readState(): Promise<BookState> {
    return readState(this.book);
  }

  /** Applies the change in memory; nothing reaches the file before save(), so a failure leaves the book as it was. */
  async commit(change: BookChange): Promise<void> {
    const rollback = this.book.pkg.snapshot();
    try {
      this.apply(change);
    } catch (error) {
      rollback();
      forgetOwnStyles(this.book);
      this.book.changed();
      throw error;
    }
  }

  private apply(change: BookChange): void {
    // Checked before any write: a refusal must leave the workbook in memory as it was.
    const contactCells = change.contactCells && prepareContactCells(this.book, change.contactCells);
    const newSheets = (change.newSheets ?? []).map((sheet) => prepareNewSheet(this.book, sheet));
    const contents = new Map<SheetSpec, SheetContent>();
    for (const { spec, rows } of change.createSheets ?? []) {
      if (findSheet(this.book, spec)) continue;
      const content = createSheet(this.book, spec);
      writeRows(this.book, content, spec, rows ?? []);
      contents.set(spec, { ...content, rows: [...(rows ?? [])] });
    }
    for (const sheetChange of change.sheets ?? []) {
      const { spec } = sheetChange;
      let content = contents.get(spec);
      let found: FoundSheet | undefined;
      if (!content) {
        found = findSheet(this.book, spec);
        content = found ? readSheet(this.book, found, spec) : createSheet(this.book, spec);
      }
      const before = content.rows;
      const rows = applySheetChangeToRows(spec, before, sheetChange);
      // A sheet the change leaves as it was (nothing to delete, no criteria to log) is not written again.
      if (!found || rows.length !== before.length || rows.some((row, i) => row !== before[i])) {
        // The grid readSheet just parsed saw every cell of the sheet, its formulas too.
        if (found && this.book.grid(found.sheet.part, found.sheet.name, found.headerRow).hasFormulas)
          dropCalcChain(this.book);
        writeRows(this.book, content, spec, rows);
      }
      contents.set(spec, { ...content, rows });
    }
    if (change.state) writeState(this.book, { ...readState(this.book), ...change.state });
    contactCells?.();
    for (const write of newSheets) write();
    this.book.changed();
    for (const [spec, content] of contents) this.tables.set(spec.tableName, tableTarget(spec, content));
  }

  /**
   * A new contact sheet with these contacts (`segments copy … --with-contacts`), in memory until save(); a name
   * the workbook already has is refused and the book stays as it was.
   */
  addContactSheet(name: string, input: ContactSheetInput): void {
    const rollback = this.book.pkg.snapshot();
    try {
      addContactSheet(this.book, name, input);
    } catch (error) {
      rollback();
      forgetOwnStyles(this.book);
      throw error;
    } finally {
      this.book.changed();
    }
  }

  /** The package as it will be written: tables brought in line with their sheets; refused if a part would be lost. */
  private output(target: string): Uint8Array[] {
    applyTables(this.book, [...this.tables.values()]);
    this.tables.clear();
    const lost = lostParts(this.partsAtOpen, this.book.pkg.partNames());
    if (lost.length > 0)
      throw new DomainError(
        `Refusing to write ${target}: the workbook would lose ${lost.join(", ")}.`,
        "package-parts",
      );
    return this.book.pkg.toChunks();
  }

  /**
   * Replaces the book (or writes `target`, refused when it exists unless `replace`) through a temporary file, so
   * the file is never half-written; see bookFile.
   */
  async save(target: string = this.filePath, options: { replace?: boolean } = {}): Promise<void> {
    const output = this.output(target);
    const own = target === this.filePath;
    const written = await writeBookFile(target, output, {
      unchangedSince: own ? this.revision : undefined,
      exclusive: (!own && options.replace === false) || (own && this.revision === undefined),
    });
    if (own) this.revision = written;
  }
}

/**
 * Starts the contact sheet the action will read on the second thread. Only a head start: a source that cannot be
 * found now (or a state sheet that cannot be read) is left to the read itself, which refuses it with its reason.
 */
function startContactsAhead(book: BookParts, request: ContactSourceRequest): void {
  let part: string;
  try {
    part = findContactSheet(book, request.name, readState(book).contactSource).sheet.part;
  } catch (error) {
    if (error instanceof DomainError) return;
    throw error;
  }
  book.startAhead(part);
}

/** A table needs unique, non-blank column names equal to the header cells; a sheet whose header has gaps gets none. */
function tableTarget(spec: SheetSpec, content: SheetContent): TableTarget {
  const headers = [...content.headers];
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const usable =
    headers.every((h) => h.trim() !== "") && new Set(headers.map((h) => h.toLowerCase())).size === headers.length;
  return {
    sheetName: content.sheetName,
    tableName: spec.tableName,
    headerRow: content.headerRow,
    headers: usable ? headers : [],
    rowCount: content.rows.length,
  };
}
