import type { CorrespondenceType, InformationFlow, InitiatedBy } from "../segments/header";
import type { Evaluation } from "../segments/line";

/** A row of the Interaction Log sheet (docs/business-rules.md §8.1, the fields a workbook keeps). */
export interface InteractionLogEntry {
  readonly entryNo: number;
  readonly contactNo: string;
  readonly contactCompanyNo: string;
  readonly contactName: string;
  /** ISO yyyy-mm-dd: the line's date, the day of the interaction. */
  readonly date: string;
  /** HH:MM:SS, local time of logging. */
  readonly time: string;
  readonly description: string;
  readonly interactionTemplateCode: string;
  readonly interactionGroupCode: string;
  readonly languageCode: string;
  readonly subject: string;
  readonly cost: number;
  readonly duration: number;
  readonly informationFlow: InformationFlow;
  readonly initiatedBy: InitiatedBy;
  readonly correspondenceType: CorrespondenceType;
  readonly salespersonCode: string;
  readonly segmentNo: string;
  /** 0 when the entry does not come from a logged segment. */
  readonly loggedSegmentEntryNo: number;
  readonly campaignNo: string;
  readonly campaignTarget: boolean;
  readonly campaignResponse: boolean;
  readonly evaluation: Evaluation;
  readonly attemptFailed: boolean;
  readonly canceled: boolean;
  readonly userId: string;
}

/** A row of the Logged Segments sheet (docs/business-rules.md §7.3). */
export interface LoggedSegment {
  readonly entryNo: number;
  readonly segmentNo: string;
  readonly description: string;
  /** As BC counts it: the segment's entries whose Canceled equals the segment's own (docs/business-rules.md §8.2). */
  readonly noOfInteractions: number;
  /** ISO yyyy-mm-dd: the system date of logging, not the work date. */
  readonly creationDate: string;
  readonly userId: string;
  readonly canceled: boolean;
}

/** The entries of one logged segment, in entry-number order. */
export function entriesOfLogged(entries: readonly InteractionLogEntry[], loggedEntryNo: number): InteractionLogEntry[] {
  return entries.filter((e) => e.loggedSegmentEntryNo === loggedEntryNo).sort((a, b) => a.entryNo - b.entryNo);
}

/** docs/business-rules.md §8.2: a logged segment counts only the entries whose Canceled equals its own. */
export function noOfInteractions(logged: LoggedSegment, entries: readonly InteractionLogEntry[]): number {
  return entries.filter((e) => e.loggedSegmentEntryNo === logged.entryNo && e.canceled === logged.canceled).length;
}

/**
 * The last entry numbers in use. A logged segment's number also counts when only its entries still name it
 * (its row deleted by hand), so a number once handed out is not handed out again while anything refers to it.
 */
export function lastEntryNos(
  logged: readonly LoggedSegment[],
  entries: readonly InteractionLogEntry[],
): { logged: number; entry: number } {
  let lastLogged = 0;
  let lastEntry = 0;
  for (const l of logged) lastLogged = Math.max(lastLogged, l.entryNo);
  for (const e of entries) {
    lastEntry = Math.max(lastEntry, e.entryNo);
    lastLogged = Math.max(lastLogged, e.loggedSegmentEntryNo);
  }
  return { logged: lastLogged, entry: lastEntry };
}
