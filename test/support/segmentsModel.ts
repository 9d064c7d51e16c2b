/**
 * An in-memory model of what the dedicated sheets should hold, for the command's model-based test
 * (test/cli/commandModel.test.ts). Written from the rules (docs/business-rules.md, docs/decisions.md), not from
 * src: membership comes from plain predicates over the generated contacts, never from the domain's evaluator.
 */
import type { SheetCell } from "./contactTableArbitrary";

export interface ModelContact {
  readonly no: string;
  readonly isCompany: boolean;
  readonly name: string;
  /** As typed: the company's own No. on a company, "" on an independent person. */
  readonly companyNo: string;
  readonly salesperson: string;
  readonly excluded: boolean;
  readonly industry: readonly string[];
  readonly mailing: readonly string[];
  readonly employees: number;
}

const fold = (text: string) => text.toLowerCase();
const codesOf = (cell: SheetCell) =>
  String(cell)
    .split(/[;,]/)
    .map((code) => fold(code.trim()))
    .filter((code) => code !== "");

/** The contacts of a contactSheetArb sheet (header row first). */
export function modelContacts(values: readonly (readonly SheetCell[])[]): ModelContact[] {
  const [header, ...rows] = values;
  const at = (row: readonly SheetCell[], title: string) => row[header.indexOf(title)];
  return rows.map((row) => ({
    no: String(at(row, "No.")),
    isCompany: at(row, "Type") === "Company",
    name: String(at(row, "Name")),
    companyNo: String(at(row, "Company No.")),
    salesperson: String(at(row, "Salesperson Code")),
    excluded: at(row, "Exclude from Segment") === true,
    industry: codesOf(at(row, "Industry Groups")),
    mailing: codesOf(at(row, "Mailing Groups")),
    employees: Number(at(row, "Employees")),
  }));
}

export class ModelContacts {
  constructor(readonly all: readonly ModelContact[]) {}

  byNo(no: string): ModelContact | undefined {
    return this.all.find((c) => fold(c.no) === fold(no));
  }

  /** The company a contact belongs to (a company belongs to itself); undefined for an independent person. */
  companyOf(contact: ModelContact): ModelContact | undefined {
    if (contact.isCompany) return contact;
    if (contact.companyNo === "") return undefined;
    const company = this.byNo(contact.companyNo);
    return company?.isCompany ? company : undefined;
  }

  /** A company and its persons. */
  membersOf(company: ModelContact): ModelContact[] {
    return this.all.filter((c) => this.companyOf(c) === company);
  }

  /** docs/business-rules.md §3.4: Company Name, Company No., companies first, Name, No.; case ignored. */
  lineOrder(a: ModelContact, b: ModelContact): number {
    const collator = new Intl.Collator("en", { sensitivity: "accent" });
    // The contact's own Company No. as the sheet has it: a person whose company is not on the sheet keeps it.
    const key = (c: ModelContact) => ({ companyName: this.companyOf(c)?.name ?? "", companyNo: c.companyNo });
    const ka = key(a);
    const kb = key(b);
    return (
      collator.compare(ka.companyName, kb.companyName) ||
      collator.compare(ka.companyNo, kb.companyNo) ||
      Number(b.isCompany) - Number(a.isCompany) ||
      collator.compare(a.name, b.name) ||
      collator.compare(a.no, b.no)
    );
  }
}

/** One `--where "FIELD=FILTER"` with what it means, said independently of the filter language's code. */
export interface ModelCondition {
  /** "Contact" unless said. */
  readonly table?: string;
  readonly field: string;
  readonly filter: string;
  readonly holds: (contact: ModelContact, contacts: ModelContacts) => boolean;
}

/** Conditions whose meaning is plain; `numbers` are the sheet's contact numbers. */
export function conditionPool(numbers: readonly string[]): ModelCondition[] {
  const pool: ModelCondition[] = [
    { field: "Mailing Groups", filter: "NEWS", holds: (c) => c.mailing.includes("news") },
    { field: "Mailing Groups", filter: "xmas|VIP", holds: (c) => c.mailing.some((m) => m === "xmas" || m === "vip") },
    { field: "Salesperson Code", filter: "JO", holds: (c) => fold(c.salesperson) === "jo" },
    { field: "Salesperson Code", filter: "''", holds: (c) => c.salesperson === "" },
    {
      // docs/decisions.md §D6: a person matches on its own industry groups or its company's.
      field: "Industry Groups",
      filter: "RETAIL",
      holds: (c, all) => [...c.industry, ...(all.companyOf(c)?.industry ?? [])].includes("retail"),
    },
    { field: "Employees", filter: "..100", holds: (c) => c.employees <= 100 },
    { field: "Employees", filter: "100..", holds: (c) => c.employees >= 100 },
    { field: "Type", filter: "Company", holds: (c) => c.isCompany },
    { field: "Name", filter: "A*", holds: (c) => fold(c.name).startsWith("a") },
    { field: "Name", filter: "*", holds: (c) => c.name !== "" },
    { field: "Exclude from Segment", filter: "No", holds: (c) => !c.excluded },
  ];
  for (let i = 0; i < numbers.length; i += 2) {
    const some = numbers.slice(i, i + 2);
    const wanted = some.map(fold);
    pool.push({ field: "No.", filter: some.join("|"), holds: (c) => wanted.includes(fold(c.no)) });
  }
  return pool;
}

/** Filters the command must refuse, naming what is wrong. */
export const BAD_CONDITIONS: readonly { field: string; filter: string }[] = [
  { field: "Employees", filter: ">>" },
  { field: "Name", filter: "(A" },
  { field: "Bogus Column", filter: "1" },
];

export type Groups = readonly (readonly ModelCondition[])[];

export const matches = (groups: Groups, contact: ModelContact, contacts: ModelContacts) =>
  groups.some((group) => group.every((condition) => condition.holds(contact, contacts)));

export interface ModelLine {
  readonly lineNo: number;
  readonly contactNo: string;
  readonly description: string;
  readonly salesperson: string;
  readonly template: string;
  readonly cost: number;
}

export interface ModelCriteriaLine {
  readonly lineNo: number;
  readonly type: "Action" | "Filter";
  readonly action: string;
  readonly group: number;
  readonly table: string;
  readonly field: string;
  readonly filter: string;
  readonly flags: readonly boolean[];
}

/** What a segment's lines and criteria sheets held at one moment, as the model says and as the book had it. */
export interface Snapshot {
  readonly lines: readonly ModelLine[];
  readonly criteria: readonly ModelCriteriaLine[];
  readonly steps: readonly ModelStep[];
  /**
   * The book's own rows (every column) of the segment at that moment, sorted by Line No.; undefined for a state
   * inside one command that the book never held on its own and whose rows cannot all be told (see observedWithin).
   */
  readonly observed?: ObservedSegment;
}

/** A row as our reader gives it: the record and the user's own cells. */
export interface ObservedRow {
  /** The whole record; these are the fields the model matches rows by. */
  readonly record: {
    readonly lineNo: number;
    readonly contactNo?: string;
    readonly type?: string;
    readonly action?: string;
    readonly field?: string;
    readonly filter?: string;
  };
  readonly extra: readonly unknown[];
}

export interface ObservedSegment {
  readonly lines: readonly ObservedRow[];
  readonly criteria: readonly ObservedRow[];
}

export interface ModelSegment {
  readonly no: string;
  description: string;
  salesperson: string;
  template: string;
  unitCost: number;
  lines: ModelLine[];
  criteria: ModelCriteriaLine[];
  /** The actions behind the criteria, in order (what Save Criteria keeps and Reuse Criteria replays). */
  steps: ModelStep[];
  undo: Snapshot[];
  redo: Snapshot[];
  /** Line Nos. changed by hand since the add-in last wrote the segment's lines. */
  handEdited: Set<number>;
}

export interface ModelEntry {
  readonly entryNo: number;
  contactNo: string;
  readonly loggedNo: number;
  readonly segmentNo: string;
  readonly cost: number;
  canceled: boolean;
}

export interface ModelLogged {
  readonly entryNo: number;
  readonly segmentNo: string;
  canceled: boolean;
}

export interface Template {
  readonly code: string;
  readonly unitCost: number;
}

/** The templates `init` seeds (docs/business-rules.md §6: a new workbook starts with common templates). */
export const TEMPLATES: readonly Template[] = [
  { code: "EMAIL", unitCost: 0.1 },
  { code: "LETTER", unitCost: 2.5 },
  { code: "PHONE", unitCost: 0 },
];

export const templateCost = (code: string) => TEMPLATES.find((t) => t.code === code)?.unitCost ?? 0;

export interface AddFlags {
  readonly allowExisting: boolean;
  readonly expand: boolean;
  readonly related: boolean;
  readonly ignoreExclusion: boolean;
}

export type RemoveAction = "Remove Contacts (Reduce)" | "Remove Contacts (Refine)";

/** A saved action, as Save Criteria keeps it and Reuse Criteria replays it. */
export type ModelStep =
  | { readonly action: "Add Contacts"; readonly groups: Groups; readonly flags: AddFlags }
  | { readonly action: RemoveAction; readonly groups: Groups; readonly entireCompanies: boolean };

export class SegmentsModel {
  lastSegmentNo = 0;
  segments: ModelSegment[] = [];
  entries: ModelEntry[] = [];
  logged: ModelLogged[] = [];
  /** The book's rows per segment after the last command that changed it. */
  observed = new Map<string, ObservedSegment>();
  /** Segments whose rows the user sorted on a sheet: Go Back gives them back by Line No. from then on. */
  sortedByUser = new Set<string>();

  /** Saved Criteria by code: the lines as saved, and the actions they replay as. */
  saved = new Map<string, { lines: ModelCriteriaLine[]; description: string; steps: ModelStep[] }>();

  constructor(readonly contacts: ModelContacts) {}

  segment(no: string): ModelSegment | undefined {
    return this.segments.find((s) => s.no === no);
  }

  nextSegmentNo(): string {
    return `SEG${String(this.lastSegmentNo + 1).padStart(5, "0")}`;
  }

  /** Lines filled from the header (docs/business-rules.md §2.2), numbered after the last line. */
  newLines(segment: ModelSegment, contacts: readonly ModelContact[]): ModelLine[] {
    const last = Math.max(0, ...segment.lines.map((l) => l.lineNo));
    return contacts.map((c, i) => ({
      lineNo: last + (i + 1) * 10000,
      contactNo: c.no,
      description: segment.description,
      salesperson: segment.salesperson !== "" ? segment.salesperson : c.salesperson,
      template: segment.template,
      cost: segment.unitCost,
    }));
  }

  /** Criteria lines of one action, numbered after the segment's last one (docs/business-rules.md §5.1). */
  criteriaFor(
    segment: ModelSegment,
    action: string,
    flags: readonly boolean[],
    groups: readonly (readonly { table: string; field: string; filter: string }[])[],
  ): ModelCriteriaLine[] {
    let lineNo = Math.max(0, ...segment.criteria.map((c) => c.lineNo));
    const none = [false, false, false, false, false];
    const lines: ModelCriteriaLine[] = [
      { lineNo: ++lineNo, type: "Action", action, group: 0, table: "", field: "", filter: "", flags },
    ];
    groups.forEach((group, g) =>
      group.forEach((c) => lines.push({ lineNo: ++lineNo, type: "Filter", action, group: g + 1, ...c, flags: none })),
    );
    return lines;
  }

  /** docs/business-rules.md §3.3 (match, expand, related, drop excluded, drop present) in docs/business-rules.md §3.4 order. */
  addSelection(segment: ModelSegment, groups: Groups, flags: AddFlags): ModelContact[] {
    const { contacts } = this;
    const matched = contacts.all.filter((c) => matches(groups, c, contacts));
    const wider = new Set(matched);
    for (const contact of matched) {
      const company = contacts.companyOf(contact);
      if (!company) continue;
      if (flags.expand) for (const member of contacts.membersOf(company)) wider.add(member);
      if (flags.related) wider.add(company);
    }
    const present = new Set(segment.lines.map((l) => fold(l.contactNo)));
    return contacts.all
      .filter((c) => wider.has(c))
      .filter((c) => flags.ignoreExclusion || !c.excluded)
      .filter((c) => flags.allowExisting || !present.has(fold(c.no)))
      .sort((a, b) => contacts.lineOrder(a, b));
  }

  /** One action on a segment, with its criteria and its Go Back step. */
  applyStep(segment: ModelSegment, step: ModelStep): void {
    this.recordAction(segment);
    segment.steps.push(step);
    const groups = step.groups.map((group) =>
      group.map((c) => ({ table: c.table ?? "Contact", field: c.field, filter: c.filter })),
    );
    if (step.action === "Add Contacts") {
      segment.lines.push(...this.newLines(segment, this.addSelection(segment, step.groups, step.flags)));
      const f = step.flags;
      segment.criteria.push(
        ...this.criteriaFor(
          segment,
          step.action,
          [f.allowExisting, f.expand, f.related, f.ignoreExclusion, false],
          groups,
        ),
      );
      return;
    }
    // docs/business-rules.md §4: with Entire Companies a company's contacts are judged together.
    const { contacts } = this;
    const matched = new Set(contacts.all.filter((c) => matches(step.groups, c, contacts)));
    if (step.entireCompanies)
      for (const contact of [...matched]) {
        const company = contacts.companyOf(contact);
        if (company) for (const member of contacts.membersOf(company)) matched.add(member);
      }
    const isMatched = (no: string) => {
      const contact = contacts.byNo(no);
      return contact !== undefined && matched.has(contact);
    };
    const keep = step.action === "Remove Contacts (Refine)";
    segment.lines = segment.lines.filter((l) => isMatched(l.contactNo) === keep);
    segment.criteria.push(
      ...this.criteriaFor(segment, step.action, [false, false, false, false, step.entireCompanies], groups),
    );
  }

  /** Contacts with an entry of the logged segment, as an Interaction Log condition. */
  loggedCondition(loggedNo: number): ModelCondition {
    return {
      table: "Interaction Log",
      field: "Logged Segment Entry No.",
      filter: String(loggedNo),
      holds: (c) => this.entries.some((e) => e.loggedNo === loggedNo && fold(e.contactNo) === fold(c.no)),
    };
  }

  /** A Go Back action: the state before it goes on the undo stack, and the redo stack is emptied (docs/decisions.md §D2). */
  recordAction(segment: ModelSegment): void {
    segment.undo.push(this.snapshot(segment));
    segment.redo = [];
    segment.handEdited.clear();
  }

  snapshot(segment: ModelSegment): Snapshot {
    const observed = this.observed.get(segment.no) ?? { lines: [], criteria: [] };
    return { lines: [...segment.lines], criteria: [...segment.criteria], steps: [...segment.steps], observed };
  }

  /**
   * Go Back / Go Forward: the lines and criteria of the snapshot. A line the action did not touch is not the
   * action's to restore: it keeps what a header change or a hand edit gave it since (docs/decisions.md §D31).
   */
  /**
   * The rows of a state between the actions of one command (Reuse Criteria replays several): each line and criteria
   * line taken from the rows before or after the command with the same Line No. and content.
   */
  observedWithin(snapshot: Snapshot, sources: readonly ObservedSegment[]): ObservedSegment | undefined {
    const lines = snapshot.lines.map((l) =>
      sources
        .flatMap((s) => s.lines)
        .find((row) => row.record.lineNo === l.lineNo && row.record.contactNo === l.contactNo),
    );
    const criteria = snapshot.criteria.map((c) =>
      sources
        .flatMap((s) => s.criteria)
        .find(
          (row) =>
            row.record.lineNo === c.lineNo &&
            row.record.type === c.type &&
            row.record.action === c.action &&
            row.record.field === c.field &&
            row.record.filter === c.filter,
        ),
    );
    const known = <T>(rows: (T | undefined)[]): rows is T[] => rows.every((row) => row !== undefined);
    return known(lines) && known(criteria) ? { lines, criteria } : undefined;
  }

  restore(segment: ModelSegment, snapshot: Snapshot): void {
    const now = new Map(segment.lines.map((l) => [l.lineNo, l]));
    segment.lines = snapshot.lines.map((l) => now.get(l.lineNo) ?? l);
    segment.criteria = [...snapshot.criteria];
    segment.steps = [...snapshot.steps];
  }

  remove(no: string): void {
    this.segments = this.segments.filter((s) => s.no !== no);
    this.observed.delete(no);
  }

  /** docs/business-rules.md §8.2: No. of Interactions counts the entries in the logged segment's own state. */
  noOfInteractions(logged: ModelLogged): number {
    return this.entries.filter((e) => e.loggedNo === logged.entryNo && e.canceled === logged.canceled).length;
  }
}
