/**
 * The no-half-write protocol. office-js has no transactions and a failed sync leaves earlier commands applied,
 * so every commit first records a journal in the state sheet (the old cells of every region it will overwrite,
 * each table's old row count, the sheets it will create), then applies, then clears the journal in the same
 * batch that writes the new state and revision stamp: that batch is the commit point. A journal found later
 * (a failed sync, a closed pane) is rolled back: old cells written back, tables trimmed to their old row counts,
 * created sheets deleted. Every rollback step is idempotent, so a failure during rollback is simply retried.
 */
import { STATE_SHEET } from "../../app/store/sheetSpecs";
import type { Cell } from "../rowCodec";
import { BLOCK_BYTES } from "./blockRead";
import { jsonBytes } from "./bytes";
import { restoreContactCells, type JournalContactCells } from "./contactCells";
import type { Region } from "./dedicatedSheet";
import { stateRange, stateRow } from "../stateSheetLayout";
import { JOURNAL_ROW, STAMP_INDEX } from "./stateSheet";
import {
  CHUNK_BYTES,
  combine,
  customOp,
  deleteRowsOp,
  runOps,
  valuesOps,
  type BatchOptions,
  type WriteOp,
} from "./writeOps";

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
  /** The state sheet's STATE_VALUES_RANGE before the write. */
  readonly state: Cell[][];
  readonly sheets: readonly JournalSheet[];
  /** Apply Mailing Group's cells of the contact sheet. */
  readonly contact?: JournalContactCells;
}

/** A cell holds at most 32,767 characters. */
const PART_CHARS = 30_000;
/** Each journal's parts go on a row of their own (from the id), so two panes racing never mix their parts. */
const PARTS_FIRST_ROW = 10;
const PARTS_ROWS = 100_000;

export interface Marker {
  readonly id: string;
  readonly parts: number;
  readonly at: number;
  /** 0-based state-sheet row of the parts (from column C). */
  readonly row: number;
}

export function parseMarker(text: string): Marker | undefined {
  const match = /^J1 (\S+) (\d+) (\d+) (\d+)$/.exec(text.trim());
  return match ? { id: match[1], parts: Number(match[2]), at: Number(match[3]), row: Number(match[4]) } : undefined;
}

function partsRow(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return PARTS_FIRST_ROW + ((h >>> 0) % PARTS_ROWS);
}

function parts(journal: Journal): string[] {
  const json = JSON.stringify(journal);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += PART_CHARS) out.push(json.slice(i, i + PART_CHARS));
  return out;
}

/**
 * The journal's parts (text-formatted, from column C of their row), then its marker in B6, last. A journal that
 * fits one batch is one operation, so no sync can leave parts without their marker.
 */
export function journalOps(
  journal: Journal,
  chunkBytes?: number,
): { ops: WriteOp[]; marker: Marker; markerText: string } {
  const list = parts(journal);
  const marker = { id: journal.id, parts: list.length, at: journal.at, row: partsRow(journal.id) };
  const ops: WriteOp[] = [];
  const perOp = Math.max(1, Math.floor(BLOCK_BYTES / 2 / (PART_CHARS * 3)));
  for (let i = 0; i < list.length; i += perOp) {
    const group = list.slice(i, i + perOp);
    ops.push(...valuesOps(STATE_SHEET, marker.row, 2 + i, [group], new Array(group.length).fill("@"), chunkBytes));
  }
  const markerText = `J1 ${marker.id} ${marker.parts} ${marker.at} ${marker.row}`;
  ops.push(...valuesOps(STATE_SHEET, JOURNAL_ROW, 1, [[markerText]], ["@"]));
  const whole = combine(ops);
  return { ops: whole.bytes <= CHUNK_BYTES ? [whole] : ops, marker, markerText };
}

/** Clears a journal's parts and sets the marker cell (to "" to close the journal, or back to another pane's marker). */
export function clearJournal(sheet: Excel.Worksheet, marker: Marker, markerCell: Cell = ""): void {
  sheet.getRangeByIndexes(marker.row, 2, 1, marker.parts).values = [new Array<Cell>(marker.parts).fill("")];
  sheet.getRangeByIndexes(JOURNAL_ROW, 1, 1, 1).values = [[markerCell]];
}

/** Reads a journal's parts, a few per sync so no response nears the limit. */
export async function readJournal(context: Excel.RequestContext, marker: Marker): Promise<Journal> {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  const perSync = Math.max(1, Math.floor(BLOCK_BYTES / (PART_CHARS * 3)));
  let json = "";
  for (let i = 0; i < marker.parts; i += perSync) {
    const count = Math.min(perSync, marker.parts - i);
    const range = sheet.getRangeByIndexes(marker.row, 2 + i, 1, count).load("values");
    await context.sync();
    json += range.values[0].map(String).join("");
  }
  return JSON.parse(json) as Journal;
}

/**
 * Takes out a journal whose changes never started (its checks failed, or its batch was the last thing applied):
 * the marker goes back to what it was (another pane's, or blank), the parts are cleared, and a state sheet the
 * journal's batch created is deleted. Data sheets are not touched: they may hold another pane's newer commit.
 */
export async function removeJournalOnly(
  context: Excel.RequestContext,
  journal: Journal,
  marker: Marker,
  markerCell: Cell = "",
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  if (journal.stateSheetCreated) {
    sheet.visibility = "Visible";
    sheet.delete();
  } else clearJournal(sheet, marker, markerCell);
  await context.sync();
}

/**
 * Puts the workbook back as it was before the journal's write, then clears the journal (or its state sheet).
 * A stamp other than the one the journal saw means another pane committed before this journal landed, so this
 * write never got past its checks: only the journal is taken out.
 */
export async function rollBack(
  context: Excel.RequestContext,
  journal: Journal,
  marker: Marker,
  options: BatchOptions,
): Promise<void> {
  const workbook = context.workbook;
  const stamp = journal.stateSheetCreated
    ? undefined
    : workbook.worksheets.getItem(STATE_SHEET).getRange(stateRange("B", "revision")).load("values");
  const tables = journal.sheets.map((s) => workbook.tables.getItemOrNullObject(s.tableName));
  const created = journal.created.map((name) => workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  if (stamp && String(stamp.values[0][0]) !== String(journal.state[STAMP_INDEX]?.[0] ?? ""))
    return removeJournalOnly(context, journal, marker);
  const bodies = tables.map((table) => (table.isNullObject ? undefined : table.getDataBodyRange().load("rowCount")));
  await context.sync();

  const ops: WriteOp[] = [];
  journal.sheets.forEach((sheet, i) => {
    const body = bodies[i];
    if (!body) return;
    for (const region of sheet.restore)
      ops.push(
        ...valuesOps(sheet.sheetName, sheet.top + 1 + region.at, sheet.left, region.cells, [], options.batchBytes),
      );
    // Rows the write added; rows it deleted came back with the restored cells (written below, the table grew).
    if (body.rowCount > sheet.oldRows)
      ops.push(
        deleteRowsOp(
          sheet.sheetName,
          sheet.top + 1 + sheet.oldRows,
          sheet.left,
          body.rowCount - sheet.oldRows,
          sheet.width,
        ),
      );
  });
  if (journal.contact) ops.push(...(await restoreContactCells(context, journal.contact, options.batchBytes)));
  created.forEach((sheet) => {
    if (sheet.isNullObject) return;
    ops.push(
      customOp(100, () => {
        // A very hidden sheet cannot be deleted until it is visible again.
        sheet.visibility = "Visible";
        sheet.delete();
      }),
    );
  });
  if (journal.stateSheetCreated) {
    ops.push(
      customOp(100, (ctx) => {
        const state = ctx.workbook.worksheets.getItem(STATE_SHEET);
        state.visibility = "Visible";
        state.delete();
      }),
    );
  } else {
    const stateBytes = jsonBytes(journal.state);
    ops.push(
      customOp(stateBytes, (ctx) => {
        const state = ctx.workbook.worksheets.getItem(STATE_SHEET);
        state.getRangeByIndexes(stateRow("schemaVersion"), 1, journal.state.length, 1).values = journal.state;
        clearJournal(state, marker);
      }),
    );
  }
  await runOps(context, ops, options);
}
