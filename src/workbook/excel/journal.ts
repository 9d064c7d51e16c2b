/**
 * The no-half-write protocol. office-js has no transactions and a failed sync leaves earlier commands applied,
 * so every commit first records a journal in the state sheet (the old cells of every region it will overwrite,
 * each table's old row count, the sheets it will create), then applies, then clears the journal in the same
 * batch that writes the new state and revision stamp: that batch is the commit point. A journal found later
 * (a failed sync, a closed pane) is rolled back: old cells written back, tables trimmed to their old row counts,
 * created sheets deleted. Every rollback step is idempotent, so a failure during rollback is simply retried.
 */
import { STATE_SHEET } from "../schema";
import type { Cell } from "../records";
import { BLOCK_BYTES } from "./blockRead";
import { jsonBytes, utf8Length } from "./bytes";
import type { Region } from "./dedicatedSheet";
import { JOURNAL_ROW, REVISION_ROW } from "./stateSheet";
import { CHUNK_BYTES, combine, customOp, deleteRowsOp, runOps, valuesOps, type BatchOptions, type WriteOp } from "./writeOps";

export interface JournalSheet {
  readonly sheetName: string;
  readonly tableName: string;
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly oldRows: number;
  readonly restore: readonly Region[];
}

export interface Journal {
  readonly id: string;
  /** Clock time the write began (ms), so a journal left by a live co-author is not rolled back under them. */
  readonly at: number;
  readonly created: readonly string[];
  readonly stateSheetCreated: boolean;
  /** The state sheet's B2:B5 before the write. */
  readonly state: Cell[][];
  readonly sheets: readonly JournalSheet[];
}

/** A cell holds at most 32,767 characters. */
const PART_CHARS = 30_000;

export interface Marker {
  readonly id: string;
  readonly parts: number;
  readonly at: number;
}

export function parseMarker(text: string): Marker | undefined {
  const match = /^J1 (\S+) (\d+) (\d+)$/.exec(text.trim());
  return match ? { id: match[1], parts: Number(match[2]), at: Number(match[3]) } : undefined;
}

function parts(journal: Journal): string[] {
  const json = JSON.stringify(journal);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += PART_CHARS) out.push(json.slice(i, i + PART_CHARS));
  return out;
}

/**
 * The journal's parts along row 6 from column C (text-formatted), then its marker in B6, last. A journal that
 * fits one batch is one operation, so no sync can leave parts without their marker.
 */
export function journalOps(journal: Journal, chunkBytes?: number): { ops: WriteOp[]; parts: number } {
  const list = parts(journal);
  const ops: WriteOp[] = [];
  const perOp = Math.max(1, Math.floor(BLOCK_BYTES / 2 / (PART_CHARS * 3)));
  for (let i = 0; i < list.length; i += perOp) {
    const group = list.slice(i, i + perOp);
    ops.push(...valuesOps(STATE_SHEET, JOURNAL_ROW, 2 + i, [group], new Array(group.length).fill("@"), chunkBytes));
  }
  const marker = `J1 ${journal.id} ${list.length} ${journal.at}`;
  ops.push(...valuesOps(STATE_SHEET, JOURNAL_ROW, 1, [[marker]], ["@"]));
  const whole = combine(ops);
  return { ops: whole.bytes <= CHUNK_BYTES ? [whole] : ops, parts: list.length };
}

/** Clears the marker and `parts` parts: part of the commit batch, or the end of a rollback. */
export function clearJournalCells(parts: number): Cell[] {
  return new Array<Cell>(1 + parts).fill("");
}

/** Reads a journal's parts, a few per sync so no response nears the limit. */
export async function readJournal(context: Excel.RequestContext, marker: Marker): Promise<Journal> {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  const perSync = Math.max(1, Math.floor(BLOCK_BYTES / (PART_CHARS * 3)));
  let json = "";
  for (let i = 0; i < marker.parts; i += perSync) {
    const count = Math.min(perSync, marker.parts - i);
    const range = sheet.getRangeByIndexes(JOURNAL_ROW, 2 + i, 1, count).load("values");
    await context.sync();
    json += range.values[0].map(String).join("");
  }
  return JSON.parse(json) as Journal;
}

/** Puts the workbook back as it was before the journal's write, then clears the journal (or its state sheet). */
export async function rollBack(context: Excel.RequestContext, journal: Journal, marker: Marker, options: BatchOptions): Promise<void> {
  const workbook = context.workbook;
  const tables = journal.sheets.map((s) => workbook.tables.getItemOrNullObject(s.tableName));
  const created = journal.created.map((name) => workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const bodies = tables.map((table) => (table.isNullObject ? undefined : table.getDataBodyRange().load("rowCount")));
  await context.sync();

  const ops: WriteOp[] = [];
  journal.sheets.forEach((sheet, i) => {
    const body = bodies[i];
    if (!body) return;
    for (const region of sheet.restore) ops.push(...valuesOps(sheet.sheetName, sheet.top + 1 + region.at, sheet.left, region.cells, [], options.batchBytes));
    // Rows the write added; rows it deleted came back with the restored cells (written below, the table grew).
    if (body.rowCount > sheet.oldRows) ops.push(deleteRowsOp(sheet.sheetName, sheet.top + 1 + sheet.oldRows, sheet.left, body.rowCount - sheet.oldRows, sheet.width));
  });
  created.forEach((sheet) => {
    if (sheet.isNullObject) return;
    ops.push(customOp(100, () => {
      // A very hidden sheet cannot be deleted until it is visible again.
      sheet.visibility = "Visible";
      sheet.delete();
    }));
  });
  if (journal.stateSheetCreated) {
    ops.push(customOp(100, (ctx) => {
      const state = ctx.workbook.worksheets.getItem(STATE_SHEET);
      state.visibility = "Visible";
      state.delete();
    }));
  } else {
    const stateBytes = jsonBytes(journal.state);
    ops.push(customOp(stateBytes, (ctx) => {
      const state = ctx.workbook.worksheets.getItem(STATE_SHEET);
      state.getRangeByIndexes(1, 1, journal.state.length, 1).values = journal.state;
      state.getRangeByIndexes(JOURNAL_ROW, 1, 1, 1 + marker.parts).values = [clearJournalCells(marker.parts)];
    }));
  }
  await runOps(context, ops, options);
}

export const journalBytes = (journal: Journal): number => utf8Length(JSON.stringify(journal));
export { REVISION_ROW };
