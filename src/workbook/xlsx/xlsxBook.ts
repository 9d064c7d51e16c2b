import { promises as fs } from "fs";
import * as path from "path";
import XlsxPopulate from "xlsx-populate";
import type { BookChange, BookState, ContactSourceList, ContactSourceRequest, SegmentBook, StoredRow } from "../../app/store/ports";
import type { ContactSheetInput } from "../../domain/contacts";
import { DomainError } from "../../domain/errors";
import { contactSourceList } from "../contactSources";
import { applySheetChangeToRows } from "../../app/store/applySheetChange";
import type { SheetSpec } from "../../app/store/sheetSpecs";
import { growTables, prepareContactCells, prepareNewSheet, type TableGrowth } from "./contactCells";
import { readContactSheet } from "./contactSheet";
import { createSheet, findSheet, readSheet, writeRows, type SheetContent } from "./dedicatedSheet";
import { lostParts, readPackage, type PackageInfo } from "./packageParts";
import { readState, writeState } from "./stateSheet";
import { applyTables, type TableTarget } from "./tableParts";

/**
 * The command's gateway: an .xlsx file changed in memory and saved atomically. xlsx-populate keeps the package
 * parts it does not model (the add-in's own task-pane binding, charts, pivot tables), and save() refuses a write
 * that would lose one.
 */
export class XlsxBook implements SegmentBook {
  /** Dedicated sheets written since opening, whose Excel tables save() creates or resizes. */
  private readonly tables = new Map<string, TableTarget>();
  /** Excel tables of the contact sheet that take in an added Mailing Groups column when saved. */
  private readonly grownTables: TableGrowth[] = [];

  private constructor(
    private readonly workbook: XlsxPopulate.Workbook,
    private readonly info: PackageInfo,
    readonly filePath: string,
  ) {}

  static async open(filePath: string): Promise<XlsxBook> {
    let data: Buffer;
    try {
      data = await fs.readFile(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DomainError(code === "ENOENT" ? `${filePath}: no such file.` : `${filePath}: cannot be read (${code}).`, "io");
    }
    try {
      const [workbook, info] = await Promise.all([XlsxPopulate.fromDataAsync(data), readPackage(data)]);
      return new XlsxBook(workbook, info, filePath);
    } catch {
      throw new DomainError(`${filePath} is not an .xlsx workbook (or it is encrypted).`, "io");
    }
  }

  async readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput> {
    const input = await readContactSheet(this.workbook, this.info, request.name, readState(this.workbook).contactSource);
    return { ...input, locale: "" };
  }

  async listContactSources(): Promise<ContactSourceList> {
    const sheets = this.workbook.sheets().map((sheet) => ({
      name: sheet.name(),
      visible: sheet.hidden() === false,
      tables: this.info.tables.filter((table) => table.sheetName === sheet.name()).map((table) => table.name),
    }));
    return contactSourceList(sheets);
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    return findSheet(this.workbook, this.info, spec) !== undefined;
  }

  async readRows<R>(spec: SheetSpec<R>): Promise<StoredRow<R>[]> {
    const found = findSheet(this.workbook, this.info, spec);
    return found ? (readSheet(found, spec).rows as StoredRow<R>[]) : [];
  }

  async readState(): Promise<BookState> {
    return readState(this.workbook);
  }

  /** Applies the change in memory; nothing reaches the file before save(), so a failure leaves the book as it was. */
  async commit(change: BookChange): Promise<void> {
    // Checked before any write: a refusal must leave the workbook in memory as it was.
    const contactCells = change.contactCells && prepareContactCells(this.workbook, this.info, change.contactCells);
    const newSheets = (change.newSheets ?? []).map((sheet) => prepareNewSheet(this.workbook, sheet));
    const contents = new Map<SheetSpec, SheetContent>();
    for (const { spec, rows } of change.createSheets ?? []) {
      if (findSheet(this.workbook, this.info, spec)) continue;
      const content = createSheet(this.workbook, spec);
      writeRows(content, spec, rows ?? []);
      contents.set(spec, { ...content, rows: [...(rows ?? [])], lastRow: 1 + (rows?.length ?? 0) });
    }
    for (const sheetChange of change.sheets ?? []) {
      const { spec } = sheetChange;
      let content = contents.get(spec);
      if (!content) {
        const found = findSheet(this.workbook, this.info, spec);
        content = found ? readSheet(found, spec) : createSheet(this.workbook, spec);
      }
      const rows = applySheetChangeToRows(spec, content.rows, sheetChange);
      writeRows(content, spec, rows);
      contents.set(spec, { ...content, rows, lastRow: Math.max(content.lastRow, content.headerRow + rows.length) });
    }
    if (change.state) writeState(this.workbook, { ...readState(this.workbook), ...change.state });
    contactCells?.write();
    if (contactCells?.growth) this.grownTables.push(contactCells.growth);
    for (const write of newSheets) write();
    for (const [spec, content] of contents) this.tables.set(spec.tableName, tableTarget(spec, content));
  }

  /** Writes to a temporary file beside the target and renames it over, so the target is never half-written. */
  async save(target: string = this.filePath): Promise<void> {
    const output = await growTables(await applyTables(await this.workbook.outputAsync(), [...this.tables.values()]), this.grownTables);
    const lost = lostParts(this.info.parts, (await readPackage(output)).parts);
    if (lost.length > 0) {
      throw new DomainError(`Refusing to write ${target}: the workbook would lose ${lost.join(", ")}.`, "package-parts");
    }
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(temp, output);
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw new DomainError(`Cannot write ${target}: ${(error as Error).message}`, "io");
    }
  }
}

/** A table needs unique, non-blank column names equal to the header cells; a sheet whose header has gaps gets none. */
function tableTarget(spec: SheetSpec, content: SheetContent): TableTarget {
  const headers = [...content.headers];
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const usable = headers.every((h) => h.trim() !== "") && new Set(headers.map((h) => h.toLowerCase())).size === headers.length;
  return {
    sheetName: content.sheet.name(),
    tableName: spec.tableName,
    headerRow: content.headerRow,
    headers: usable ? headers : [],
    rowCount: content.rows.length,
  };
}
