/**
 * The proxies of the Excel JS API subset the gateway uses. Names, parameters and property types are taken from
 * @types/office-js (Excel.Range["values"], Parameters<Excel.Worksheet["getRangeByIndexes"]>, ...), so a call the real
 * API does not have, or has with other arguments, fails to compile here as it would in the gateway.
 */
import {
  FakeExcelError,
  MAX_ADDRESS_CHARS,
  MAX_COLUMNS,
  MAX_ROWS,
  type BookModel,
  type CellValue,
  type Rect,
  type SheetModel,
  type TableModel,
} from "./model";
import { FakeObject, unknownProperty, type FakeRequestContext } from "./context";

export function columnLetters(column: number): string {
  return (column >= 26 ? columnLetters(Math.floor(column / 26) - 1) : "") + String.fromCharCode(65 + (column % 26));
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(rect: Rect): string {
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  const last = `${columnLetters(rect.left + rect.columns - 1)}${rect.top + rect.rows}`;
  return `${quoteSheet(rect.sheet.name)}!${first}${first === last ? "" : `:${last}`}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B3", "A1:C9", "A:C", "2:5" (with or without $) on one sheet. */
export function parseAddress(sheet: SheetModel, address: string): Rect {
  const parts = address.replace(/\$/g, "").toUpperCase().split(":");
  const ends = parts.map((part) => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(part);
    if (!m || (m[1] === "" && m[2] === "")) throw new FakeExcelError("InvalidArgument", `Invalid address ${address}.`);
    return { column: m[1] === "" ? undefined : columnIndex(m[1]), row: m[2] === "" ? undefined : Number(m[2]) - 1 };
  });
  const [a, b] = [ends[0], ends[1] ?? ends[0]];
  const top = a.row ?? 0;
  const bottom = b.row ?? MAX_ROWS - 1;
  const left = a.column ?? 0;
  const right = b.column ?? MAX_COLUMNS - 1;
  return checked({ sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 });
}

function checked(rect: Rect): Rect {
  const bad =
    rect.rows < 1 ||
    rect.columns < 1 ||
    rect.top < 0 ||
    rect.left < 0 ||
    rect.top + rect.rows > MAX_ROWS ||
    rect.left + rect.columns > MAX_COLUMNS;
  if (bad)
    throw new FakeExcelError(
      "InvalidArgument",
      `The range is outside the sheet (${rect.top},${rect.left} ${rect.rows}x${rect.columns}).`,
    );
  return rect;
}

const isGrid = (value: unknown): value is unknown[][] =>
  Array.isArray(value) && value.every((row) => Array.isArray(row));

function checkDimensions(rect: Rect, grid: unknown, what: string): asserts grid is unknown[][] {
  if (!isGrid(grid) || grid.length !== rect.rows || grid.some((row) => row.length !== rect.columns)) {
    const shape = isGrid(grid) ? `${grid.length}x${grid[0]?.length ?? 0}` : typeof grid;
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${shape} for ${rect.rows}x${rect.columns}).`,
    );
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  private readonly root: FakeReadOnly;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.application = new FakeApplication(context);
    this.root = new FakeReadOnly(context);
  }

  /** ExcelApi 1.9: what is selected now (A1 of the active sheet when nothing was selected through the API). */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi("1.9", "Workbook.getSelectedRanges");
        const book = this.context.host.book;
        const sheet = book.sheets[book.activeSheet];
        if (book.selection?.sheet === sheet) return [...book.selection.areas];
        return [{ sheet, top: 0, left: 0, rows: 1, columns: 1 }];
      },
      { getSelectedRanges: true },
    );
  }

  /** ExcelApi 1.8. */
  get readOnly(): Excel.Workbook["readOnly"] {
    return this.root.readOnly;
  }

  load(names: "readOnly"): this {
    this.root.load(names);
    return this;
  }
}

class FakeReadOnly extends FakeObject<true> {
  constructor(context: FakeRequestContext) {
    super(context, () => true, undefined);
  }
  get readOnly(): boolean {
    return this.loadedValue("readOnly");
  }
  protected readProperty(target: true | undefined, name: string): unknown {
    if (name !== "readOnly") return unknownProperty("Workbook", name);
    if (target) this.context.requireApi("1.8", "Workbook.readOnly");
    return this.context.host.book.readOnly;
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): ReturnType<Excel.Application["suspendApiCalculationUntilNextSync"]> {
    this.context.enqueue({
      payload: { suspendCalc: true },
      write: false,
      run: () => void this.context.host.stats.calcSuspended++,
    });
  }

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): ReturnType<Excel.Application["suspendScreenUpdatingUntilNextSync"]> {
    this.context.enqueue({
      payload: { suspendScreen: true },
      write: false,
      run: () => {
        this.context.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
        this.context.host.stats.screenSuspended++;
      },
    });
  }
}

export class FakeRuntime {
  constructor(private readonly context: FakeRequestContext) {}
  /** ExcelApi 1.8; write-only in the fake (the gateway never reads it). */
  set enableEvents(value: Excel.Runtime["enableEvents"]) {
    this.context.enqueue({
      payload: { enableEvents: value },
      write: false,
      run: () => {
        this.context.requireApi("1.8", "Runtime.enableEvents");
        if (!value) this.context.host.stats.eventsDisabled++;
        this.context.host.book.eventsEnabled = value;
      },
    });
  }
}

export class FakeWorksheetCollection extends FakeObject<SheetModel[]> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.host.book.sheets, undefined);
  }

  getItem(key: Parameters<Excel.WorksheetCollection["getItem"]>[0]): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const sheet = this.context.host.book.sheet(key);
        if (!sheet)
          throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (worksheet ${key}).`);
        return sheet;
      },
      { getItem: key },
    );
  }

  getItemOrNullObject(key: Parameters<Excel.WorksheetCollection["getItemOrNullObject"]>[0]): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.book.sheet(key) ?? null, {
      getItemOrNullObject: key,
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.book.sheets[this.context.host.book.activeSheet], {
      getActiveWorksheet: true,
    });
  }

  add(name: Parameters<Excel.WorksheetCollection["add"]>[0]): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        this.context.assertWritable();
        return this.context.host.book.addSheet(String(name));
      },
      { addSheet: name },
    );
  }

  /** After load("items") (names and visibility of every sheet). */
  get items(): FakeWorksheet[] {
    return this.loadedValue<SheetModel[]>("items").map((sheet) => FakeWorksheet.loaded(this.context, sheet));
  }

  protected override responseOf(value: unknown): unknown {
    return (value as SheetModel[]).map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
  }

  protected readProperty(target: SheetModel[] | undefined, name: string): unknown {
    if (name !== "items" && name !== "items/name" && name !== "items/visibility")
      return unknownProperty("WorksheetCollection", name);
    return target ? [...target] : undefined;
  }

  override load(names: string | string[]): this {
    const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim());
    return super.load(list.some((n) => n.startsWith("items")) ? "items" : list);
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  readonly tables: FakeTableCollection;
  readonly protection: FakeProtection;

  constructor(context: FakeRequestContext, resolver: () => SheetModel | null, payload: unknown) {
    super(context, resolver, payload);
    this.tables = new FakeTableCollection(context, this);
    this.protection = new FakeProtection(context, this);
  }

  /** A proxy whose name and visibility were loaded with its collection. */
  static loaded(context: FakeRequestContext, sheet: SheetModel): FakeWorksheet {
    const proxy = new FakeWorksheet(context, () => sheet, undefined);
    proxy.snapshot = { name: sheet.name, visibility: sheet.visibility };
    return proxy;
  }

  private snapshot?: { name: string; visibility: string };

  get name(): Excel.Worksheet["name"] {
    return this.snapshot ? this.snapshot.name : this.loadedValue("name");
  }
  set name(value: Excel.Worksheet["name"]) {
    this.command({ setName: value }, (sheet) => {
      this.context.assertWritable();
      if (this.context.host.book.sheet(value) && this.context.host.book.sheet(value) !== sheet)
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${value} already exists.`);
      sheet.name = value;
    });
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return (this.snapshot ? this.snapshot.visibility : this.loadedValue("visibility")) as Excel.Worksheet["visibility"];
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.command({ setVisibility: value }, (sheet) => {
      this.context.assertWritable();
      const book = this.context.host.book;
      if (value !== "Visible" && book.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = value as SheetModel["visibility"];
    });
  }

  getRange(address?: Parameters<Excel.Worksheet["getRange"]>[0]): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.need();
        return address === undefined
          ? { sheet, top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }
          : parseAddress(sheet, address);
      },
      { getRange: address },
    );
  }

  getRangeByIndexes(...args: Parameters<Excel.Worksheet["getRangeByIndexes"]>): FakeRange {
    const [top, left, rows, columns] = args;
    return new FakeRange(this.context, () => checked({ sheet: this.need(), top, left, rows, columns }), {
      getRangeByIndexes: args,
    });
  }

  /** ExcelApi 1.9. */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi("1.9", "Worksheet.getRanges");
        return parseAreas(this.need(), address);
      },
      { getRanges: address },
    );
  }

  getUsedRange(valuesOnly?: Parameters<Excel.Worksheet["getUsedRange"]>[0]): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.need();
        const used = this.used(sheet, valuesOnly);
        // A blank worksheet's used range is A1, as in Excel.
        return used ?? { sheet, top: 0, left: 0, rows: 1, columns: 1 };
      },
      { getUsedRange: valuesOnly ?? false },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: Parameters<Excel.Worksheet["getUsedRangeOrNullObject"]>[0]): FakeRange {
    return new FakeRange(this.context, () => this.used(this.need(), valuesOnly) ?? null, {
      getUsedRangeOrNullObject: valuesOnly ?? false,
    });
  }

  private used(sheet: SheetModel, _valuesOnly?: boolean): Rect | null {
    // Formats are not counted even without valuesOnly: the fake has no formatted-but-empty notion of used cells.
    const bounds = sheet.usedBounds();
    if (!bounds) return null;
    return {
      sheet,
      top: bounds.top,
      left: bounds.left,
      rows: bounds.bottom - bounds.top + 1,
      columns: bounds.right - bounds.left + 1,
    };
  }

  /** Brings the sheet to the front; not a change to the workbook, so allowed on a read-only one. */
  activate(): ReturnType<Excel.Worksheet["activate"]> {
    this.command(
      { activate: true },
      (sheet) => void (this.context.host.book.activeSheet = this.context.host.book.sheets.indexOf(sheet)),
      false,
    );
  }

  delete(): ReturnType<Excel.Worksheet["delete"]> {
    this.command({ deleteSheet: true }, (sheet) => {
      this.context.assertWritable();
      const book = this.context.host.book;
      if (sheet.visibility === "VeryHidden")
        throw new FakeExcelError("InvalidOperation", "A very hidden sheet cannot be deleted; make it visible first.");
      if (book.sheets.filter((s) => s.visibility === "Visible").length === 1 && sheet.visibility === "Visible") {
        throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      for (let i = book.tables.length - 1; i >= 0; i--) if (book.tables[i].sheet === sheet) book.tables.splice(i, 1);
      book.activeSheet = Math.min(book.activeSheet, book.sheets.length - 1);
    });
  }

  protected readProperty(target: SheetModel | undefined, name: string): unknown {
    if (name === "name") return target?.name;
    if (name === "visibility") return target?.visibility;
    return unknownProperty("Worksheet", name);
  }
}

export class FakeProtection extends FakeObject<SheetModel> {
  constructor(context: FakeRequestContext, sheet: FakeWorksheet) {
    super(context, () => sheet.resolve(), undefined);
  }
  get protected(): Excel.WorksheetProtection["protected"] {
    return this.loadedValue("protected");
  }
  protected readProperty(target: SheetModel | undefined, name: string): unknown {
    if (name !== "protected") return unknownProperty("WorksheetProtection", name);
    return target?.protected;
  }
}

/** Selects the areas (all on one sheet), bringing their sheet to the front as Excel does; a hidden sheet refuses. */
function selectAreas(book: BookModel, areas: readonly Rect[]): void {
  const sheet = areas[0].sheet;
  if (sheet.visibility !== "Visible")
    throw new FakeExcelError(
      "InvalidOperation",
      `The sheet ${sheet.name} is hidden: a range on it cannot be selected.`,
    );
  book.activeSheet = book.sheets.indexOf(sheet);
  book.selection = { sheet, row: areas[0].top, column: areas[0].left, areas };
}

/**
 * Several areas of "2:3,5:5" (commas or semicolons), as Worksheet.getRanges reads them; Excel refuses an address
 * longer than its reference limit, and so does the fake.
 */
export function parseAreas(sheet: SheetModel, address: string): Rect[] {
  if (address.length > MAX_ADDRESS_CHARS)
    throw new FakeExcelError(
      "InvalidArgument",
      `The address has ${address.length} characters; Excel takes at most ${MAX_ADDRESS_CHARS}.`,
    );
  return address.split(/[,;]/).map((area) => parseAddress(sheet, area.trim()));
}

/** ExcelApi 1.9: one or more rectangular ranges of one sheet (getRanges, getSelectedRanges). */
export class FakeRangeAreas extends FakeObject<Rect[]> {
  constructor(context: FakeRequestContext, resolver: () => Rect[] | null, payload: unknown) {
    super(context, resolver, payload);
  }

  select(): ReturnType<Excel.RangeAreas["select"]> {
    this.command({ select: true }, (areas) => selectAreas(this.context.host.book, areas), false);
  }

  get areaCount(): Excel.RangeAreas["areaCount"] {
    return this.loadedValue("areaCount");
  }

  get cellCount(): Excel.RangeAreas["cellCount"] {
    return this.loadedValue("cellCount");
  }

  protected readProperty(target: Rect[] | undefined, name: string): unknown {
    if (name === "areaCount") return target?.length;
    if (name === "cellCount") return target?.reduce((sum, rect) => sum + rect.rows * rect.columns, 0);
    return unknownProperty("RangeAreas", name);
  }
}

export class FakeRange extends FakeObject<Rect> {
  constructor(context: FakeRequestContext, resolver: () => Rect | null, payload: unknown) {
    super(context, resolver, payload);
  }

  /** Selects the range in the grid, bringing its sheet to the front as Excel does. */
  select(): ReturnType<Excel.Range["select"]> {
    this.command(
      { select: true },
      (rect) => {
        const book = this.context.host.book;
        if (rect.sheet.visibility !== "Visible")
          throw new FakeExcelError(
            "InvalidOperation",
            `The sheet ${rect.sheet.name} is hidden: a range on it cannot be selected.`,
          );
        selectAreas(book, [rect]);
      },
      false,
    );
  }

  get values(): Excel.Range["values"] {
    return this.loadedValue("values");
  }
  set values(grid: Excel.Range["values"]) {
    this.command({ values: grid }, (rect) => {
      checkDimensions(rect, grid, "values");
      this.context.assertWritable(rect.sheet.name, rect.sheet.protected);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          // null leaves a cell as it is; "" clears it.
          if (value === null || value === undefined) return;
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
            throw new FakeExcelError(
              "InvalidArgument",
              `Cell values must be strings, numbers or booleans, not ${typeof value}.`,
            );
          }
          rect.sheet.setTyped(rect.top + r, rect.left + c, value as CellValue);
        }),
      );
      growTables(this.context, rect);
    });
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.loadedValue("numberFormat");
  }
  /** A 2-D array of the range's size, or one string for every cell (as Excel accepts). */
  set numberFormat(formats: Excel.Range["numberFormat"] | string) {
    this.command({ numberFormat: formats }, (rect) => {
      this.context.assertWritable(rect.sheet.name, rect.sheet.protected);
      if (typeof formats === "string") {
        for (let c = 0; c < rect.columns; c++)
          rect.sheet.setFormat(rect.top, rect.top + rect.rows - 1, rect.left + c, formats);
        return;
      }
      checkDimensions(rect, formats, "numberFormat");
      formats.forEach((row, r) =>
        row.forEach(
          (format, c) =>
            format !== null && rect.sheet.setFormat(rect.top + r, rect.top + r, rect.left + c, String(format)),
        ),
      );
    });
  }

  /** Only font.bold, write-only (the gateway bolds an exported list's header). */
  get format(): { font: { bold: Excel.RangeFont["bold"] } } {
    const command = (payload: unknown, run: (rect: Rect) => void) => this.command(payload, run);
    const context = this.context;
    return {
      font: {
        get bold(): boolean {
          throw new Error("The fake's format.font.bold is write-only.");
        },
        set bold(value: boolean) {
          command({ bold: value }, (rect) => context.assertWritable(rect.sheet.name, rect.sheet.protected));
        },
      },
    };
  }

  get formulas(): Excel.Range["formulas"] {
    return this.loadedValue("formulas");
  }
  get address(): Excel.Range["address"] {
    return this.loadedValue("address");
  }
  get rowIndex(): Excel.Range["rowIndex"] {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): Excel.Range["columnIndex"] {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): Excel.Range["rowCount"] {
    return this.loadedValue("rowCount");
  }
  get columnCount(): Excel.Range["columnCount"] {
    return this.loadedValue("columnCount");
  }
  /** false: no row hidden; true: all hidden; null: mixed (Excel's answer for a multi-row range). */
  get rowHidden(): Excel.Range["rowHidden"] {
    return this.loadedValue("rowHidden");
  }

  getCell(...args: Parameters<Excel.Range["getCell"]>): FakeRange {
    const [row, column] = args;
    return this.derived({ getCell: args }, (r) => ({
      ...r,
      top: r.top + row,
      left: r.left + column,
      rows: 1,
      columns: 1,
    }));
  }
  getResizedRange(...args: Parameters<Excel.Range["getResizedRange"]>): FakeRange {
    const [deltaRows, deltaColumns] = args;
    return this.derived({ getResizedRange: args }, (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      columns: r.columns + deltaColumns,
    }));
  }
  getOffsetRange(...args: Parameters<Excel.Range["getOffsetRange"]>): FakeRange {
    const [rowOffset, columnOffset] = args;
    return this.derived({ getOffsetRange: args }, (r) => ({
      ...r,
      top: r.top + rowOffset,
      left: r.left + columnOffset,
    }));
  }
  getRow(...args: Parameters<Excel.Range["getRow"]>): FakeRange {
    return this.derived({ getRow: args }, (r) => ({ ...r, top: r.top + args[0], rows: 1 }));
  }
  getColumn(...args: Parameters<Excel.Range["getColumn"]>): FakeRange {
    return this.derived({ getColumn: args }, (r) => ({ ...r, left: r.left + args[0], columns: 1 }));
  }
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.context, () => this.need(), { getVisibleView: true });
  }

  /** Only DeleteShiftDirection.up: the gateway shrinks tables by deleting whole row ranges. */
  delete(shift: Parameters<Excel.Range["delete"]>[0]): ReturnType<Excel.Range["delete"]> {
    this.command({ delete: shift }, (rect) => {
      if (shift !== "Up")
        throw new FakeExcelError("InvalidArgument", `The fake only deletes with shift "Up", not ${shift}.`);
      this.context.assertWritable(rect.sheet.name, rect.sheet.protected);
      const bottom = rect.top + rect.rows - 1;
      const right = rect.left + rect.columns - 1;
      for (const table of this.context.host.book.tables.filter((t) => t.sheet === rect.sheet)) {
        const overlapsColumns = rect.left <= table.left + table.columns - 1 && right >= table.left;
        const bodyTop = table.top + 1;
        const bodyBottom = table.top + table.bodyRows;
        if (!overlapsColumns || rect.top > bodyBottom + (table.showTotals ? 1 : 0)) continue;
        const covers = rect.left <= table.left && right >= table.left + table.columns - 1;
        if (!covers || rect.top <= table.top) {
          throw new FakeExcelError(
            "InvalidOperation",
            `This operation isn't allowed: it would move cells in table ${table.name}.`,
          );
        }
        const deleted = Math.max(0, Math.min(bottom, bodyBottom) - Math.max(rect.top, bodyTop) + 1);
        table.bodyRows = Math.max(1, table.bodyRows - deleted);
      }
      rect.sheet.deleteUp(rect.top, bottom, rect.left, right);
      for (const table of this.context.host.book.tables) {
        if (
          table.sheet === rect.sheet &&
          table.top > bottom &&
          table.left >= rect.left &&
          table.left + table.columns - 1 <= right
        )
          table.top -= rect.rows;
      }
    });
  }

  private derived(payload: unknown, shape: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, () => checked(shape(this.need())), payload);
  }

  protected readProperty(rect: Rect | undefined, name: string): unknown {
    switch (name) {
      case "values":
      case "formulas": {
        if (!rect) return undefined;
        // Past 5,000,000 cells Excel answers null instead of an error.
        if (rect.rows * rect.columns > this.context.host.options.cellLimit) return null;
        return grid(rect, (r, c) =>
          name === "formulas" ? (rect.sheet.formula(r, c) ?? rect.sheet.value(r, c)) : rect.sheet.value(r, c),
        );
      }
      case "numberFormat":
        return rect && grid(rect, (r, c) => rect.sheet.format(r, c));
      case "address":
        return rect && addressOf(rect);
      case "rowIndex":
        return rect?.top;
      case "columnIndex":
        return rect?.left;
      case "rowCount":
        return rect?.rows;
      case "columnCount":
        return rect?.columns;
      case "rowHidden": {
        if (!rect) return undefined;
        let hidden = 0;
        for (const row of rect.sheet.hiddenRows) if (row - 1 >= rect.top && row - 1 < rect.top + rect.rows) hidden++;
        return hidden === 0 ? false : hidden === rect.rows ? true : null;
      }
      default:
        return unknownProperty("Range", name);
    }
  }
}

function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = new Array(rect.columns);
    for (let c = 0; c < rect.columns; c++) row[c] = cell(rect.top + r, rect.left + c);
    out[r] = row;
  }
  return out;
}

/**
 * Excel grows a table when values are written into the row right below it (and keeps growing over a block that
 * starts inside or right below the table): the co-authoring-friendly way to append, instead of rows.add.
 */
function growTables(context: FakeRequestContext, rect: Rect): void {
  const bottom = rect.top + rect.rows - 1;
  for (const table of context.host.book.tables) {
    if (table.sheet !== rect.sheet || table.showTotals) continue;
    const within = rect.left >= table.left && rect.left + rect.columns <= table.left + table.columns;
    const tableBottom = table.top + table.bodyRows;
    if (within && rect.top > table.top && rect.top <= tableBottom + 1 && bottom > tableBottom)
      table.bodyRows = bottom - table.top;
  }
}

export class FakeRangeView extends FakeObject<Rect> {
  /** Addresses of the visible rows' cells. */
  get cellAddresses(): Excel.RangeView["cellAddresses"] {
    return this.loadedValue("cellAddresses");
  }
  protected readProperty(rect: Rect | undefined, name: string): unknown {
    if (name !== "cellAddresses") return unknownProperty("RangeView", name);
    if (!rect) return undefined;
    const out: string[][] = [];
    for (let r = rect.top; r < rect.top + rect.rows; r++) {
      if (rect.sheet.hiddenRows.has(r + 1)) continue;
      out.push(
        Array.from({ length: rect.columns }, (_, c) =>
          addressOf({ sheet: rect.sheet, top: r, left: rect.left + c, rows: 1, columns: 1 }),
        ),
      );
    }
    return out;
  }
}

export class FakeTableCollection extends FakeObject<TableModel[]> {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | undefined,
  ) {
    super(context, () => context.host.book.tables, undefined);
  }

  getItem(key: Parameters<Excel.TableCollection["getItem"]>[0]): FakeTable {
    return new FakeTable(
      this.context,
      () => {
        const table = this.context.host.book.table(key);
        if (!table) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (table ${key}).`);
        return table;
      },
      { getTable: key },
    );
  }

  getItemOrNullObject(key: Parameters<Excel.TableCollection["getItemOrNullObject"]>[0]): FakeTable {
    return new FakeTable(this.context, () => this.context.host.book.table(key) ?? null, { getTableOrNullObject: key });
  }

  /** On a worksheet's collection (or with a sheet-qualified address on the workbook's, not supported here). */
  add(...args: Parameters<Excel.TableCollection["add"]>): FakeTable {
    const [address, hasHeaders] = args;
    return new FakeTable(
      this.context,
      () => {
        if (!this.worksheet)
          throw new FakeExcelError("InvalidArgument", "The fake adds tables through worksheet.tables only.");
        const rect =
          typeof address === "string"
            ? parseAddress(this.worksheet.resolve()!, address)
            : (address as unknown as FakeRange).resolve()!;
        if (!hasHeaders)
          throw new FakeExcelError("InvalidArgument", "The fake only adds tables whose first row is the header.");
        this.context.assertWritable(rect.sheet.name, rect.sheet.protected);
        const book = this.context.host.book;
        const overlaps = book.tables.some(
          (t) =>
            t.sheet === rect.sheet &&
            rect.top <= t.top + t.bodyRows &&
            rect.top + rect.rows - 1 >= t.top &&
            rect.left <= t.left + t.columns - 1 &&
            rect.left + rect.columns - 1 >= t.left,
        );
        if (overlaps) throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
        let n = book.tables.length + 1;
        while (book.table(`Table${n}`)) n++;
        const table: TableModel = {
          name: `Table${n}`,
          sheet: rect.sheet,
          top: rect.top,
          left: rect.left,
          columns: rect.columns,
          bodyRows: Math.max(1, rect.rows - 1),
          showTotals: false,
        };
        for (let c = 0; c < rect.columns; c++)
          if (rect.sheet.value(rect.top, rect.left + c) === "")
            rect.sheet.setRaw(rect.top, rect.left + c, `Column${c + 1}`);
        book.tables.push(table);
        return table;
      },
      { addTable: typeof address === "string" ? address : "range", hasHeaders },
    );
  }

  get items(): FakeTable[] {
    return this.loadedValue<TableModel[]>("items").map((table) => FakeTable.loaded(this.context, table));
  }

  protected override responseOf(value: unknown): unknown {
    return (value as TableModel[]).map((table) => ({ name: table.name }));
  }

  override load(names: string | string[]): this {
    const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim());
    return super.load(list.some((n) => n.startsWith("items")) ? "items" : list);
  }

  protected readProperty(target: TableModel[] | undefined, name: string): unknown {
    if (name !== "items" && name !== "items/name") return unknownProperty("TableCollection", name);
    if (!target) return undefined;
    // A worksheet's collection holds that sheet's tables only.
    const sheet = this.worksheet?.resolve();
    return target.filter((t) => !sheet || t.sheet === sheet);
  }
}

export class FakeTable extends FakeObject<TableModel> {
  private snapshotName?: string;

  static loaded(context: FakeRequestContext, table: TableModel): FakeTable {
    const proxy = new FakeTable(context, () => table, undefined);
    proxy.snapshotName = table.name;
    return proxy;
  }

  get name(): Excel.Table["name"] {
    return this.snapshotName ?? this.loadedValue("name");
  }
  set name(value: Excel.Table["name"]) {
    this.command({ setTableName: value }, (table) => {
      this.context.assertWritable();
      const other = this.context.host.book.table(value);
      if (other && other !== table)
        throw new FakeExcelError("ItemAlreadyExists", `A table named ${value} already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value))
        throw new FakeExcelError("InvalidArgument", `${value} is not a valid table name.`);
      table.name = value;
    });
  }

  get showTotals(): Excel.Table["showTotals"] {
    return this.loadedValue("showTotals");
  }

  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.context, this);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.need().sheet, { tableWorksheet: true });
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.need();
        return {
          sheet: t.sheet,
          top: t.top,
          left: t.left,
          rows: 1 + t.bodyRows + (t.showTotals ? 1 : 0),
          columns: t.columns,
        };
      },
      { tableRange: true },
    );
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.need();
        return { sheet: t.sheet, top: t.top, left: t.left, rows: 1, columns: t.columns };
      },
      { tableHeader: true },
    );
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.need();
        return { sheet: t.sheet, top: t.top + 1, left: t.left, rows: t.bodyRows, columns: t.columns };
      },
      { tableBody: true },
    );
  }

  protected readProperty(target: TableModel | undefined, name: string): unknown {
    if (name === "name") return target?.name;
    if (name === "showTotals") return target?.showTotals;
    return unknownProperty("Table", name);
  }
}

export class FakeTableColumnCollection extends FakeObject<TableModel> {
  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
  ) {
    super(context, () => table.resolve(), undefined);
  }

  get count(): Excel.TableColumnCollection["count"] {
    return this.loadedValue("count");
  }

  /** Only at the right end (index undefined), without values: cells right of the table move one column right. */
  add(...args: Parameters<Excel.TableColumnCollection["add"]>): FakeTableColumn {
    const [index, values, name] = args;
    this.command({ addTableColumn: args }, (table) => {
      if ((index !== undefined && index !== null) || values !== undefined)
        throw new FakeExcelError("InvalidArgument", "The fake adds table columns at the end and without values only.");
      this.context.assertWritable(table.sheet.name, table.sheet.protected);
      const column = table.left + table.columns;
      table.sheet.shiftRight(table.top, table.top + table.bodyRows + (table.showTotals ? 1 : 0), column);
      table.columns++;
      table.sheet.setRaw(table.top, column, name ?? `Column${table.columns}`);
    });
    return this.getItemAt(-1);
  }

  /** A negative index counts from the end (the fake's own shorthand for the column just added). */
  getItemAt(index: Parameters<Excel.TableColumnCollection["getItemAt"]>[0]): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => {
        const table = this.table.resolve()!;
        const at = index < 0 ? table.columns + index : index;
        if (at < 0 || at >= table.columns)
          throw new FakeExcelError("ItemNotFound", `The table has no column ${index}.`);
        return { table, at };
      },
      { tableColumnAt: index },
    );
  }

  protected readProperty(target: TableModel | undefined, name: string): unknown {
    if (name !== "count") return unknownProperty("TableColumnCollection", name);
    return target?.columns;
  }
}

export class FakeTableColumn extends FakeObject<{ table: TableModel; at: number }> {
  get name(): Excel.TableColumn["name"] {
    return this.loadedValue("name");
  }

  delete(): ReturnType<Excel.TableColumn["delete"]> {
    this.command({ deleteTableColumn: true }, ({ table, at }) => {
      this.context.assertWritable(table.sheet.name, table.sheet.protected);
      if (table.columns === 1) throw new FakeExcelError("InvalidOperation", "A table keeps at least one column.");
      table.sheet.shiftLeft(table.top, table.top + table.bodyRows + (table.showTotals ? 1 : 0), table.left + at);
      table.columns--;
    });
  }

  protected readProperty(target: { table: TableModel; at: number } | undefined, name: string): unknown {
    if (name !== "name") return unknownProperty("TableColumn", name);
    return target && String(target.table.sheet.value(target.table.top, target.table.left + target.at));
  }
}
