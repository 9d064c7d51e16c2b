/**
 * Commit planning for the Excel gateway: from the sheets as read and one BookChange, everything the commit writes,
 * as write operations: the journal (one operation, with a new state sheet when there is none), then new sheets,
 * row changes, new plain sheets and contact cells, then the commit point (new state and stamp, journal cleared).
 * Pure: it reads nothing from Excel, so what it plans depends only on its input.
 */
import type { BookChange } from "../../app/store/ports";
import { DomainError } from "../../domain/errors";
import { STATE_SHEET, type SheetSpec } from "../../app/store/sheetSpecs";
import { stateRange } from "../stateSheetLayout";
import type { JournalContactCells } from "./contactCells";
import { columnFormats, newDedicated, planSheetChange, type DedicatedSheet, type SheetPlan } from "./dedicatedSheet";
import { clearJournal, journalOps, type Journal, type Marker } from "./journal";
import { newSheetOps } from "./newSheets";
import type { Session } from "./session";
import { newStateSheetCells, PROBE_FORMULA, STATE_RANGE, STATE_VALUES_RANGE, stateCells } from "./stateSheet";
import { combine, customOp, deleteRowsOp, valuesOps, type WriteOp } from "./writeOps";

/** The state rows only the Excel gateway writes; a state sheet the command made lacks their labels. */
const EXCEL_ONLY_KEYS = ["revision", "journal", "dateProbe"] as const;

export interface CommitInput {
  readonly session: Session;
  /** The dedicated sheets as read: every sheet the change writes must be here (or be created by it). */
  readonly sheets: ReadonlyMap<SheetSpec, DedicatedSheet>;
  readonly change: BookChange;
  /** The new revision stamp, also the journal's id. */
  readonly token: string;
  /** When the journal is written (ms), so another pane can tell an interrupted write from one in progress. */
  readonly at: number;
  /** The host turns events off and on (API 1.8), so the pane's own write does not look like a user's edit. */
  readonly events: boolean;
  readonly batchBytes?: number;
  /** The contact cells' writes and their journal, planned by planContactCells. */
  readonly contact?: { readonly ops: WriteOp[]; readonly journal: JournalContactCells };
}

export interface CommitPlan {
  readonly journalOp: WriteOp;
  readonly ops: WriteOp[];
  readonly journal: Journal;
  readonly marker: Marker;
  /** Sheets the commit writes to, checked for protection before anything is written. */
  readonly targets: string[];
}

export function planCommit(input: CommitInput): CommitPlan {
  const { session, change, token, batchBytes } = input;
  const { stored, sheets, stateSheetExists } = session;
  const dateOffset = stored.dateOffset;
  const created = new Map<SheetSpec, DedicatedSheet>();
  const createOps: WriteOp[] = [];
  const toCreate = [...(change.createSheets ?? [])];
  for (const { spec } of change.sheets ?? [])
    if (!sheets.get(spec) && !toCreate.some((c) => c.spec === spec)) toCreate.push({ spec });
  for (const { spec, rows } of toCreate) {
    if (sheets.get(spec) || created.has(spec)) continue;
    const sheet = newDedicated(spec, rows ?? [], dateOffset);
    created.set(spec, sheet);
    createOps.push(...createSheetOps(sheet, (rows ?? []).length, batchBytes));
  }

  const sheetOps: WriteOp[] = [];
  const journalSheets: Journal["sheets"][number][] = [];
  const targets: string[] = [];
  for (const sheetChange of change.sheets ?? []) {
    const base = created.get(sheetChange.spec) ?? input.sheets.get(sheetChange.spec);
    if (!base) throw new Error(`${sheetChange.spec.sheetName} was not read before planning`);
    const plan = planSheetChange(base, sheetChange, dateOffset);
    if (!created.has(sheetChange.spec)) {
      if (!base.tableName) {
        throw new DomainError(
          `The ${base.sheetName} sheet is no longer an Excel table. Select its header row and choose Insert > Table, then try again.`,
          "sheet-layout",
        );
      }
      if (plan.writes.length === 0 && plan.trimTo === undefined) continue;
      targets.push(base.sheetName);
      journalSheets.push({
        sheetName: base.sheetName,
        tableName: base.tableName,
        top: base.top,
        left: base.left,
        width: base.width,
        oldRows: base.body.length,
        restore: plan.restore,
      });
    }
    sheetOps.push(...changeOps(plan, batchBytes));
  }

  const journal: Journal = {
    id: token,
    at: input.at,
    created: [
      ...[...created.keys()].map((spec) => spec.sheetName),
      ...(change.newSheets ?? []).map((sheet) => sheet.name),
    ],
    stateSheetCreated: !stateSheetExists,
    state: stateSheetExists ? stateCells(stored.state, stored.stamp) : [],
    sheets: journalSheets,
    contact: input.contact?.journal,
  };
  if (change.contactCells) targets.push(change.contactCells.sheetName);
  const { ops: journalWrites, marker } = journalOps(journal, batchBytes);
  const newState = { ...stored.state, ...change.state };
  // A new state sheet and the journal in it go in one batch: no sync leaves a state sheet without its journal.
  const journalOp = combine([
    ...(input.events ? [customOp(20, (context) => void (context.runtime.enableEvents = false))] : []),
    ...(stateSheetExists ? [labelStateRows()] : createStateSheetOps()),
    ...journalWrites,
  ]);
  const ops: WriteOp[] = [
    ...createOps,
    ...sheetOps,
    ...(change.newSheets ?? []).flatMap((sheet) => newSheetOps(sheet, batchBytes)),
    ...(input.contact?.ops ?? []),
    // The commit point: new state and stamp, journal cleared, in one batch.
    customOp(200, (context) => {
      const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
      // Text, whatever the command or a user left there: a stamp or sheet name must not turn into a number.
      sheet.getRange(stateRange("B", "contactSource", "revision")).numberFormat = "@" as unknown as string[][];
      sheet.getRange(STATE_VALUES_RANGE).values = stateCells(newState, token);
      clearJournal(sheet, marker);
      if (!stored.hasProbe || !stateSheetExists)
        sheet.getRange(stateRange("B", "dateProbe")).values = [[PROBE_FORMULA]];
    }),
    ...(input.events ? [customOp(20, (context) => void (context.runtime.enableEvents = true))] : []),
  ];
  if (stateSheetExists) targets.push(STATE_SHEET);
  return { journalOp, ops, journal, marker, targets };
}

function createStateSheetOps(): WriteOp[] {
  return [
    customOp(300, (context) => {
      const sheet = context.workbook.worksheets.add(STATE_SHEET);
      // Contact source, stamp and journal are text whatever they look like.
      sheet.getRange(stateRange("B", "contactSource", "journal")).numberFormat = "@" as unknown as string[][];
      sheet.getRange(STATE_RANGE).values = newStateSheetCells();
      sheet.visibility = "VeryHidden";
    }),
  ];
}

/** The labels of the Excel-only rows, which a state sheet made by the command lacks: the journal is found by its label. */
function labelStateRows(): WriteOp {
  return customOp(60, (context) => {
    context.workbook.worksheets.getItem(STATE_SHEET).getRange(stateRange("A", "revision", "dateProbe")).values =
      EXCEL_ONLY_KEYS.map((key) => [key]);
  });
}

function createSheetOps(sheet: DedicatedSheet, seedRows: number, chunkBytes?: number): WriteOp[] {
  const { spec } = sheet;
  const header = spec.columns.map((column) => column.header);
  const cells = seedRows > 0 ? [header, ...sheet.body] : [header];
  return [
    customOp(100, (context) => void context.workbook.worksheets.add(spec.sheetName)),
    ...valuesOps(spec.sheetName, 0, 0, cells, columnFormats(sheet), chunkBytes),
    customOp(200, (context) => {
      const worksheet = context.workbook.worksheets.getItem(spec.sheetName);
      // An Excel table over the header (and seed rows): Excel gives a header-only table one blank data row.
      const table = worksheet.tables.add(worksheet.getRangeByIndexes(0, 0, cells.length, header.length), true);
      table.name = spec.tableName;
      if (spec.hidden) worksheet.visibility = "VeryHidden";
    }),
  ];
}

function changeOps(plan: SheetPlan, chunkBytes?: number): WriteOp[] {
  const { sheet } = plan;
  const formats = columnFormats(sheet);
  const ops = plan.writes.flatMap((region) =>
    valuesOps(sheet.sheetName, sheet.top + 1 + region.at, sheet.left, region.cells, formats, chunkBytes),
  );
  if (plan.trimTo !== undefined)
    ops.push(
      deleteRowsOp(
        sheet.sheetName,
        sheet.top + 1 + plan.trimTo,
        sheet.left,
        sheet.body.length - plan.trimTo,
        sheet.width,
      ),
    );
  return ops;
}
