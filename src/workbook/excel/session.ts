/**
 * What one action has seen of the workbook: the state sheet (schema version, counter, stored contact choice,
 * revision stamp, journal marker, date system) and where each dedicated sheet's table sits, with a sample of its
 * rows. Two syncs find and sample every dedicated sheet at once; a sheet bigger than its sample is read in
 * blocks when a use case asks for it. Every range read is remembered with a hash for the co-authoring check.
 */
import { DomainError } from "../../domain/errors";
import { STATE_SHEET, type SheetSpec } from "../../app/store/sheetSpecs";
import { readBlocks, tooManyCells } from "./blockRead";
import { jsonBytes, RowHash } from "./bytes";
import { isPayloadError, officeCode } from "./errors";
import { parseState, STATE_RANGE, type StoredState } from "./stateSheet";

/** Rows sampled from each dedicated sheet and from the contact sheet on the first read. */
export const SAMPLE_ROWS = 200;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** A range an action read: re-read before writing, it must give the same place and the same hash. */
export interface RecordedRead {
  /** For messages: the sheet (or table) as the user knows it. */
  readonly what: string;
  readonly sheetName: string;
  readonly tableName?: string;
  /** The cells hashed. */
  readonly rect: Rect;
  /** Rows of the whole table or used range when read (a totals row included): a changed size is a change. */
  readonly fullRows: number;
  /** The cells' hash (RowHash), taken when first asked. */
  readonly hash: () => string;
  readonly bytes: number;
}

export interface SheetEntry {
  readonly sheetName: string;
  readonly tableName?: string;
  /** Header and body (not a totals row). */
  readonly rect: Rect;
  readonly fullRows: number;
  readonly showTotals: boolean;
  readonly header: unknown[];
  /** Body rows read so far (all of them when complete). */
  body: unknown[][];
  readonly bodyRows: number;
}

export interface Session {
  readonly stateSheetExists: boolean;
  readonly stored: StoredState;
  readonly sheets: Map<SheetSpec, SheetEntry | null>;
}

const GEOMETRY = "rowIndex, columnIndex, rowCount, columnCount";

export async function openSession(context: Excel.RequestContext, specs: readonly SheetSpec[]): Promise<Session> {
  const workbook = context.workbook;
  const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const found = specs.map((spec) => ({
    spec,
    table: workbook.tables.getItemOrNullObject(spec.tableName),
    sheet: workbook.worksheets.getItemOrNullObject(spec.sheetName),
  }));
  await context.sync();

  let sample = SAMPLE_ROWS;
  for (;;) {
    const stateRange = stateSheet.isNullObject ? undefined : stateSheet.getRange(STATE_RANGE).load("values");
    const loads = found.map(({ spec, table, sheet }) => {
      if (!table.isNullObject) {
        const range = table.getRange().load(GEOMETRY);
        const worksheet = table.worksheet.load("name");
        table.load("name, showTotals");
        return {
          spec,
          table,
          range,
          worksheet,
          sample: table.getHeaderRowRange().getResizedRange(sample, 0).load("values"),
        };
      }
      if (!sheet.isNullObject) {
        const range = sheet.getUsedRange(true).load(GEOMETRY);
        sheet.load("name");
        return {
          spec,
          table: undefined,
          range,
          worksheet: sheet,
          sample: range.getRow(0).getResizedRange(sample, 0).load("values"),
        };
      }
      return { spec, table: undefined, range: undefined, worksheet: undefined, sample: undefined };
    });
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadError(error) && sample > 1) {
        sample = Math.floor(sample / 4);
        continue;
      }
      throw error;
    }
    const sheets = new Map<SheetSpec, SheetEntry | null>();
    for (const load of loads) {
      if (!load.range || !load.worksheet || !load.sample) {
        sheets.set(load.spec, null);
        continue;
      }
      if (load.sample.values === null) throw tooManyCells(sample, load.range.columnCount);
      const showTotals = load.table ? load.table.showTotals : false;
      const rect = {
        top: load.range.rowIndex,
        left: load.range.columnIndex,
        rows: load.range.rowCount - (showTotals ? 1 : 0),
        columns: load.range.columnCount,
      };
      const bodyRows = rect.rows - 1;
      sheets.set(load.spec, {
        sheetName: load.worksheet.name,
        tableName: load.table?.name,
        rect,
        fullRows: load.range.rowCount,
        showTotals,
        header: load.sample.values[0],
        body: load.sample.values.slice(1, 1 + Math.min(bodyRows, sample)),
        bodyRows,
      });
    }
    return { stateSheetExists: !stateSheet.isNullObject, stored: parseState(stateRange?.values), sheets };
  }
}

/** Reads the rest of a sheet's body (beyond its sample) in byte-sized blocks. */
export async function completeEntry(context: Excel.RequestContext, entry: SheetEntry): Promise<void> {
  if (entry.body.length >= entry.bodyRows) return;
  const sheet = context.workbook.worksheets.getItem(entry.sheetName);
  const { top, left, columns } = entry.rect;
  const bytesPerRow = entry.body.length > 0 ? jsonBytes(entry.body) / entry.body.length : 20 * columns;
  await readBlocks(
    context,
    {
      rows: entry.bodyRows,
      columns,
      range: (offset, count) => sheet.getRangeByIndexes(top + 1 + offset, left, count, columns),
    },
    entry.body.length,
    bytesPerRow,
    ({ values }) => void entry.body.push(...values),
  );
}

export function recordRead(
  what: string,
  entry: Pick<SheetEntry, "sheetName" | "tableName" | "rect" | "fullRows">,
  rows: readonly (readonly unknown[])[],
): RecordedRead {
  return {
    what,
    sheetName: entry.sheetName,
    tableName: entry.tableName,
    rect: entry.rect,
    fullRows: entry.fullRows,
    hash: hashValue(new RowHash().add(rows).value()),
    bytes: jsonBytes(rows),
  };
}

const hashValue = (hash: string) => () => hash;

/** Reads up to this size are re-checked inside the journal batch itself; bigger ones in blocks just before it. */
export const SMALL_READ_BYTES = 256 * 1024;

function placeOf(context: Excel.RequestContext, read: RecordedRead): Excel.Range {
  const workbook = context.workbook;
  const range = read.tableName
    ? workbook.tables.getItem(read.tableName).getRange()
    : workbook.worksheets.getItem(read.sheetName).getUsedRange(true);
  return range.load(GEOMETRY);
}

function samePlace(place: Excel.Range, read: RecordedRead): boolean {
  return (
    place.rowIndex === read.rect.top &&
    place.columnIndex === read.rect.left &&
    place.columnCount === read.rect.columns &&
    place.rowCount === read.fullRows
  );
}

/** Re-reads the big recorded ranges (their place, then their cells in blocks): a change throws `changed`. */
export async function verifyBigReads(context: Excel.RequestContext, reads: readonly RecordedRead[]): Promise<void> {
  const big = reads.filter((read) => read.bytes > SMALL_READ_BYTES);
  if (big.length === 0) return;
  const places = big.map((read) => placeOf(context, read));
  await syncOrChanged(context);
  for (let i = 0; i < big.length; i++) {
    const read = big[i];
    if (!samePlace(places[i], read)) throw changed(read.what, read.sheetName);
    const hash = new RowHash();
    const sheet = context.workbook.worksheets.getItem(read.sheetName);
    const { top, left, columns } = read.rect;
    await readBlocks(
      context,
      {
        rows: read.rect.rows,
        columns,
        range: (offset, count) => sheet.getRangeByIndexes(top + offset, left, count, columns),
      },
      0,
      read.bytes / Math.max(1, read.rect.rows),
      ({ values }) => void hash.add(values),
    );
    if (hash.value() !== read.hash()) throw changed(read.what, read.sheetName);
  }
}

/**
 * Queues the re-read of the small recorded ranges into the coming batch (the journal batch, so nobody can commit
 * between the check and the journal); the returned function, called after that sync, throws `changed` on a change.
 */
export function queueSmallReadChecks(context: Excel.RequestContext, reads: readonly RecordedRead[]): () => void {
  const small = reads.filter((read) => read.bytes <= SMALL_READ_BYTES);
  const loads = small.map((read) => ({
    read,
    place: placeOf(context, read),
    values: context.workbook.worksheets
      .getItem(read.sheetName)
      .getRangeByIndexes(read.rect.top, read.rect.left, read.rect.rows, read.rect.columns)
      .load("values"),
  }));
  return () => {
    for (const { read, place, values } of loads) {
      if (!samePlace(place, read) || new RowHash().add(values.values).value() !== read.hash())
        throw changed(read.what, read.sheetName);
    }
  };
}

async function syncOrChanged(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") throw changed("A sheet or table this action read");
    throw error;
  }
}

export function changed(what: string, sheet?: string): DomainError {
  return new DomainError(
    `${what} changed while this action was running (another user, or an edit by hand). Nothing was written: run the action again.`,
    "conflict",
    sheet === undefined ? { key: "changed-meanwhile" } : { key: "changed-meanwhile", sheet },
  );
}
