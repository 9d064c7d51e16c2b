/**
 * The "host" side of the Excel fake: a workbook held in memory, changed only by commands that a sync applies.
 * Cells are plain values ("" is empty) in sparse row arrays; number formats are kept per column as row intervals,
 * so a text format over a 1,048,576-row column is one interval, not a million strings.
 */

export type CellValue = string | number | boolean;

/** Excel's error: office-js rejects sync() with an OfficeExtension.Error carrying one of these codes. */
export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** The longest address Excel takes in one reference (Worksheet.getRanges): longer ones are refused. */
export const MAX_ADDRESS_CHARS = 255;

interface FormatRun {
  start: number;
  end: number;
  format: string;
}

export interface Rect {
  readonly sheet: SheetModel;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  /** 1-based hidden rows (hidden or filtered out). */
  readonly hiddenRows = new Set<number>();
  private readonly cells: (CellValue[] | undefined)[] = [];
  private readonly formulas = new Map<number, string>();
  private readonly formats = new Map<number, FormatRun[]>();

  constructor(
    readonly book: BookModel,
    public name: string,
  ) {}

  value(row: number, column: number): CellValue {
    return this.cells[row]?.[column] ?? "";
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(row * MAX_COLUMNS + column);
  }

  /** Stores a value as typed into the cell: Excel's own parsing of strings applies unless the cell is text-formatted. */
  setTyped(row: number, column: number, input: CellValue): void {
    const key = row * MAX_COLUMNS + column;
    this.formulas.delete(key);
    if (typeof input !== "string" || input === "" || this.format(row, column) === "@")
      return this.setRaw(row, column, input);
    const parsed = parseInput(input, this.book.date1904);
    if (parsed.formula !== undefined) this.formulas.set(key, parsed.formula);
    this.setRaw(row, column, parsed.value);
  }

  setRaw(row: number, column: number, value: CellValue): void {
    let cells = this.cells[row];
    if (value === "") {
      if (cells && column < cells.length) cells[column] = "";
      return;
    }
    if (!cells) this.cells[row] = cells = [];
    while (cells.length < column) cells.push("");
    cells[column] = value;
  }

  format(row: number, column: number): string {
    const runs = this.formats.get(column);
    if (!runs) return "General";
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].end < row) lo = mid + 1;
      else if (runs[mid].start > row) hi = mid - 1;
      else return runs[mid].format;
    }
    return "General";
  }

  setFormat(top: number, bottom: number, column: number, format: string): void {
    const runs = (this.formats.get(column) ?? []).flatMap((run) => {
      if (run.end < top || run.start > bottom) return [run];
      const kept: FormatRun[] = [];
      if (run.start < top) kept.push({ ...run, end: top - 1 });
      if (run.end > bottom) kept.push({ ...run, start: bottom + 1 });
      return kept;
    });
    if (format !== "General" && format !== "") runs.push({ start: top, end: bottom, format });
    runs.sort((a, b) => a.start - b.start);
    this.formats.set(column, runs);
  }

  /** Deletes rows top..bottom of columns left..right, moving the cells below up (Excel's DeleteShiftDirection.up). */
  deleteUp(top: number, bottom: number, left: number, right: number): void {
    const count = bottom - top + 1;
    const last = this.cells.length;
    for (let row = top; row < last; row++) {
      for (let column = left; column <= right; column++) {
        const from = row + count;
        this.setRaw(row, column, this.value(from, column));
        const formula = this.formulas.get(from * MAX_COLUMNS + column);
        if (formula === undefined) this.formulas.delete(row * MAX_COLUMNS + column);
        else this.formulas.set(row * MAX_COLUMNS + column, formula);
      }
    }
    for (let column = left; column <= right; column++) {
      const runs = this.formats.get(column);
      if (!runs) continue;
      const moved: FormatRun[] = [];
      for (const run of runs) {
        // The part above the deleted rows stays, the part inside goes, the part below moves up.
        if (run.start < top) moved.push({ ...run, end: Math.min(run.end, top - 1) });
        if (run.end > bottom)
          moved.push({ ...run, start: Math.max(run.start, bottom + 1) - count, end: run.end - count });
      }
      this.formats.set(column, moved);
    }
  }

  /** Inserts one blank column at `column` for rows top..bottom, moving the cells right of it one column right. */
  shiftRight(top: number, bottom: number, column: number): void {
    for (let row = top; row <= bottom; row++) {
      const cells = this.cells[row];
      if (!cells || cells.length <= column) continue;
      cells.splice(column, 0, "");
    }
  }

  /** Deletes one column at `column` for rows top..bottom, moving the cells right of it one column left. */
  shiftLeft(top: number, bottom: number, column: number): void {
    for (let row = top; row <= bottom; row++) {
      const cells = this.cells[row];
      if (!cells || cells.length <= column) continue;
      cells.splice(column, 1);
    }
  }

  /** The smallest rectangle holding every non-empty cell, or undefined for a blank sheet. */
  usedBounds(): { top: number; left: number; bottom: number; right: number } | undefined {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.cells.forEach((cells, row) => {
      if (!cells) return;
      let any = false;
      cells.forEach((value, column) => {
        if (value === "") return;
        any = true;
        left = Math.min(left, column);
        right = Math.max(right, column);
      });
      if (!any) return;
      if (top < 0) top = row;
      bottom = row;
    });
    return top < 0 ? undefined : { top, left, bottom, right };
  }
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** 0-based header row and first column. */
  top: number;
  left: number;
  columns: number;
  /** Excel keeps at least one data row in a table. */
  bodyRows: number;
  showTotals: boolean;
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet = 0;
  /**
   * What Range.select() or RangeAreas.select() selected: the areas, and the active cell (the first area's first
   * cell, as in Excel). The playground's grid shows both.
   */
  selection?: {
    readonly sheet: SheetModel;
    readonly row: number;
    readonly column: number;
    readonly areas: readonly Rect[];
  };
  /** The workbook's date system: serials count from 1904-01-01 (Mac's old default) instead of 1900-01-00. */
  date1904 = false;
  readOnly = false;
  /** Runtime.enableEvents: it outlives the batch that set it, so a gateway must turn events back on. */
  eventsEnabled = true;
  /** A user is typing in a cell: Excel fails every batch (RunOptions.delayForCellEdit is false by default). */
  cellEditMode = false;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const sheet = new SheetModel(this, name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test set-up: a sheet with values from A1 (or from `top`/`left`), stored as they are, no parsing. */
  putSheet(name: string, values: readonly (readonly unknown[])[], top = 0, left = 0): SheetModel {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.setRaw(top + r, left + c, value as CellValue);
      }),
    );
    return sheet;
  }

  /** Test set-up: a table over an existing header and body. */
  putTable(
    name: string,
    sheetName: string,
    top: number,
    left: number,
    columns: number,
    bodyRows: number,
    showTotals = false,
  ): TableModel {
    const table = {
      name,
      sheet: this.sheet(sheetName)!,
      top,
      left,
      columns,
      bodyRows: Math.max(1, bodyRows),
      showTotals,
    };
    this.tables.push(table);
    return table;
  }

  /** Every sheet's values (hidden ones included), table shapes and visibility: what "the same workbook" means in tests. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((sheet) => {
        const bounds = sheet.usedBounds();
        const values: CellValue[][] = [];
        if (bounds) {
          for (let r = 0; r <= bounds.bottom; r++) {
            const row: CellValue[] = [];
            for (let c = 0; c <= bounds.right; c++) row.push(sheet.value(r, c));
            values.push(row);
          }
        }
        return { name: sheet.name, visibility: sheet.visibility, values };
      }),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        top: t.top,
        left: t.left,
        columns: t.columns,
        bodyRows: t.bodyRows,
      })),
    };
  }
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const DATE_FORMULA = /^=DATE\((\d+),(\d+),(\d+)\)$/i;

/**
 * What Excel makes of a string typed into a cell that is not text-formatted: numbers and TRUE/FALSE become values,
 * and anything starting with =, + or - is a formula. The fake evaluates only =DATE(y,m,d) (the gateway uses it to
 * learn the date system); any other formula shows #NAME?, which is what user text like "=1+1 Åsa" or "+46 Gus"
 * would turn into. Numbers stay numbers: "-5" and "+5" are numbers in Excel too.
 */
function parseInput(input: string, date1904: boolean): { value: CellValue; formula?: string } {
  if (NUMBER.test(input)) return { value: Number(input) };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const first = input[0];
  if (first !== "=" && first !== "+" && first !== "-") return { value: input };
  const formula = first === "=" ? input : `=${input}`;
  const date = DATE_FORMULA.exec(formula.replace(/\s/g, ""));
  if (date) {
    const serial1900 = Math.round(
      (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
    return { value: date1904 ? serial1900 - 1462 : serial1900, formula };
  }
  return { value: "#NAME?", formula };
}
