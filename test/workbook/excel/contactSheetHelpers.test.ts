/**
 * The task pane's small contact-sheet loader, against a hand-made fake of the few Excel JS objects it touches.
 * The fake keeps office-js's central rule: a property can only be read after load() and context.sync()
 * (isNullObject after a sync), so a missing load fails here as it would in Excel.
 */
import { buildContactTable } from "../../../src/domain/contacts";
import { columnNumberFormats, hiddenRowsOf, readContactSheet, rowOfAddress } from "../../../src/workbook/excel/readContactSheet";

interface FakeSheet {
  readonly name: string;
  /** From A1; ragged rows are fine; "" is empty. */
  readonly cells: unknown[][];
  /** Number format of a cell (0-based row and column); "General" when missing. */
  readonly formats?: (row: number, column: number) => string;
  /** 1-based hidden rows. */
  readonly hidden?: number[];
}

interface FakeTable {
  readonly name: string;
  readonly sheet: string;
  /** 0-based top-left cell and size of the whole table (header, body, totals). */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly showTotals: boolean;
}

interface FakeBook {
  readonly sheets: FakeSheet[];
  readonly active: string;
  readonly tables?: FakeTable[];
}

const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));

class FakeContext {
  syncs = 0;
  private readonly pending: ClientObject[] = [];
  readonly workbook: { tables: unknown; worksheets: unknown };

  constructor(readonly book: FakeBook) {
    const sheetNamed = (name: string) => book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    this.workbook = {
      tables: {
        getItemOrNullObject: (name: string) => {
          const table = book.tables?.find((t) => t.name.toLowerCase() === name.toLowerCase());
          return table ? new Table(this, table) : new ClientObject(this, true);
        },
      },
      worksheets: {
        getItemOrNullObject: (name: string) => {
          const sheet = sheetNamed(name);
          return sheet ? new Worksheet(this, sheet) : new ClientObject(this, true);
        },
        getActiveWorksheet: () => new Worksheet(this, sheetNamed(book.active)!),
      },
    };
  }

  queue(object: ClientObject): void {
    this.pending.push(object);
  }

  async sync(): Promise<void> {
    this.syncs++;
    for (const object of this.pending.splice(0)) object.commitLoads();
  }
}

class ClientObject {
  private readonly born: number;
  private readonly requested = new Set<string>();
  private readonly loaded = new Set<string>();

  constructor(
    protected readonly context: FakeContext,
    private readonly isNull = false,
  ) {
    this.born = context.syncs;
  }

  get isNullObject(): boolean {
    if (this.context.syncs <= this.born) throw new Error("isNullObject read before context.sync()");
    return this.isNull;
  }

  load(names: string | string[]): this {
    for (const name of (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim())) this.requested.add(name);
    this.context.queue(this);
    return this;
  }

  commitLoads(): void {
    for (const name of this.requested) this.loaded.add(name);
  }

  protected read<T>(name: string, value: () => T): T {
    if (this.isNull) throw new Error(`${name} read on a null object`);
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return value();
  }
}

class Worksheet extends ClientObject {
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
  ) {
    super(context);
  }

  get name(): string {
    return this.read("name", () => this.sheet.name);
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): ClientObject {
    expect(valuesOnly).toBe(true);
    const used: [number, number][] = [];
    this.sheet.cells.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== undefined && used.push([r, c])));
    if (used.length === 0) return new ClientObject(this.context, true);
    const top = Math.min(...used.map(([r]) => r));
    const left = Math.min(...used.map(([, c]) => c));
    const bottom = Math.max(...used.map(([r]) => r));
    const right = Math.max(...used.map(([, c]) => c));
    return new Range(this.context, this.sheet, top, left, bottom - top + 1, right - left + 1);
  }
}

class Table extends ClientObject {
  constructor(
    context: FakeContext,
    readonly table: FakeTable,
  ) {
    super(context);
  }

  get showTotals(): boolean {
    return this.read("showTotals", () => this.table.showTotals);
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, this.context.book.sheets.find((s) => s.name === this.table.sheet)!);
  }

  getRange(): Range {
    const t = this.table;
    return new Range(this.context, this.worksheet.sheet, t.top, t.left, t.rows, t.columns);
  }
}

class Range extends ClientObject {
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(context);
    expect(rows).toBeGreaterThan(0);
    expect(columns).toBeGreaterThan(0);
  }

  private grid<T>(cell: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => cell(this.top + r, this.left + c)));
  }

  private hiddenCount(): number {
    return Array.from({ length: this.rows }, (_, r) => this.top + r + 1).filter((row) => this.sheet.hidden?.includes(row)).length;
  }

  get values(): unknown[][] {
    return this.read("values", () => this.grid((r, c) => this.sheet.cells[r]?.[c] ?? ""));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat", () => this.grid((r, c) => this.sheet.formats?.(r, c) ?? "General"));
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.top);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.left);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.rows);
  }
  get columnCount(): number {
    return this.read("columnCount", () => this.columns);
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden", () => (this.hiddenCount() === 0 ? false : this.hiddenCount() === this.rows ? true : null));
  }

  getCell(r: number, c: number): Range {
    return new Range(this.context, this.sheet, this.top + r, this.left + c, 1, 1);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return new Range(this.context, this.sheet, this.top, this.left, this.rows + deltaRows, this.columns + deltaColumns);
  }
  getColumn(c: number): Range {
    return new Range(this.context, this.sheet, this.top, this.left + c, this.rows, 1);
  }
  getVisibleView(): RangeView {
    return new RangeView(this.context, this);
  }
}

/** The visible rows of a range: only cellAddresses, the one property the loader reads. */
class RangeView extends ClientObject {
  constructor(
    context: FakeContext,
    readonly range: Range,
  ) {
    super(context);
  }

  get cellAddresses(): string[][] {
    const { top, left, rows, columns, sheet } = this.range;
    return this.read("cellAddresses", () =>
      Array.from({ length: rows }, (_, r) => top + r + 1)
        .filter((row) => !sheet.hidden?.includes(row))
        .map((row) => Array.from({ length: columns }, (_, c) => `${sheet.name}!${letter(left + c)}${row}`)),
    );
  }
}

let context: FakeContext;

function useBook(book: FakeBook, contentLanguage = "sv-SE"): void {
  context = new FakeContext(book);
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = { run: <T>(batch: (ctx: FakeContext) => Promise<T>) => batch(context) };
  globals.Office = { context: { contentLanguage, displayLanguage: "en-US" } };
}

afterAll(() => {
  const globals = globalThis as unknown as Record<string, unknown>;
  delete globals.Excel;
  delete globals.Office;
});

const CONTACTS = [
  ["No.", "Name", "Last contact"],
  ["K1", "Anna", 45293],
  ["K2", "Bo", 45294],
  ["K3", "Cia", 45295],
];

describe("readContactSheet", () => {
  it("prefers a table named Contacts, with its place on the sheet and its totals row", async () => {
    const cells = [[], [], ["", "", "Ignored beside the table"], ...CONTACTS.map((row) => ["", "", ...row]), ["", "", "Total", "", 3]];
    useBook({
      sheets: [{ name: "Data", cells, formats: (_, c) => (c === 4 ? "yyyy-mm-dd" : "General") }, { name: "Contacts", cells: [["No."], ["X"]] }],
      active: "Contacts",
      tables: [{ name: "CONTACTS", sheet: "Data", top: 3, left: 2, rows: 5, columns: 3, showTotals: true }],
    });
    const input = await readContactSheet();
    expect(input).toEqual({
      sheetName: "Data",
      values: [...CONTACTS, ["Total", "", 3]],
      firstRow: 4,
      firstColumn: 2,
      numberFormats: [undefined, undefined, "yyyy-mm-dd"],
      hasTotalsRow: true,
      hiddenRows: new Set(),
      locale: "sv-SE",
    });
    expect(context.syncs).toBe(3);
    const { table } = buildContactTable(input);
    expect(table.rowCount).toBe(3);
    expect(table.columns.map((c) => c.type)).toEqual(["text", "text", "date"]);
  });

  it("else reads the used range of a sheet named Contacts, title rows and all, sampling formats below the header", async () => {
    const cells = [[], ["", "Campaign list"], ["", "Spring 2025", "", 44000], ...CONTACTS.map((row) => ["", ...row])];
    const formats = (row: number, column: number) => {
      if (row <= 3) throw new Error(`format of row ${row + 1} read: only rows below the header are sampled`);
      return column === 3 ? "d/m/yyyy" : "General";
    };
    useBook({ sheets: [{ name: "Other", cells: [["x"]] }, { name: "Contacts", cells, formats }], active: "Other" });
    const input = await readContactSheet();
    expect(input.sheetName).toBe("Contacts");
    expect(input.firstRow).toBe(2);
    expect(input.firstColumn).toBe(1);
    expect(input.values[0]).toEqual(["Campaign list", "", ""]);
    expect(input.values).toHaveLength(6);
    expect(input.hasTotalsRow).toBe(false);
    expect(input.numberFormats).toEqual([undefined, undefined, "d/m/yyyy"]);
    expect(buildContactTable(input).table.headerRow).toBe(4);
  });

  it("else reads the active sheet, and finds the hidden and filtered rows", async () => {
    useBook({ sheets: [{ name: "Blad1", cells: CONTACTS, hidden: [2, 4] }], active: "Blad1" }, "");
    const input = await readContactSheet();
    expect(input.sheetName).toBe("Blad1");
    expect(input.hiddenRows).toEqual(new Set([2, 4]));
    expect(input.locale).toBe("en-US");
    expect(context.syncs).toBe(3);
    expect(buildContactTable(input).table.hiddenRowCount).toBe(2);
  });

  it("gives an empty sheet to the domain, which says what is missing", async () => {
    useBook({ sheets: [{ name: "Blad1", cells: [] }], active: "Blad1" });
    const input = await readContactSheet();
    expect(input).toEqual({ sheetName: "Blad1", values: [], locale: "sv-SE" });
    expect(() => buildContactTable(input)).toThrow(/no contact number column/);
  });
});

describe("loader helpers", () => {
  it("takes each column's first number format other than General among its numbers", () => {
    const values = [
      ["a", 1, 2, true],
      ["b", 3, "x", false],
      ["c", 4, 5],
    ];
    const formats = [
      ["@", "0.00", "yyyy-mm-dd", "General"],
      ["@", "General", "@", "General"],
      ["@", "General", "m/d/yyyy", "General"],
    ];
    expect(columnNumberFormats(values, formats)).toEqual([undefined, "0.00", "yyyy-mm-dd", undefined]);
    expect(columnNumberFormats([], [])).toEqual([]);
  });

  it("reads row numbers from addresses", () => {
    expect(rowOfAddress("Contacts!B12")).toBe(12);
    expect(rowOfAddress("'My sheet'!$AB$7")).toBe(7);
    expect(rowOfAddress("'A!B'!C3:D3")).toBe(3);
    expect(() => rowOfAddress("Contacts!12")).toThrow(/Not a cell address/);
  });

  it("lists the rows of a range that are not visible", () => {
    expect(hiddenRowsOf(5, 4, [5, 7])).toEqual(new Set([6, 8]));
    expect(hiddenRowsOf(1, 2, [])).toEqual(new Set([1, 2]));
  });
});
