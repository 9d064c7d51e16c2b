import type { MakeUp } from "../../domain/segments/makeUp";
import type { ChipWords } from "../panels/segment/builder/chipText";
import type { EntryFilterHeader } from "../../domain/interactions/entryTable";
import type { HeaderFieldId } from "../../domain/segments/headerFields";
import type { HandChange } from "../../domain/segments/history";
import type { StepAction, StepKind, StepOptions } from "../../domain/segments/step";
import type { ReadinessGap } from "../../domain/interactions/logReadiness";
import type { ConditionMode, OperatorId } from "../panels/segment/builder/operators";

/** Counts of an Add preview, as addContacts returns them. */
export interface AddCount {
  readonly added: number;
  readonly excluded: number;
  readonly alreadyPresent: number;
}

/** Counts of a Reduce or Refine preview. */
export interface RemoveCount {
  readonly removedContacts: number;
  readonly removedLines: number;
  readonly kept: number;
}

/** Texts shared by every panel. */
export interface CommonStrings {
  readonly cancel: string;
  readonly close: string;
  readonly retry: string;
  /** Follows an error from the workbook that is not a rule of ours (Excel busy, a sync failed). */
  readonly excelHint: string;
  /** Follows a contact-sheet error: the Contacts tab lists the problems. */
  readonly contactsHint: string;
  readonly tabs: {
    readonly label: string;
    readonly segments: string;
    readonly interactions: string;
    readonly contacts: string;
  };
}

export interface SegmentsStrings {
  readonly title: string;
  readonly loading: string;
  readonly refresh: string;
  readonly empty: string;
  readonly loadFailed: string;
  readonly listLabel: string;
  readonly columns: {
    readonly no: string;
    readonly description: string;
    readonly lines: string;
    readonly cost: string;
    readonly actions: string;
  };
  readonly open: (no: string) => string;
  readonly remove: (no: string) => string;
  readonly createHeading: string;
  readonly descriptionLabel: string;
  readonly descriptionHint: string;
  readonly create: string;
  readonly creating: string;
  readonly createFailed: string;
  readonly created: (no: string) => string;
  readonly deleteTitle: (no: string) => string;
  readonly deleteBody: (no: string, description: string) => string;
  readonly deleteRows: (rows: { lines: number; criteria: number; history: number; total: number }) => string;
  readonly deleteNote: string;
  readonly deleteConfirm: string;
  readonly deleting: string;
  readonly deleteFailed: string;
  readonly deleted: (no: string, rows: number) => string;
  readonly money: (amount: number) => string;
  readonly count: (n: number) => string;
}

export interface SegmentStrings {
  readonly backToList: string;
  readonly loading: string;
  readonly loadFailed: (no: string) => string;
  readonly reload: string;
  readonly title: (no: string, description: string) => string;
  readonly totals: (lines: number, cost: string, minutes: number) => string;
  readonly header: {
    readonly title: string;
    readonly summary: (template: string, salesperson: string) => string;
    readonly fields: Readonly<Record<HeaderFieldId, string>>;
    readonly noTemplate: string;
    readonly choices: Readonly<Record<string, string>>;
    readonly yes: string;
    /** Why a field cannot be changed yet, shown under it. */
    readonly disabled: Readonly<Record<"needsTemplate" | "needsIgnoreCorresType" | "needsCampaign", string>>;
    readonly saving: string;
    readonly saveFailed: (field: string) => string;
    /** The update-lines question was dismissed: nothing saved, the typed value stays in its box. */
    readonly notSavedYet: (field: string) => string;
    readonly updateLinesTitle: string;
    readonly updateLinesBody: (lineCount: number, fields: string) => string;
    readonly updateLinesYes: string;
    readonly updateLinesNo: string;
    readonly linesUpdated: (lines: number) => string;
  };
  readonly history: {
    readonly toolbar: string;
    readonly goBack: string;
    readonly goForward: string;
    readonly goBackHint: string;
    readonly goForwardHint: string;
    readonly done: (direction: "back" | "forward", action: string, linesBefore: number, linesAfter: number) => string;
    readonly failed: string;
    readonly handTitle: string;
    readonly handBody: (direction: "back" | "forward") => string;
    readonly handChange: (change: HandChange) => string;
    readonly handMore: (n: number) => string;
    readonly handConfirm: (direction: "back" | "forward") => string;
    /** The action names Go Back and Go Forward report (result.action). */
    readonly actionNames: Readonly<Record<StepAction, string>>;
  };
  /** The action in the message after a step: runs Go Back. */
  readonly undo: string;
  /** Whether the segment can be logged, or what is still missing, always in view under the totals. */
  readonly readiness: {
    readonly ready: string;
    readonly missing: (gaps: readonly ReadinessGap[]) => string;
    /** The button that opens the field for the first gap the header fixes. */
    readonly fix: Readonly<Record<Exclude<ReadinessGap, "lines">, string>>;
  };
  /** The Members section: who is in the segment and what it is made of. */
  readonly members: {
    readonly title: string;
    readonly loading: string;
    readonly failed: string;
    readonly search: string;
    readonly empty: string;
    readonly shown: (shown: number, matching: number, total: number) => string;
    readonly listLabel: string;
    readonly noEmail: string;
    readonly kinds: string;
    readonly companies: string;
    readonly persons: string;
    readonly email: string;
    readonly withEmail: string;
    readonly withoutEmail: string;
    readonly excluded: string;
    readonly bySalesperson: string;
    readonly byCorrespondenceType: string;
    readonly blank: string;
    /** The link that selects the segment's rows on the Segment Lines sheet. */
    readonly showInSheet: string;
    /** Lines in too many separate blocks for one selection: `lines` selected now, `through` of `total` so far. */
    readonly partSelected: (lines: number, through: number, total: number) => string;
    readonly partReason: string;
    readonly selectNext: (lines: number) => string;
    readonly selectFailed: string;
  };
  readonly builder: {
    readonly title: string;
    readonly kindLabel: string;
    readonly kinds: Readonly<Record<StepKind, string>>;
    readonly kindHints: Readonly<Record<StepKind, string>>;
    readonly group: (n: number) => string;
    /** Names a condition in labels: "Group 2, condition 1". */
    readonly place: (group: number, condition: number) => string;
    readonly orNote: string;
    readonly field: string;
    readonly fieldPlaceholder: string;
    readonly recognisedFields: string;
    readonly otherHeaders: string;
    /** The picker's group of Interaction Log columns. */
    readonly entryFields: string;
    /** BC's captions of the Interaction Log Entry columns offered. */
    readonly entryCaptions: Readonly<Record<EntryFilterHeader, string>>;
    /** An Interaction Log option's accessible name: a contact field may have the same caption. */
    readonly entryOption: (caption: string) => string;
    /** Under a condition's field when it filters the contact's Interaction Log entries. */
    readonly onEntries: string;
    /** Under a group with Interaction Log conditions: they must all hold for one and the same entry. */
    readonly entryNote: string;
    readonly operator: string;
    readonly operators: Readonly<Record<OperatorId, string>>;
    readonly expression: string;
    readonly expressionHint: string;
    /** The filter box's hint on a date or Yes/No column, instead of expressionHint. */
    readonly valueHints: Readonly<Record<"date" | "boolean", string>>;
    /** The operator menu's last entry: the value box takes a BC filter expression as typed. */
    readonly expressionMode: string;
    /** Shown under the value box for operators whose value carries separators. */
    /** Asked when another kind of step is chosen while conditions are typed. */
    readonly switchKindTitle: (kind: string) => string;
    readonly switchKindBody: (currentKind: string) => string;
    readonly switchKindConfirm: (kind: string) => string;
    /** Asked before a Reduce or Refine that leaves the segment without lines. */
    readonly removeAllTitle: string;
    readonly removeAllBody: (lines: number) => string;
    readonly modeHints: Partial<Readonly<Record<ConditionMode, string>>>;
    readonly errorAt: (position: number) => string;
    readonly addCondition: string;
    readonly removeCondition: (n: number) => string;
    readonly addGroup: string;
    readonly removeGroup: (n: number) => string;
    /** The name of an option's info button. */
    readonly aboutOption: (option: string) => string;
    readonly optionsLabel: string;
    readonly options: Readonly<Record<keyof StepOptions, { readonly label: string; readonly hint: string }>>;
    readonly counting: string;
    readonly addCount: (count: AddCount) => string;
    readonly removeCount: (count: RemoveCount) => string;
    readonly allContacts: string;
    readonly apply: Readonly<Record<StepKind, string>>;
    readonly applying: string;
    readonly applied: Readonly<Record<StepKind, (n: number) => string>>;
    readonly applyFailed: string;
    readonly countFailed: string;
    readonly fixFilter: string;
    /** "3 contacts could not be judged: error, uncomputed or mistyped cells in Employees." */
    readonly unjudged: (count: number, caption: string) => string;
    readonly loadingFields: string;
    /** The field picker's filter found nothing. */
    readonly noFieldMatches: string;
    /** A suggested value of the column with its contacts, as a screen reader says it: "NEWS 40 contacts" (the visible "NEWS 40" and its unit). */
    readonly suggestion: (value: string, contacts: number) => string;
    /** The group of suggested values: "Values in Mailing Groups". */
    readonly suggestionsLabel: (field: string) => string;
    /** Between the conditions of a group, and between groups. */
    readonly and: string;
    readonly or: string;
    /** The step in plain words ("Name contains berg"), one chip per condition. */
    readonly chipsLabel: string;
    readonly chipWords: ChipWords;
    /** "This step adds 40: 12 companies, 28 persons, 3 without e-mail". */
    readonly stepMakeUp: (action: "add" | "remove", makeUp: MakeUp) => string;
  };
  readonly criteria: {
    readonly title: (actions: number) => string;
    readonly empty: string;
    readonly listLabel: string;
    /** Between a step's OR groups. */
    readonly or: string;
    /** A step without conditions. */
    readonly allContacts: string;
    /** Before a condition on the contact's Interaction Log entries. */
    readonly onEntries: string;
    readonly saveHeading: string;
    readonly saveCode: string;
    readonly saveCodeHint: string;
    readonly saveDescription: string;
    readonly save: string;
    readonly saved: (code: string, actions: number) => string;
    readonly saveFailed: string;
    readonly reuseHeading: string;
    readonly reuseCode: string;
    readonly reuseNone: string;
    readonly reuse: string;
    readonly reused: (code: string, lines: number) => string;
    readonly reuseFailed: string;
    readonly reuseConfirmTitle: string;
    readonly reuseConfirmBody: (code: string) => string;
    readonly reuseConfirm: string;
  };
}
