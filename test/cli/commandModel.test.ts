/**
 * Model-based test of the `segments` command: random sequences of create, add (and --preview), reduce, refine, back,
 * forward, set, log, cancel/uncancel, save-criteria, reuse-criteria, reuse-segment, delete, erase-contact and wrong
 * calls on a small generated book, each run through the command's own code path (src/cli, src/app,
 * src/workbook/xlsx) on a real .xlsx file. After every command:
 *
 * - the exit code is the one the model expects (0 done, 1 refused, 2 called wrongly);
 * - a refused or wrong call, a preview and a change to what is already there leave the file byte for byte as it was;
 * - nothing but the book is left in its folder (no temporary or lock file);
 * - a done command leaves a book JSZip and our reader open, whose dedicated sheets (Segments, Segment Lines, Segment
 *   Criteria, Saved Criteria, Interaction Log, Logged Segments, the counter) hold what the independent model of
 *   test/support/segmentsModel.ts says, with no rows or history left of a deleted or logged segment;
 * - Go Back gives back the segment's lines and criteria rows (every column) as the book had them before the action,
 *   and Go Forward the rows after it, in the sheet's row order (by Line No. once the user sorted the sheet); a line the action did not touch keeps
 *   what a header change or a hand edit gave it since, and after a hand edit (an Evaluation typed in another program)
 *   both refuse without --force;
 * - the user sorting a dedicated sheet in another program changes nothing the model sees;
 * - at the end of a run exceljs opens the book.
 *
 * Seeded: a failure prints fast-check's seed and path. MODEL_SEED=<n> MODEL_RUNS=<n> explore further, MODEL_END=1
 * stops at the first failure without shrinking, MODEL_STATS=1 prints how often each command was done or refused.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { XlsxBook } from "../../src/workbook/xlsx/xlsxBook";
import {
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SAVED_CRITERIA,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
  SEGMENTS,
  type SegmentRow,
} from "../../src/app/store/sheetSpecs";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import type { StoredRow } from "../../src/app/store/ports";
import type { SegmentLine } from "../../src/domain/segments/line";
import type { CriteriaLine } from "../../src/domain/segments/criteria";
import type { SavedCriteriaLine } from "../../src/domain/segments/savedCriteria";
import { segments, type CliRun } from "../support/cli";
import { contactSheetArb, type SmallContactSheet } from "../support/contactTableArbitrary";
import {
  BAD_CONDITIONS,
  conditionPool,
  ModelContacts,
  modelContacts,
  SegmentsModel,
  TEMPLATES,
  templateCost,
  type Groups,
  type ModelContact,
  type ModelCondition,
  type AddFlags,
  type ModelStep,
  type ModelCriteriaLine,
  type ModelSegment,
  type ObservedSegment,
  type Snapshot,
} from "../support/segmentsModel";
import { editRows, tempDir, writeWorkbook } from "../support/workbooks";

interface Real {
  readonly file: string;
}

type Command = fc.AsyncCommand<SegmentsModel, Real>;

/** What the model expects of one command: refused, or accepted with the model's change. */
type Expect =
  | { readonly refused: true; readonly code?: 1 | 2 }
  | { readonly refused: false; readonly apply: () => void; readonly unchanged?: boolean };
const REFUSED: Expect = { refused: true };
/** Called wrongly (README: exit 2): nothing read or written. */
const MISUSED: Expect = { refused: true, code: 2 };
const accepted = (apply: () => void = () => {}): Expect => ({ refused: false, apply });
/** Accepted with nothing to do: the file stays byte for byte as it was. */
const UNCHANGED: Expect = { refused: false, apply: () => {}, unchanged: true };

/** Runs the command, holds it to the model's expectation, and checks the book. */
async function step(
  model: SegmentsModel,
  real: Real,
  argv: readonly string[],
  expect: Expect,
  after?: () => Promise<void> | void,
): Promise<CliRun> {
  const before = await fs.readFile(real.file);
  const run = await segments(argv[0], real.file, ...argv.slice(1));
  const said = `segments ${argv.join(" ")} → ${run.code}\n${run.stderr}\n${run.stdout}`;
  // No temporary or lock file left beside the book, whatever the outcome.
  const left = await fs.readdir(path.dirname(real.file));
  if (left.length !== 1) throw new Error(`files left beside the book: ${left.join(", ")} after ${said}`);
  const outcome = `${argv[0]} ${expect.refused ? "refused" : expect.unchanged ? "unchanged" : "done"}`;
  TALLY.set(outcome, (TALLY.get(outcome) ?? 0) + 1);
  if (expect.refused) {
    if (run.code !== (expect.code ?? 1)) throw new Error(`expected exit ${expect.code ?? 1}: ${said}`);
    if (!(await fs.readFile(real.file)).equals(before)) throw new Error(`a refused command changed the book: ${said}`);
    return run;
  }
  if (run.code !== 0) throw new Error(`expected success: ${said}`);
  if (expect.unchanged && !(await fs.readFile(real.file)).equals(before))
    throw new Error(`a command with nothing to do changed the book: ${said}`);
  expect.apply();
  await checkBook(model, real, said);
  await after?.();
  return run;
}

const sorted = <T extends { lineNo: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.lineNo - b.lineNo);
const full = <R>(row: StoredRow<R>) => ({ record: row.record, extra: [...row.extra.entries()] });

/** The dedicated sheets, read by our reader, against the model. Records each segment's rows for Go Back. */
async function checkBook(model: SegmentsModel, real: Real, said: string): Promise<void> {
  const bytes = await fs.readFile(real.file);
  await JSZip.loadAsync(bytes); // a zip another library opens
  const book = await XlsxBook.open(real.file);
  const fail = (what: string, actual: unknown, expected: unknown) => {
    throw new Error(
      `${what} disagrees with the model after ${said}\nbook:  ${JSON.stringify(actual)}\nmodel: ${JSON.stringify(expected)}`,
    );
  };
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(what, actual, expected);
  };
  same("lastSegmentNo", (await book.readState()).lastSegmentNo, model.lastSegmentNo);

  const lineRows = await book.readRows<SegmentLine>(SEGMENT_LINES);
  const criteriaRows = await book.readRows<CriteriaLine>(SEGMENT_CRITERIA);
  const headerRows = await book.readRows<SegmentRow>(SEGMENTS);
  same(
    "Segments",
    headerRows
      .map(({ record: s }) => [
        s.no,
        s.description,
        s.salespersonCode,
        s.interactionTemplateCode,
        s.unitCost,
        s.noOfLines,
        s.noOfCriteriaActions,
        round(s.cost),
      ])
      .sort(byFirst),
    model.segments
      .map((s) => [
        s.no,
        s.description,
        s.salesperson,
        s.template,
        s.unitCost,
        s.lines.length,
        s.criteria.filter((c) => c.type === "Action").length,
        round(s.lines.reduce((sum, l) => sum + l.cost, 0)),
      ])
      .sort(byFirst),
  );
  const knownSegments = new Set(model.segments.map((s) => s.no));
  for (const row of [...lineRows, ...criteriaRows])
    if (!knownSegments.has(row.record.segmentNo))
      fail("a row of a segment that is gone", row.record, [...knownSegments]);
  for (const row of await book.readRows<{ segmentNo: string }>(SEGMENT_HISTORY))
    if (!knownSegments.has(row.record.segmentNo))
      fail("history of a segment that is gone", row.record, [...knownSegments]);

  for (const segment of model.segments) {
    const lines = sorted(lineRows.filter((r) => r.record.segmentNo === segment.no).map((r) => r.record));
    same(
      `Segment Lines of ${segment.no}`,
      lines.map((l) => [l.lineNo, l.contactNo, l.description, l.salespersonCode, l.interactionTemplateCode, l.cost]),
      sorted(segment.lines).map((l) => [l.lineNo, l.contactNo, l.description, l.salesperson, l.template, l.cost]),
    );
    const criteria = sorted(criteriaRows.filter((r) => r.record.segmentNo === segment.no).map((r) => r.record));
    same(
      `Segment Criteria of ${segment.no}`,
      criteria.map(criteriaCells),
      sorted(segment.criteria).map(modelCriteriaCells),
    );
    // In the sheet's own row order (docs/workbook-contract.md §3.1), unless the user sorted the sheet since the
    // segment's rows were written: then Go Back puts rows back by Line No. and only the content can be held to.
    const inOrder = rowOrder(model, segment.no);
    const observed: ObservedSegment = {
      lines: inOrder(lineRows.filter((r) => r.record.segmentNo === segment.no)).map(full),
      criteria: inOrder(criteriaRows.filter((r) => r.record.segmentNo === segment.no)).map(full),
    };
    model.observed.set(segment.no, observed);
  }

  same(
    "Saved Criteria",
    (await book.readRows<SavedCriteriaLine>(SAVED_CRITERIA))
      .map(({ record: c }) => [c.code, c.description, ...criteriaCells(c)])
      .sort(byFirstTwo),
    [...model.saved.entries()]
      .flatMap(([code, saved]) => saved.lines.map((c) => [code, saved.description, ...modelCriteriaCells(c)]))
      .sort(byFirstTwo),
  );
  const entries = (await book.readRows<InteractionLogEntry>(INTERACTION_LOG)).map(({ record: e }) => [
    e.entryNo,
    e.contactNo,
    e.loggedSegmentEntryNo,
    e.segmentNo,
    e.canceled,
    e.cost,
  ]);
  same(
    "Interaction Log",
    entries.sort(byFirst),
    model.entries.map((e) => [e.entryNo, e.contactNo, e.loggedNo, e.segmentNo, e.canceled, e.cost]).sort(byFirst),
  );
  const logged = (await book.readRows<LoggedSegment>(LOGGED_SEGMENTS)).map(({ record: l }) => [
    l.entryNo,
    l.segmentNo,
    l.noOfInteractions,
    l.canceled,
  ]);
  same(
    "Logged Segments",
    logged.sort(byFirst),
    model.logged.map((l) => [l.entryNo, l.segmentNo, model.noOfInteractions(l), l.canceled]).sort(byFirst),
  );
}

const criteriaCells = (c: Omit<CriteriaLine, "segmentNo">) => [
  c.lineNo,
  c.type,
  c.action,
  c.group,
  c.table,
  c.field,
  c.filter,
  c.allowExistingContacts,
  c.expandCompanies,
  c.allowRelatedCompanies,
  c.ignoreExclusion,
  c.entireCompanies,
];
const modelCriteriaCells = (c: ModelCriteriaLine) => [
  c.lineNo,
  c.type,
  c.action,
  c.group,
  c.table,
  c.field,
  c.filter,
  ...c.flags,
];
const byFirstTwo = (a: readonly unknown[], b: readonly unknown[]) => byFirst(a, b) || Number(a[2]) - Number(b[2]);
const round = (n: number) => Math.round(n * 1000) / 1000;
const byFirst = (a: readonly unknown[], b: readonly unknown[]) =>
  String(a[0]).localeCompare(String(b[0]), "en", { numeric: true });
/** A segment's rows as Go Back is held to them: the sheet's order, or Line No. once the user sorted the sheet. */
const rowOrder =
  (model: SegmentsModel, no: string) =>
  <T extends { record: { lineNo: number } }>(rows: readonly T[]) =>
    model.sortedByUser.has(no) ? [...rows].sort((a, b) => a.record.lineNo - b.record.lineNo) : [...rows];

/**
 * Go Back and Go Forward give back the book's own rows (every column, the user's too) of the snapshot; a line the
 * action did not touch stays as it was just before (docs/decisions.md §D31).
 */
function expectRows(model: SegmentsModel, no: string, snapshot: Snapshot, before: ObservedSegment | undefined) {
  // A state inside one command whose rows cannot all be told: the model's own check (checkBook) is what holds.
  if (!snapshot.observed) return;
  const now = new Map((before?.lines ?? []).map((row) => [row.record.lineNo, row]));
  const inOrder = rowOrder(model, no);
  const expected = {
    lines: inOrder(snapshot.observed.lines.map((row) => now.get(row.record.lineNo) ?? row)),
    criteria: inOrder(snapshot.observed.criteria),
  };
  const actual = model.observed.get(no);
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(
      `Go Back/Forward did not give back the rows of ${no}\nbook:     ${JSON.stringify(actual)}\nexpected: ${JSON.stringify(expected)}`,
    );
}

/** A segment of the model by index; a stranger is a logged segment's No. or one never created (both refused). */
function target(
  model: SegmentsModel,
  index: number,
  preferred: (segment: ModelSegment) => boolean = () => true,
): { no: string; segment?: ModelSegment } {
  const stranger = index >= STRANGER;
  // Segments the command can act on come first, so that sequences reach deep states; the others when there are none.
  const candidates = model.segments.filter(preferred).length > 0 ? model.segments.filter(preferred) : model.segments;
  if (!stranger && candidates.length > 0) {
    const segment = candidates[index % candidates.length];
    return { no: segment.no, segment };
  }
  const logged = model.logged[index % Math.max(1, model.logged.length)];
  return { no: index % 2 === 0 && logged ? logged.segmentNo : "SEG00099" };
}

/** Segment indexes from here on name no active segment. */
const STRANGER = 1000;

/** A logged segment or entry by index; a stranger names none (refused). */
const pick = <T>(items: readonly T[], index: number): T | undefined =>
  index >= STRANGER || items.length === 0 ? undefined : items[index % items.length];

const whereArgs = (groups: readonly (readonly { field: string; filter: string }[])[]) =>
  groups.flatMap((group, g) => [
    ...(g > 0 ? ["--or"] : []),
    ...group.flatMap((c) => ["--where", `${c.field}=${c.filter}`]),
  ]);
class Create implements Command {
  constructor(
    readonly description: string,
    readonly template: string,
    readonly salesperson: string,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const args = ["create", "--description", this.description];
    if (this.template) args.push("--template", this.template);
    if (this.salesperson) args.push("--salesperson", this.salesperson);
    await step(
      model,
      real,
      args,
      accepted(() => {
        const no = model.nextSegmentNo();
        model.lastSegmentNo++;
        model.segments.push({
          no,
          description: this.description,
          salesperson: this.salesperson,
          template: this.template,
          unitCost: templateCost(this.template),
          lines: [],
          criteria: [],
          steps: [],
          undo: [],
          redo: [],
          handEdited: new Set(),
        });
      }),
    );
  }
  toString = () => `create ${this.description} ${this.template} ${this.salesperson}`;
}

class Add implements Command {
  constructor(
    readonly index: number,
    readonly groups: Groups,
    readonly flags: AddFlags,
    readonly bad: boolean,
    readonly preview: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index);
    const groups = this.bad ? [[...this.groups[0], BAD_CONDITIONS[this.index % BAD_CONDITIONS.length]]] : this.groups;
    const args = ["add", no, ...whereArgs(groups)];
    if (this.flags.allowExisting) args.push("--allow-existing");
    if (this.flags.expand) args.push("--expand-companies");
    if (this.flags.related) args.push("--allow-related-companies");
    if (this.flags.ignoreExclusion) args.push("--ignore-exclusion");
    if (this.preview) args.push("--preview");
    if (!segment || this.bad) return void (await step(model, real, args, REFUSED));
    const chosen = model.addSelection(segment, this.groups, this.flags);
    if (this.preview) {
      const run = await step(model, real, args, UNCHANGED);
      if (!run.stdout.startsWith(`Would add ${chosen.length} contact`))
        throw new Error(`the preview's count is not the model's ${chosen.length}: ${run.stdout}`);
      return;
    }
    const action: ModelStep = { action: "Add Contacts", groups: this.groups, flags: this.flags };
    await step(
      model,
      real,
      args,
      accepted(() => model.applyStep(segment, action)),
    );
  }
  toString = () =>
    `add #${this.index} ${whereArgs(this.groups).join(" ")} ${JSON.stringify(this.flags)}${this.bad ? " +bad" : ""}${this.preview ? " --preview" : ""}`;
}

class Remove implements Command {
  constructor(
    readonly action: "reduce" | "refine",
    readonly index: number,
    readonly groups: Groups,
    readonly entireCompanies: boolean,
    readonly bad: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index);
    const groups = this.bad ? [[...this.groups[0], BAD_CONDITIONS[this.index % BAD_CONDITIONS.length]]] : this.groups;
    const args = [this.action, no, ...whereArgs(groups), ...(this.entireCompanies ? ["--entire-companies"] : [])];
    if (!segment || this.bad) return void (await step(model, real, args, REFUSED));
    const action: ModelStep = {
      action: this.action === "reduce" ? "Remove Contacts (Reduce)" : "Remove Contacts (Refine)",
      groups: this.groups,
      entireCompanies: this.entireCompanies,
    };
    await step(
      model,
      real,
      args,
      accepted(() => model.applyStep(segment, action)),
    );
  }
  toString = () =>
    `${this.action} #${this.index} ${whereArgs(this.groups).join(" ")}${this.entireCompanies ? " --entire-companies" : ""}${this.bad ? " +bad" : ""}`;
}

/** Go Back (back) and Go Forward (forward); hand edits since the last action want --force (docs/decisions.md §D2). */
class History implements Command {
  constructor(
    readonly way: "back" | "forward",
    readonly index: number,
    readonly force: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const stack = (s: ModelSegment) => (this.way === "back" ? s.undo : s.redo);
    const { no, segment } = target(model, this.index, (s) => stack(s).length > 0);
    const args = [this.way, no, ...(this.force ? ["--force"] : [])];
    if (!segment || stack(segment).length === 0 || (segment.handEdited.size > 0 && !this.force))
      return void (await step(model, real, args, REFUSED));
    const snapshot = stack(segment)[stack(segment).length - 1];
    const before = model.observed.get(no);
    await step(
      model,
      real,
      args,
      accepted(() => {
        stack(segment).pop();
        (this.way === "back" ? segment.redo : segment.undo).push(model.snapshot(segment));
        model.restore(segment, snapshot);
        segment.handEdited.clear();
      }),
      () => expectRows(model, no, snapshot, before),
    );
  }
  toString = () => `${this.way} #${this.index}${this.force ? " --force" : ""}`;
}

/** The user types an evaluation on a line in another program (exceljs): a hand edit Go Back names. */
class HandEdit implements Command {
  constructor(
    readonly index: number,
    readonly lineIndex: number,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { segment } = target(model, this.index, (s) => s.lines.length > 0 && s.undo.length > 0);
    if (!segment || segment.lines.length === 0) return;
    const line = sorted(segment.lines)[this.lineIndex % segment.lines.length];
    // Always another value than the cell holds, so that it is a change.
    const row = model.observed.get(segment.no)?.lines.find((r) => r.record.lineNo === line.lineNo);
    const evaluation =
      (row?.record as { evaluation?: string } | undefined)?.evaluation === "Positive" ? "Negative" : "Positive";
    await editRows(real.file, "Segment Lines", (cells) => cells[0] === segment.no && cells[1] === line.lineNo, {
      Evaluation: evaluation,
    });
    segment.handEdited.add(line.lineNo);
    await checkBook(model, real, `the user set Evaluation on line ${line.lineNo} of ${segment.no}`);
  }
  toString = () => `hand edit #${this.index} line #${this.lineIndex}`;
}

type SetField =
  | { field: "description"; value: string }
  | { field: "unit-cost"; value: number }
  | { field: "template"; value: string };

class SetHeader implements Command {
  constructor(
    readonly index: number,
    readonly change: SetField,
    readonly updateLines: "yes" | "no" | undefined,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index);
    const args = ["set", no, `--${this.change.field}`, String(this.change.value)];
    if (this.updateLines) args.push("--update-lines", this.updateLines);
    const change = this.change;
    // Unit Cost is a template's field: not on a header without one (BC's page makes it editable only then).
    if (!segment || (change.field === "unit-cost" && segment.template === ""))
      return void (await step(model, real, args, REFUSED));
    // docs/business-rules.md §1.3: a field reaches the lines that carry the header's template; a new template
    // (docs/decisions.md §D5) reaches every line with all its defaults.
    const reached =
      change.field === "template"
        ? segment.lines
        : segment.lines.filter((l) => l.template.toLowerCase() === segment.template.toLowerCase());
    const changes = (l: (typeof segment.lines)[number]) =>
      change.field === "description"
        ? l.description !== change.value
        : change.field === "unit-cost"
          ? l.cost !== change.value
          : l.template !== change.value || l.cost !== templateCost(change.value);
    const asks = reached.some(changes);
    if (asks && !this.updateLines) return void (await step(model, real, args, REFUSED));
    const update = asks && this.updateLines === "yes";
    // Choosing a template copies its defaults onto the header again (docs/business-rules.md §1.2).
    const headerChanges =
      change.field === "description"
        ? segment.description !== change.value
        : change.field === "unit-cost"
          ? segment.unitCost !== change.value
          : segment.template !== change.value || segment.unitCost !== templateCost(change.value);
    // Nothing to change: nothing written.
    if (!headerChanges && !update) return void (await step(model, real, args, UNCHANGED));
    await step(
      model,
      real,
      args,
      accepted(() => {
        if (change.field === "description") segment.description = change.value;
        if (change.field === "unit-cost") segment.unitCost = change.value;
        if (change.field === "template") {
          segment.template = change.value;
          segment.unitCost = templateCost(change.value);
        }
        if (!update) return;
        const reachedNos = new Set(reached.map((l) => l.lineNo));
        segment.lines = segment.lines.map((l) => {
          if (!reachedNos.has(l.lineNo)) return l;
          if (change.field === "description") return { ...l, description: change.value };
          if (change.field === "unit-cost") return { ...l, cost: change.value };
          return { ...l, template: change.value, cost: templateCost(change.value) };
        });
      }),
    );
  }
  toString = () => `set #${this.index} --${this.change.field} ${this.change.value} ${this.updateLines ?? ""}`;
}

class Log implements Command {
  constructor(
    readonly index: number,
    readonly followUp: boolean,
    readonly includeExcluded: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index, (s) => s.lines.length > 0);
    const args = [
      "log",
      no,
      ...(this.followUp ? ["--follow-up"] : []),
      ...(this.includeExcluded ? ["--include-excluded"] : []),
    ];
    const contactOf = (contactNo: string) => model.contacts.byNo(contactNo);
    // docs/business-rules.md §7.2: lines, and on every line a salesperson and a template; excluded contacts only when told.
    const refused =
      !segment ||
      segment.lines.length === 0 ||
      segment.lines.some((l) => l.salesperson === "" || l.template === "" || !contactOf(l.contactNo)) ||
      (!this.includeExcluded && segment.lines.some((l) => contactOf(l.contactNo)?.excluded));
    if (refused) return void (await step(model, real, args, REFUSED));
    await step(
      model,
      real,
      args,
      accepted(() => {
        const loggedNo = Math.max(0, ...model.logged.map((l) => l.entryNo)) + 1;
        let entryNo = Math.max(0, ...model.entries.map((e) => e.entryNo));
        model.logged.push({ entryNo: loggedNo, segmentNo: segment.no, canceled: false });
        const logged = sorted(segment.lines).map((l) => ({
          entryNo: ++entryNo,
          contactNo: l.contactNo,
          loggedNo,
          segmentNo: segment.no,
          cost: l.cost,
          canceled: false,
        }));
        model.entries.push(...logged);
        model.remove(segment.no);
        if (!this.followUp) return;
        // docs/business-rules.md §7.3 and docs/decisions.md §D4: no template, a line per entry, never an excluded contact.
        const followUp: ModelSegment = {
          no: model.nextSegmentNo(),
          description: `Follow-up on segment ${segment.no}`,
          salesperson: "",
          template: "",
          unitCost: 0,
          lines: [],
          criteria: [],
          steps: [],
          undo: [],
          redo: [],
          handEdited: new Set(),
        };
        model.lastSegmentNo++;
        model.segments.push(followUp);
        reuseInto(model, followUp, loggedNo, false, false);
      }),
    );
  }
  toString = () =>
    `log #${this.index}${this.followUp ? " --follow-up" : ""}${this.includeExcluded ? " --include-excluded" : ""}`;
}

/** docs/business-rules.md §5.5 with docs/decisions.md §D4: a line per entry, in entry order, as one action. */
function reuseInto(
  model: SegmentsModel,
  segment: ModelSegment,
  loggedNo: number,
  includeExcluded: boolean,
  includeCanceled: boolean,
) {
  model.recordAction(segment);
  const contacts = model.entries
    .filter((e) => e.loggedNo === loggedNo)
    .sort((a, b) => a.entryNo - b.entryNo)
    .filter((e) => includeCanceled || !e.canceled)
    .map((e) => model.contacts.byNo(e.contactNo))
    .filter((c): c is ModelContact => c !== undefined)
    .filter((c) => includeExcluded || !c.excluded);
  segment.lines.push(...model.newLines(segment, contacts));
  const flags = { allowExisting: true, expand: false, related: false, ignoreExclusion: includeExcluded };
  const condition = model.loggedCondition(loggedNo);
  segment.steps.push({ action: "Add Contacts", groups: [[condition]], flags });
  segment.criteria.push(
    ...model.criteriaFor(
      segment,
      "Add Contacts",
      [true, false, false, includeExcluded, false],
      [[{ table: "Interaction Log", field: condition.field, filter: condition.filter }]],
    ),
  );
}

class ReuseSegment implements Command {
  constructor(
    readonly index: number,
    readonly loggedIndex: number,
    readonly includeExcluded: boolean,
    readonly includeCanceled: boolean,
    readonly force: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index, (s) => this.force || s.criteria.length === 0);
    const logged = pick(model.logged, this.loggedIndex);
    const loggedNo = logged?.entryNo ?? 99;
    const args = ["reuse-segment", no, "--logged", String(loggedNo)];
    if (this.includeExcluded) args.push("--include-excluded");
    if (this.includeCanceled) args.push("--include-canceled");
    if (this.force) args.push("--force");
    if (!segment || !logged || (segment.criteria.length > 0 && !this.force))
      return void (await step(model, real, args, REFUSED));
    await step(
      model,
      real,
      args,
      accepted(() => reuseInto(model, segment, loggedNo, this.includeExcluded, this.includeCanceled)),
    );
  }
  toString = () =>
    `reuse-segment #${this.index} logged #${this.loggedIndex}${this.includeExcluded ? " --include-excluded" : ""}${this.includeCanceled ? " --include-canceled" : ""}${this.force ? " --force" : ""}`;
}

class SaveCriteria implements Command {
  constructor(
    readonly index: number,
    readonly code: string,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index, (s) => s.steps.length > 0);
    const args = ["save-criteria", no, "--code", this.code];
    // docs/business-rules.md §5.3: at least one criteria action, and a new code (case ignored).
    const taken = [...model.saved.keys()].some((code) => code.toLowerCase() === this.code.toLowerCase());
    if (!segment || segment.steps.length === 0 || taken) return void (await step(model, real, args, REFUSED));
    await step(
      model,
      real,
      args,
      accepted(() =>
        model.saved.set(this.code, {
          lines: [...segment.criteria],
          description: segment.description,
          steps: [...segment.steps],
        }),
      ),
    );
  }
  toString = () => `save-criteria #${this.index} --code ${this.code}`;
}

class ReuseCriteria implements Command {
  constructor(
    readonly index: number,
    readonly codeIndex: number,
    readonly force: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index, (s) => this.force || s.criteria.length === 0);
    // A saved code (in another case now and then: codes ignore case), or one never saved.
    const known = pick([...model.saved.keys()], this.codeIndex);
    const code = known === undefined ? "NOPE" : this.codeIndex % 2 === 1 ? known.toLowerCase() : known;
    const args = ["reuse-criteria", no, "--code", code, ...(this.force ? ["--force"] : [])];
    const saved = known === undefined ? undefined : model.saved.get(known);
    // docs/business-rules.md §5.4: asks first when the segment already has criteria.
    if (!segment || !saved || (segment.criteria.length > 0 && !this.force))
      return void (await step(model, real, args, REFUSED));
    // Each saved action replays on today's contacts and log as one Go Back step (docs/decisions.md §D3).
    const first = segment.undo.length;
    const before = model.observed.get(no);
    await step(
      model,
      real,
      args,
      accepted(() => saved.steps.forEach((action) => model.applyStep(segment, action))),
      () => {
        // The states between the replayed actions were never saved on their own: their rows come from before and after.
        const sources = [model.observed.get(no), before].filter((o): o is ObservedSegment => o !== undefined);
        for (let i = first + 1; i < segment.undo.length; i++)
          segment.undo[i] = { ...segment.undo[i], observed: model.observedWithin(segment.undo[i], sources) };
      },
    );
  }
  toString = () => `reuse-criteria #${this.index} code #${this.codeIndex}${this.force ? " --force" : ""}`;
}

class Cancel implements Command {
  constructor(
    readonly mode: "cancel" | "uncancel",
    readonly what: "logged" | "entry",
    readonly index: number,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const canceled = this.mode === "cancel";
    if (this.what === "logged") {
      const logged = pick(model.logged, this.index);
      const args = [this.mode, "--logged", String(logged?.entryNo ?? 99)];
      if (!logged) return void (await step(model, real, args, REFUSED));
      // docs/business-rules.md §8.2: the logged segment's state overwrites all its entries'.
      return void (await step(
        model,
        real,
        args,
        accepted(() => {
          logged.canceled = canceled;
          for (const entry of model.entries) if (entry.loggedNo === logged.entryNo) entry.canceled = canceled;
        }),
      ));
    }
    const entry = pick(model.entries, this.index);
    const args = [this.mode, "--entry", String(entry?.entryNo ?? 999)];
    const ofCanceled = model.logged.find((l) => l.entryNo === entry?.loggedNo)?.canceled;
    // An entry cannot be uncanceled while its logged segment is canceled.
    if (!entry || (!canceled && ofCanceled)) return void (await step(model, real, args, REFUSED));
    await step(
      model,
      real,
      args,
      accepted(() => void (entry.canceled = canceled)),
    );
  }
  toString = () => `${this.mode} --${this.what} #${this.index}`;
}

/**
 * The user sorts a dedicated sheet in another program (exceljs re-saves the whole book): rows are matched by key,
 * never by position (docs/workbook-contract.md §3), so every sheet still reads as the model says.
 */
class UserSorts implements Command {
  constructor(readonly sheetIndex: number) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const name = ["Segment Lines", "Segment Criteria", "Segments", "Interaction Log"][this.sheetIndex % 4];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(real.file);
    const sheet = workbook.getWorksheet(name);
    if (!sheet || sheet.rowCount < 3) return;
    const width = sheet.columnCount;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = 2; r <= sheet.rowCount; r++)
      rows.push(Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1).value));
    rows.reverse().forEach((values, i) => values.forEach((v, c) => (sheet.getCell(i + 2, c + 1).value = v)));
    await workbook.xlsx.writeFile(real.file);
    if (name === "Segment Lines" || name === "Segment Criteria")
      for (const segment of model.segments) model.sortedByUser.add(segment.no);
    await checkBook(model, real, `the user sorted ${name} Z to A`);
  }
  toString = () => `user sorts sheet #${this.sheetIndex}`;
}

class Delete implements Command {
  constructor(readonly index: number) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { no, segment } = target(model, this.index);
    if (!segment) return void (await step(model, real, ["delete", no], REFUSED));
    await step(
      model,
      real,
      ["delete", no],
      accepted(() => model.remove(no)),
    );
  }
  toString = () => `delete #${this.index}`;
}

class EraseContact implements Command {
  constructor(
    readonly contactIndex: number,
    readonly confirmed: boolean,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const contact = model.contacts.all[this.contactIndex % model.contacts.all.length];
    const args = ["erase-contact", contact.no, ...(this.confirmed ? ["--yes"] : [])];
    const same = (no: string) => no.toLowerCase() === contact.no.toLowerCase();
    const own = model.entries.filter((e) => same(e.contactNo));
    // The histories that hold the contact's lines, or could bring them back, go (src/app/eraseContact.ts).
    const touched = model.segments.filter(
      (s) =>
        s.lines.some((l) => same(l.contactNo)) ||
        [...s.undo, ...s.redo].some((snapshot) => snapshot.lines.some((l) => same(l.contactNo))),
    );
    // Without --yes it only says what would change, as a question does (exit 1, nothing written).
    if ((own.length === 0 && touched.length === 0) || !this.confirmed)
      return void (await step(model, real, args, REFUSED));
    await step(
      model,
      real,
      args,
      accepted(() => {
        const last = Math.max(
          0,
          ...model.entries.map((e) => /^ERASED-(\d+)$/.exec(e.contactNo)).map((m) => (m ? Number(m[1]) : 0)),
        );
        for (const entry of own) entry.contactNo = `ERASED-${last + 1}`;
        for (const segment of touched) {
          for (const l of segment.lines) if (same(l.contactNo)) segment.handEdited.delete(l.lineNo);
          segment.lines = segment.lines.filter((l) => !same(l.contactNo));
          segment.undo = [];
          segment.redo = [];
        }
      }),
    );
  }
  toString = () => `erase-contact #${this.contactIndex}${this.confirmed ? " --yes" : ""}`;
}

/** Calls that break a rule (exit 1) or are wrong (exit 2): the book stays byte for byte as it was. */
const WRONG_CALLS: readonly { argv: (no: string) => string[]; code: 1 | 2 }[] = [
  // docs/business-rules.md §10.3: a date that is no calendar day.
  { argv: (no) => ["set", no, "--date", "2026-02-30"], code: 1 },
  { argv: (no) => ["set", no, "--unit-cost", "-5"], code: 1 },
  { argv: (no) => ["set", no, "--bogus", "1"], code: 2 },
  { argv: (no) => ["add", no, "--where", "Name"], code: 2 },
  { argv: (no) => ["add", no, "--bogus"], code: 2 },
  { argv: () => ["back"], code: 2 },
  { argv: (no) => ["log", no, "--follow-up=3"], code: 2 },
  { argv: () => ["cancel", "--entry", "1,x"], code: 2 },
  { argv: (no) => ["reuse-segment", no], code: 2 },
];

class WrongCall implements Command {
  constructor(
    readonly index: number,
    readonly call: number,
  ) {}
  check = () => true;
  async run(model: SegmentsModel, real: Real) {
    const { argv, code } = WRONG_CALLS[this.call % WRONG_CALLS.length];
    await step(model, real, argv(target(model, this.index).no), code === 2 ? MISUSED : REFUSED);
  }
  toString = () => `wrong call ${this.call} on #${this.index}`;
}

function commandArbs(sheet: SmallContactSheet): fc.Arbitrary<Command>[] {
  const numbers = sheet.values.slice(1).map((row) => String(row[0]));
  const pool = conditionPool(numbers);
  const condition = fc.constantFrom(...pool);
  const group = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(condition) },
    { weight: 1, arbitrary: fc.tuple(condition, condition) },
  );
  const groups: fc.Arbitrary<ModelCondition[][]> = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(group) },
    { weight: 1, arbitrary: fc.tuple(group, group) },
  );
  const index = fc.oneof(
    { weight: 14, arbitrary: fc.nat({ max: 3 }) },
    { weight: 1, arbitrary: fc.nat({ max: 1 }).map((n) => STRANGER + n) },
  );
  const rare = fc.nat({ max: 9 }).map((n) => n === 0);
  const flags = fc.record({
    allowExisting: fc.boolean(),
    expand: fc.boolean(),
    related: fc.boolean(),
    ignoreExclusion: fc.boolean(),
  });
  const change: fc.Arbitrary<SetField> = fc.oneof(
    fc.constantFrom("Spring", "Summer").map((value) => ({ field: "description" as const, value })),
    fc.constantFrom(0, 1.5).map((value) => ({ field: "unit-cost" as const, value })),
    fc.constantFrom(...TEMPLATES.map((t) => t.code)).map((value) => ({ field: "template" as const, value })),
  );
  const create = fc
    .tuple(
      fc.constantFrom("Spring", "Autumn"),
      fc.constantFrom("", ...TEMPLATES.map((t) => t.code)),
      fc.constantFrom("", "PS"),
    )
    .map(([d, t, s]) => new Create(d, t, s));
  const add = fc
    .tuple(index, groups, flags, rare, rare)
    .map(([i, g, f, bad, preview]) => new Add(i, g, f, bad, preview));
  const remove = fc
    .tuple(fc.constantFrom("reduce" as const, "refine" as const), index, groups, fc.boolean(), rare)
    .map(([a, i, g, e, bad]) => new Remove(a, i, g, e, bad));
  const set = fc
    .tuple(index, change, fc.constantFrom(undefined, "yes" as const, "no" as const))
    .map(([i, c, u]) => new SetHeader(i, c, u));
  const log = fc
    .tuple(
      index,
      fc.boolean(),
      fc.nat({ max: 3 }).map((n) => n > 0),
    )
    .map(([i, f, x]) => new Log(i, f, x));
  const cancel = fc
    .tuple(
      fc.constantFrom("cancel" as const, "uncancel" as const),
      fc.constantFrom("logged" as const, "entry" as const),
      index,
    )
    .map(([m, w, i]) => new Cancel(m, w, i));
  const reuse = fc
    .tuple(index, index, fc.boolean(), fc.boolean(), fc.boolean())
    .map(([i, l, x, c, f]) => new ReuseSegment(i, l, x, c, f));
  const weighted: [number, fc.Arbitrary<Command>][] = [
    [3, create],
    [5, add],
    [2, remove],
    [3, fc.tuple(index, fc.nat({ max: 3 })).map(([i, f]) => new History("back", i, f === 0))],
    [2, fc.tuple(index, fc.nat({ max: 3 })).map(([i, f]) => new History("forward", i, f === 0))],
    [2, fc.tuple(index, fc.nat({ max: 9 })).map(([i, l]) => new HandEdit(i, l))],
    [2, set],
    [3, log],
    [2, cancel],
    [2, reuse],
    [2, fc.tuple(index, fc.constantFrom("RETAIL", "retail", "NEWS")).map(([i, c]) => new SaveCriteria(i, c))],
    [2, fc.tuple(index, index, fc.boolean()).map(([i, c, f]) => new ReuseCriteria(i, c, f))],
    [1, index.map((i) => new Delete(i))],
    [1, fc.nat({ max: 3 }).map((i) => new UserSorts(i))],
    [1, fc.tuple(index, fc.nat({ max: 20 })).map(([i, c]) => new WrongCall(i, c))],
    [1, fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 5 })).map(([i, n]) => new EraseContact(i, n > 0))],
  ];
  // fc.commands draws its arbitraries evenly: repeating one weighs it.
  return weighted.flatMap(([weight, arbitrary]) => Array.from({ length: weight }, () => arbitrary));
}

/** How often each command was accepted or refused: MODEL_STATS=1 prints it, to see what the sequences reach. */
const TALLY = new Map<string, number>();
afterAll(() => {
  if (process.env.MODEL_STATS === "1")
    console.log(
      [...TALLY]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join("\n"),
    );
});

const SEED = Number(process.env.MODEL_SEED ?? 14_06_2026);

describe("the segments command against a model of its sheets", () => {
  it("keeps every dedicated sheet as the model says, Go Back exact, refusals byte for byte", async () => {
    const sheets = contactSheetArb({ maxCompanies: 3, maxPersonsPerCompany: 3, maxIndependents: 3, maxOrphans: 1 });
    const runs = fc
      .tuple(sheets, fc.boolean(), fc.boolean())
      .chain(([sheet, init, prelude]) =>
        fc.tuple(
          fc.constant(sheet),
          fc.constant(init),
          fc.constant(prelude),
          fc.commands(commandArbs(sheet), { maxCommands: 30, size: "+1" }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(runs, async ([sheet, init, prelude, commands]) => {
        const dir = await tempDir();
        try {
          const file = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: sheet.values }]);
          const model = new SegmentsModel(new ModelContacts(modelContacts(sheet.values)));
          const real = { file };
          if (init) await step(model, real, ["init"], accepted());
          await new Create("Spring", "LETTER", "PS").run(model, real);
          if (prelude) {
            // Saved criteria, a logged segment and its follow-up from the start, so cancel and the reuses reach further.
            const everyone: Groups = [[{ field: "Name", filter: "*", holds: () => true }]];
            const flags = { allowExisting: false, expand: false, related: false, ignoreExclusion: true };
            await new Add(0, everyone, flags, false, false).run(model, real);
            await new SaveCriteria(0, "EVERYONE").run(model, real);
            await new Log(0, true, true).run(model, real);
          }
          await fc.asyncModelRun(() => ({ model, real }), commands);
          // The last book opens in a spreadsheet library this project did not write.
          await new ExcelJS.Workbook().xlsx.readFile(file);
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: Number(process.env.MODEL_RUNS ?? 25), endOnFailure: process.env.MODEL_END === "1" },
    );
    // About 30 s on a shared 2-core machine; the margin lets fast-check shrink a failure to its shortest sequence.
  }, 180_000);
});
