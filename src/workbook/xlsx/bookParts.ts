/**
 * A package opened as a workbook: its structure, styles and shared strings read once, on first use, and read again
 * only after a part they come from was changed.
 */
import { DomainError } from "../../domain/errors";
import type { Cell } from "../rowCodec";
import { readSharedStrings } from "./sharedStrings";
import { readPartsAhead, type PartsAhead, type StringsAhead } from "./partsAhead";
import { readCellStyles, type CellStyles } from "./styles";
import {
  columnLetters,
  parsePart,
  readTables,
  readWorkbook,
  REL_TYPE,
  type PackageTable,
  type WorkbookFacts,
} from "./workbookParts";
import { UnusualXml } from "./fastXml";
import { readWorksheet, ROW_HINT_MAX, type WorksheetVisitor } from "./worksheetReader";
import { scanWorksheet } from "./worksheetScanner";
import { XmlFormatError } from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

/** A small sheet's cells (a dedicated sheet or the state sheet), read whole. */
export interface SheetGrid {
  /** Row → cells by 0-based column. */
  readonly rows: ReadonlyMap<number, readonly Cell[]>;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Cell style index per 1-based column: the first cell below `styleRow`, else the column's default style. */
  readonly columnStyles: ReadonlyMap<number, number>;
  /** Some cell holds a formula: a rewrite of the sheet leaves the workbook's calculation chain stale. */
  readonly hasFormulas: boolean;
}

export class BookParts {
  private cachedWorkbook?: WorkbookFacts;
  private cachedTables?: PackageTable[];
  private cachedStyles?: CellStyles;
  private cachedStrings?: string[];
  private stringsAhead?: StringsAhead;
  /** A big sheet being inflated on the second thread, and its part. */
  private sheetAhead?: { readonly part: string; readonly bytes: NonNullable<PartsAhead["sheet"]> };
  private aheadStarted = false;
  /** Grids read, with the revision of the part read: a command reads the same dedicated sheet several times. */
  private readonly grids = new Map<string, { readonly part: string; readonly revision: string; grid: SheetGrid }>();

  constructor(
    readonly pkg: XlsxPackage,
    /** The file as the user named it, for messages. */
    readonly label: string,
  ) {}

  /** Forgets what was read from parts, after a change to them. */
  changed(): void {
    this.cachedWorkbook = undefined;
    this.cachedTables = undefined;
    this.cachedStyles = undefined;
  }

  workbook(): WorkbookFacts {
    return (this.cachedWorkbook ??= readWorkbook(this.pkg, this.label));
  }

  tables(): PackageTable[] {
    return (this.cachedTables ??= readTables(this.pkg, this.workbook().sheets, this.label));
  }

  stylesPart(): string | undefined {
    return this.workbook().rels.find((rel) => rel.type === REL_TYPE.styles)?.part;
  }

  styles(): CellStyles {
    const part = this.stylesPart();
    return (this.cachedStyles ??= readCellStyles(part ? parsePart(this.pkg, part, this.label) : undefined));
  }

  private sharedStringsPart(): string | undefined {
    return this.workbook().rels.find((rel) => rel.type === REL_TYPE.sharedStrings)?.part;
  }

  /**
   * Starts reading on a second thread (partsAhead.ts) the shared strings, for a reader that will want them once it
   * has read a big sheet, and the big sheet `sheetPart` itself when given (inflated, for scanSheet to take): asked
   * once, at the first reader that knows it will want them; strings() and scanSheet() then take them.
   */
  startAhead(sheetPart?: string): void {
    if (this.aheadStarted) {
      // Another sheet than the one started (the reader names another): its bytes are let go as soon as they come.
      if (sheetPart !== undefined && this.sheetAhead && this.sheetAhead.part !== sheetPart) {
        this.sheetAhead.bytes.drop();
        this.sheetAhead = undefined;
      }
      return;
    }
    this.aheadStarted = true;
    const stringsPart = this.cachedStrings ? undefined : this.sharedStringsPart();
    const ahead = readPartsAhead({
      sheet: sheetPart === undefined ? undefined : this.pkg.storedEntry(sheetPart),
      strings: stringsPart === undefined ? undefined : this.pkg.storedEntry(stringsPart),
    });
    this.stringsAhead = ahead?.strings;
    if (sheetPart !== undefined && ahead?.sheet) this.sheetAhead = { part: sheetPart, bytes: ahead.sheet };
  }

  /** The part's bytes as the thread inflated them, when it was asked to and the part is unchanged since. */
  private takeSheetAhead(part: string): Uint8Array | undefined {
    const ahead = this.sheetAhead;
    if (!ahead || ahead.part !== part) return undefined;
    this.sheetAhead = undefined;
    if (this.pkg.storedEntry(part)) return ahead.bytes.take();
    ahead.bytes.drop();
    return undefined;
  }

  strings(): readonly string[] {
    if (!this.cachedStrings) {
      const part = this.sharedStringsPart();
      const ahead = this.stringsAhead;
      this.stringsAhead = undefined;
      this.cachedStrings = this.guard(
        part ?? "",
        () => ahead?.take() ?? readSharedStrings(part ? this.pkg.bytes(part) : undefined),
      );
    }
    return this.cachedStrings;
  }

  readSheet(part: string, visitor: WorksheetVisitor): void {
    const data = this.pkg.bytes(part);
    if (!data) return;
    const context = { strings: () => this.strings(), styles: this.styles(), date1904: this.workbook().date1904 };
    this.guard(part, () => readWorksheet(data, context, visitor));
  }

  /**
   * A big sheet's cells through the byte scanner (worksheetScanner.ts), read again with saxes when it holds XML the
   * scanner leaves to saxes. The scanner may have called a visitor before it stopped, so each read gets a new one.
   */
  scanSheet<T>(part: string, start: () => { visitor: WorksheetVisitor; result: () => T }): T {
    const data = this.takeSheetAhead(part) ?? this.pkg.bytes(part);
    const read = start();
    if (!data) return read.result();
    const context = { strings: () => this.strings(), styles: this.styles(), date1904: this.workbook().date1904 };
    try {
      scanWorksheet(data, context, read.visitor);
      return read.result();
    } catch (error) {
      if (!(error instanceof UnusualXml)) throw error;
    }
    const again = start();
    this.readSheet(part, again.visitor);
    return again.result();
  }

  /**
   * A sheet's cells as a grid. A formula without a stored result that is not a constant is refused, naming the cell:
   * the add-in's own sheets are read as honestly as the contact sheet.
   */
  grid(part: string, sheetName: string, styleRow = 1): SheetGrid {
    // Kept while the part itself is unchanged: writing one dedicated sheet does not make another be read again.
    // Grids of parts changed since are dropped, so a rewritten sheet's old cells are not held to the end.
    for (const [key, known] of this.grids)
      if (known.revision !== this.pkg.partRevision(known.part)) this.grids.delete(key);
    const key = `${styleRow}:${part}`;
    const known = this.grids.get(key);
    if (known) return known.grid;
    const grid = this.readGrid(part, sheetName, styleRow);
    this.grids.set(key, { part, revision: this.pkg.partRevision(part), grid });
    return grid;
  }

  private readGrid(part: string, sheetName: string, styleRow: number): SheetGrid {
    // The byte scanner, as for the contact sheet: a segment's lines are a sheet of 10,000 rows and more.
    return this.scanSheet(part, () => gridCells(sheetName, styleRow));
  }

  private guard<T>(part: string, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof XmlFormatError)
        throw new DomainError(`${this.label}: the part ${part} is not well-formed XML (${error.message}).`, "io");
      throw error;
    }
  }
}

/** A grid's cells as a sheet's reader finds them. */
function gridCells(sheetName: string, styleRow: number): { visitor: WorksheetVisitor; result: () => SheetGrid } {
  const rows = new Map<number, Cell[]>();
  const columnStyles = new Map<number, number>();
  const defaultStyles = new Map<number, number>();
  let lastRow = 0;
  let lastColumn = 0;
  let hasFormulas = false;
  let cachedRow = -1;
  let cachedCells: Cell[] | undefined;
  const visitor: WorksheetVisitor = {
    row: (row) => {
      if (row > lastRow) lastRow = row;
    },
    cell: (row, column, value, style) => {
      // A row's cells come together: its array is looked up once per row, not once per cell.
      if (row !== cachedRow) {
        cachedRow = row;
        cachedCells = rows.get(row);
        // As wide as the widest row so far (worksheetReader.ts ROW_HINT_MAX).
        if (!cachedCells) rows.set(row, (cachedCells = new Array<Cell>(Math.min(lastColumn, ROW_HINT_MAX))));
      }
      const cells = cachedCells as Cell[];
      cells[column - 1] = value;
      if (row > lastRow) lastRow = row;
      if (column > lastColumn) lastColumn = column;
      if (row > styleRow && !columnStyles.has(column)) columnStyles.set(column, style);
    },
    formula: () => {
      hasFormulas = true;
    },
    columnStyle: (min, max, style) => {
      for (let column = min; column <= Math.min(max, min + 1000); column++) defaultStyles.set(column, style);
    },
    unresolved: (row, column) => {
      throw new DomainError(
        `${sheetName}!${columnLetters(column)}${row}: formula without a computed result; open and save the book in Excel or LibreOffice.`,
        "cell-value",
      );
    },
  };
  return {
    visitor,
    result: () => {
      for (const [column, style] of defaultStyles) if (!columnStyles.has(column)) columnStyles.set(column, style);
      return { rows, lastRow, lastColumn, columnStyles, hasFormulas };
    },
  };
}
