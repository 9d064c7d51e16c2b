import type { LogSegmentResult } from "../../app/logSegment";
import type { LogProblem } from "../../domain/interactions/logChecks";
import type { MailingListCounts } from "../../domain/segments/mailingList";

/** Apply Mailing Group's preview, as the dialog counts it. */
export interface MailingGroupCount {
  readonly code: string;
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
  readonly alreadyAssigned: number;
}

/** Texts of the Segment panel's actions on the whole segment: Log Segment, Apply Mailing Group, Export. */
export interface SegmentActionStrings {
  readonly toolbar: string;
  readonly log: {
    readonly open: string;
    readonly title: (segmentNo: string) => string;
    readonly checking: string;
    readonly checkFailed: string;
    readonly entries: (entries: number) => string;
    readonly templates: (codes: readonly string[]) => string;
    /** Cost in money and duration in minutes, formatted in the language's own way. */
    readonly totals: (cost: number, minutes: number) => string;
    readonly afterwards: string;
    readonly problemsHeading: (count: number) => string;
    readonly problemsLabel: string;
    /** One problem pointed at its line and contact, with what to do. */
    readonly problem: (problem: LogProblem, segmentNo: string) => string;
    readonly more: (count: number) => string;
    readonly excludedHeading: (count: number) => string;
    readonly excludedLabel: string;
    readonly excludedLine: (lineNo: number, contactNo: string) => string;
    readonly includeExcluded: string;
    readonly includeExcludedHint: string;
    readonly followUp: string;
    readonly followUpHint: string;
    readonly followUpResult: (segmentNo: string, lines: number, skippedExcluded: number) => string;
    readonly confirm: (entries: number) => string;
    /** The Log button before the summary is known. */
    readonly confirmPending: string;
    readonly logging: string;
    readonly failed: string;
    /** The notice the Segments list shows once the segment is logged. */
    readonly done: (result: LogSegmentResult) => string;
    /** Added to that notice when the pane opens the follow-up segment in its place. */
    readonly followUpOpened: (segmentNo: string) => string;
  };
  readonly mailing: {
    readonly open: string;
    readonly title: (segmentNo: string) => string;
    readonly code: string;
    readonly codeHint: string;
    readonly codeBlank: string;
    readonly codeInvalid: (typed: string) => string;
    readonly deleteOld: string;
    readonly deleteOldHint: string;
    readonly counting: string;
    readonly countFailed: string;
    readonly count: (count: MailingGroupCount) => string;
    readonly nothing: (code: string, alreadyAssigned: number) => string;
    /** Delete Old Assignments' own count: the rows it takes the code from. */
    readonly removes: (code: string, removed: number) => string;
    readonly columnAdded: string;
    readonly notOnSheet: (contactNos: readonly string[]) => string;
    /** The Apply button; "" while no valid code is typed. */
    readonly apply: (code: string) => string;
    readonly applying: string;
    readonly failed: string;
    readonly done: (count: MailingGroupCount, segmentNo: string) => string;
  };
  readonly export: {
    readonly open: string;
    readonly title: (segmentNo: string) => string;
    readonly intro: string;
    readonly sheetName: string;
    readonly defaultSheetName: (segmentNo: string) => string;
    readonly emailOnly: string;
    readonly emailOnlyHint: string;
    readonly confirm: string;
    readonly exporting: string;
    readonly failed: string;
    readonly done: (segmentNo: string, sheetName: string, counts: MailingListCounts) => string;
  };
}
