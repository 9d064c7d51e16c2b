/**
 * The workbook contract: dedicated sheets, their Excel table names, their fixed first columns and the record each
 * row reads as.
 */
import type { CriteriaLine } from "../../domain/segments/criteria";
import type { SegmentHeader } from "../../domain/segments/header";
import type { SegmentLine } from "../../domain/segments/line";
import type { SavedCriteriaLine } from "../../domain/segments/savedCriteria";
import type { InteractionLogEntry, LoggedSegment } from "../../domain/interactions/logEntry";
import type { TemplateRowInput } from "../../domain/interactions/templateValidation";

export type CellKind = "text" | "number" | "integer" | "date" | "boolean";

export interface ColumnSpec<P extends string = string> {
  readonly header: string;
  readonly kind: CellKind;
  /** The record property the column maps to. */
  readonly prop: P;
}

/** Type only, never set: the record a sheet's rows read as. */
declare const recordType: unique symbol;

export interface SheetSpec<R = unknown> {
  readonly sheetName: string;
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  /** Record properties that identify a row (rows are matched by key, never by position). */
  readonly keyProps: readonly string[];
  /** Very hidden (Excel's xlSheetVeryHidden): the add-in's own bookkeeping, not for editing by hand. */
  readonly hidden?: boolean;
  /** So `readRows(spec)` returns `StoredRow<R>[]` with no cast, and a spec cannot be read as another sheet's record. */
  readonly [recordType]?: R;
}

/** A spec whose columns and key name properties of its record (a misspelt prop does not compile). */
function sheet<R>(spec: {
  readonly sheetName: string;
  readonly tableName: string;
  readonly columns: readonly ColumnSpec<Extract<keyof R, string>>[];
  readonly keyProps: readonly Extract<keyof R, string>[];
  readonly hidden?: boolean;
}): SheetSpec<R> {
  return spec;
}

const text = <P extends string>(header: string, prop: P): ColumnSpec<P> => ({ header, kind: "text", prop });
const num = <P extends string>(header: string, prop: P): ColumnSpec<P> => ({ header, kind: "number", prop });
const int = <P extends string>(header: string, prop: P): ColumnSpec<P> => ({ header, kind: "integer", prop });
const date = <P extends string>(header: string, prop: P): ColumnSpec<P> => ({ header, kind: "date", prop });
const bool = <P extends string>(header: string, prop: P): ColumnSpec<P> => ({ header, kind: "boolean", prop });

/** A Segments row: the header plus the counts and totals kept on the sheet for the user. */
export interface SegmentRow extends SegmentHeader {
  readonly noOfLines: number;
  readonly noOfCriteriaActions: number;
  /** Sum of the lines' Cost (LCY). */
  readonly cost: number;
  /** Sum of the lines' Duration (Min.). */
  readonly duration: number;
}

/** One part of one Go Back / Go Forward step of a segment (a SegmentHistory row). */
export interface HistoryRow {
  readonly segmentNo: string;
  readonly stepNo: number;
  readonly stack: "undo" | "redo" | "checkpoint";
  readonly part: number;
  readonly payload: string;
}

const CRITERIA_FLAGS = [
  bool("Allow Existing Contacts", "allowExistingContacts"),
  bool("Expand Companies", "expandCompanies"),
  bool("Allow Related Companies", "allowRelatedCompanies"),
  bool("Ignore Exclusion", "ignoreExclusion"),
  bool("Entire Companies", "entireCompanies"),
];

export const SEGMENTS = sheet<SegmentRow>({
  sheetName: "Segments",
  tableName: "Segments",
  keyProps: ["no"],
  columns: [
    text("No.", "no"),
    text("Description", "description"),
    text("Salesperson Code", "salespersonCode"),
    date("Date", "date"),
    text("Interaction Template Code", "interactionTemplateCode"),
    text("Campaign No.", "campaignNo"),
    text("Subject", "subject"),
    text("Language Code", "languageCode"),
    text("Correspondence Type", "correspondenceType"),
    bool("Ignore Contact Corres. Type", "ignoreContactCorresType"),
    num("Unit Cost (LCY)", "unitCost"),
    num("Unit Duration (Min.)", "unitDuration"),
    text("Information Flow", "informationFlow"),
    text("Initiated By", "initiatedBy"),
    bool("Campaign Target", "campaignTarget"),
    bool("Campaign Response", "campaignResponse"),
    int("No. of Lines", "noOfLines"),
    int("No. of Criteria Actions", "noOfCriteriaActions"),
    // Totals over the lines: added after the first fixed columns, so older workbooks still read (docs/workbook-contract.md §7).
    num("Cost (LCY)", "cost"),
    num("Duration (Min.)", "duration"),
  ],
});

export const SEGMENT_LINES = sheet<SegmentLine>({
  sheetName: "Segment Lines",
  tableName: "SegmentLines",
  keyProps: ["segmentNo", "lineNo"],
  columns: [
    text("Segment No.", "segmentNo"),
    int("Line No.", "lineNo"),
    text("Contact No.", "contactNo"),
    text("Contact Company No.", "contactCompanyNo"),
    text("Contact Name", "contactName"),
    text("Contact Company Name", "contactCompanyName"),
    text("Description", "description"),
    date("Date", "date"),
    text("Salesperson Code", "salespersonCode"),
    text("Interaction Template Code", "interactionTemplateCode"),
    text("Interaction Group Code", "interactionGroupCode"),
    text("Language Code", "languageCode"),
    text("Subject", "subject"),
    text("Correspondence Type", "correspondenceType"),
    num("Cost (LCY)", "cost"),
    num("Duration (Min.)", "duration"),
    text("Information Flow", "informationFlow"),
    text("Initiated By", "initiatedBy"),
    text("Campaign No.", "campaignNo"),
    bool("Campaign Target", "campaignTarget"),
    bool("Campaign Response", "campaignResponse"),
    text("Evaluation", "evaluation"),
  ],
});

export const SEGMENT_CRITERIA = sheet<CriteriaLine>({
  sheetName: "Segment Criteria",
  tableName: "SegmentCriteria",
  keyProps: ["segmentNo", "lineNo"],
  columns: [
    text("Segment No.", "segmentNo"),
    int("Line No.", "lineNo"),
    text("Type", "type"),
    text("Action", "action"),
    int("Group", "group"),
    text("Table", "table"),
    text("Field", "field"),
    text("Filter", "filter"),
    ...CRITERIA_FLAGS,
  ],
});

export const SAVED_CRITERIA = sheet<SavedCriteriaLine>({
  sheetName: "Saved Criteria",
  tableName: "SavedCriteria",
  keyProps: ["code", "lineNo"],
  columns: [
    text("Code", "code"),
    text("Description", "description"),
    int("Line No.", "lineNo"),
    text("Type", "type"),
    text("Action", "action"),
    int("Group", "group"),
    text("Table", "table"),
    text("Field", "field"),
    text("Filter", "filter"),
    ...CRITERIA_FLAGS,
  ],
});

export const INTERACTION_TEMPLATES = sheet<TemplateRowInput["record"]>({
  sheetName: "Interaction Templates",
  tableName: "InteractionTemplates",
  keyProps: ["code"],
  columns: [
    text("Code", "code"),
    text("Description", "description"),
    text("Interaction Group Code", "interactionGroupCode"),
    num("Unit Cost (LCY)", "unitCost"),
    num("Unit Duration (Min.)", "unitDuration"),
    text("Information Flow", "informationFlow"),
    text("Initiated By", "initiatedBy"),
    text("Campaign No.", "campaignNo"),
    bool("Campaign Target", "campaignTarget"),
    bool("Campaign Response", "campaignResponse"),
    text("Correspondence Type", "correspondenceType"),
    bool("Ignore Contact Corres. Type", "ignoreContactCorresType"),
    text("Language Code", "languageCode"),
  ],
});

export const INTERACTION_LOG = sheet<InteractionLogEntry>({
  sheetName: "Interaction Log",
  tableName: "InteractionLog",
  keyProps: ["entryNo"],
  columns: [
    int("Entry No.", "entryNo"),
    text("Contact No.", "contactNo"),
    text("Contact Company No.", "contactCompanyNo"),
    text("Contact Name", "contactName"),
    date("Date", "date"),
    text("Time", "time"),
    text("Description", "description"),
    text("Interaction Template Code", "interactionTemplateCode"),
    text("Interaction Group Code", "interactionGroupCode"),
    text("Language Code", "languageCode"),
    text("Subject", "subject"),
    num("Cost (LCY)", "cost"),
    num("Duration (Min.)", "duration"),
    text("Information Flow", "informationFlow"),
    text("Initiated By", "initiatedBy"),
    text("Correspondence Type", "correspondenceType"),
    text("Salesperson Code", "salespersonCode"),
    text("Segment No.", "segmentNo"),
    int("Logged Segment Entry No.", "loggedSegmentEntryNo"),
    text("Campaign No.", "campaignNo"),
    bool("Campaign Target", "campaignTarget"),
    bool("Campaign Response", "campaignResponse"),
    text("Evaluation", "evaluation"),
    bool("Attempt Failed", "attemptFailed"),
    bool("Canceled", "canceled"),
    text("User ID", "userId"),
  ],
});

export const LOGGED_SEGMENTS = sheet<LoggedSegment>({
  sheetName: "Logged Segments",
  tableName: "LoggedSegments",
  keyProps: ["entryNo"],
  columns: [
    int("Entry No.", "entryNo"),
    text("Segment No.", "segmentNo"),
    text("Description", "description"),
    int("No. of Interactions", "noOfInteractions"),
    date("Creation Date", "creationDate"),
    text("User ID", "userId"),
    bool("Canceled", "canceled"),
  ],
});

/**
 * Go Back / Go Forward history (docs/decisions.md §D2), very hidden. One action is one Step No. of a segment; its
 * payload is JSON split over Parts because a cell holds at most 32,767 characters.
 */
export const SEGMENT_HISTORY = sheet<HistoryRow>({
  sheetName: "SegmentHistory",
  tableName: "SegmentHistory",
  keyProps: ["segmentNo", "stepNo", "part"],
  hidden: true,
  columns: [
    text("Segment No.", "segmentNo"),
    int("Step No.", "stepNo"),
    text("Stack", "stack"),
    int("Part", "part"),
    text("Payload", "payload"),
  ],
});

/** In the order `init` creates them. */
export const DEDICATED_SHEETS: readonly SheetSpec<object>[] = [
  SEGMENTS,
  SEGMENT_LINES,
  SEGMENT_CRITERIA,
  SAVED_CRITERIA,
  INTERACTION_TEMPLATES,
  INTERACTION_LOG,
  LOGGED_SEGMENTS,
  SEGMENT_HISTORY,
];

/** The very hidden sheet that holds the segment counter, the stored contact source and the schema version. */
export const STATE_SHEET = "SegmentsState";
export const SCHEMA_VERSION = 1;
