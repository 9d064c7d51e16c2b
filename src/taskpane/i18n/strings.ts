import type { FieldId } from "../../domain/contacts";
import type { LocalDates } from "../dates/localDates";
import type { DateStrings } from "./dateStrings";
import type { DomainMessageStrings } from "./domainMessages";
import type { InteractionStrings } from "./interactionStrings";
import type { SegmentActionStrings } from "./segmentActionStrings";
import type { CommonStrings, SegmentsStrings, SegmentStrings } from "./segmentStrings";

/**
 * Every text the task pane shows. One object per language: en-US.ts, sv-SE.ts. The domain's own messages
 * (problems, filter errors, DomainErrors) are said through DomainMessageStrings: en-US.domain.ts, sv-SE.domain.ts.
 */
export interface Strings extends DomainMessageStrings {
  /** BCP 47 tag used for number formatting and the page's lang attribute. */
  readonly locale: "en-US" | "sv-SE";
  readonly appTitle: string;
  /** Every date the pane shows or takes, in the form of Office's display language (set by loadStrings). */
  readonly dates: LocalDates;
  readonly dateTexts: DateStrings;
  readonly common: CommonStrings;
  readonly segments: SegmentsStrings;
  readonly segment: SegmentStrings;
  readonly segmentActions: SegmentActionStrings;
  readonly interactions: InteractionStrings;
  readonly contacts: {
    readonly title: string;
    readonly loading: string;
    readonly reload: string;
    readonly source: (sheetName: string, headerRow: number) => string;
    readonly contactCount: (count: number) => string;
    readonly hiddenCount: (count: number) => string;
    readonly columnsHeading: string;
    readonly columnHeader: string;
    readonly columnUse: string;
    readonly filterableByHeader: string;
    readonly problemsHeading: (count: number) => string;
    readonly noProblems: string;
    readonly invalid: (sheetName: string) => string;
    readonly readFailed: string;
    readonly moreProblems: (count: number) => string;
    readonly severity: Readonly<Record<"error" | "warning", string>>;
    /** Parts of a problem's place, joined by describePlace: "Row 14", "column E-Mail (C)". */
    readonly row: (row: number) => string;
    readonly column: (name: string) => string;
    /** The ProgressBar of a long read: "Reading contacts 40,000 of 100,000". */
    readonly readingProgress: (rows: number, total: number) => string;
    readonly readingLabel: string;
    readonly cancelReading: string;
    readonly readCanceled: string;
    /** The button that selects a problem's cells in Excel: "Go to C14". */
    readonly goTo: (address: string) => string;
    readonly goToFailed: string;
    /** The Contact source dropdown: the Excel tables, then the sheets, contacts may be read from. */
    readonly sourceLabel: string;
    readonly sourcePlaceholder: string;
    readonly tablesGroup: string;
    readonly sheetsGroup: string;
    readonly tableOption: (table: string, sheetName: string) => string;
    /** Said once the choice is stored: it holds for everyone who opens the workbook. */
    readonly sourceChosen: (name: string) => string;
    readonly chooseFailed: string;
  };
  /** Captions of the recognised contact fields, as Business Central names them in this language. */
  readonly fields: Readonly<Record<FieldId, string>>;
}
