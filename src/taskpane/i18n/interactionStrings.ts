/** Texts of the Interactions tab: the interaction log, logged segments, cancel/uncancel and Reuse Segment. */

/** What a cancel or uncancel is about: a whole logged segment or one interaction log entry. */
export type CancelSubject = { readonly logged: number } | { readonly entry: number };
export type CancelDirection = "cancel" | "uncancel";

export interface InteractionStrings {
  readonly title: string;
  readonly refresh: string;
  readonly loading: string;
  /** Beside the title while the tab reads again with the old data still shown. */
  readonly refreshing: string;
  readonly loadFailed: string;
  readonly empty: string;

  readonly logged: {
    readonly heading: string;
    readonly listLabel: string;
    /** The table's second column is "Segment No. · Description"; the actions column's header is for screen readers. */
    readonly columns: {
      readonly entryNo: string;
      readonly segmentNo: string;
      readonly description: string;
      readonly actions: string;
    };
    /** A logged segment's No. of Interactions, on the line under its number and description. */
    readonly interactionCount: (interactions: number, canceled?: boolean) => string;
    readonly canceledText: string;
    readonly actionsFor: (entryNo: number) => string;
    readonly cancel: string;
    readonly uncancel: string;
    readonly reuse: string;
    readonly showEntries: string;
  };

  readonly entries: {
    readonly heading: string;
    readonly filterLabel: string;
    readonly loggedSegment: string;
    readonly allLogged: string;
    readonly loggedOption: (entryNo: number, segmentNo: string, description: string) => string;
    readonly segmentNo: string;
    readonly contactNo: string;
    readonly apply: string;
    readonly clear: string;
    readonly showCanceled: string;
    readonly listLabel: string;
    /** The table's second column is "Contact No. · Contact Name" (template, date, cost… on the line under it). */
    readonly columns: {
      readonly entryNo: string;
      readonly contactNo: string;
      readonly contactName: string;
      readonly actions: string;
    };
    /** An entry's button: short, the pane is narrow; its accessible name is cancelEntry / uncancelEntry. */
    readonly cancel: string;
    readonly uncancel: string;
    readonly none: string;
    /** The table shows the first `shown` of `total` entries. */
    readonly capped: (shown: number, total: number) => string;
    readonly cancelEntry: (entryNo: number) => string;
    readonly uncancelEntry: (entryNo: number) => string;
  };

  readonly totals: {
    readonly heading: string;
    readonly all: (entries: number, cost: number, minutes: number) => string;
    readonly listLabel: string;
    readonly columns: {
      readonly template: string;
      readonly count: string;
      readonly cost: string;
      readonly duration: string;
    };
    readonly blankCode: string;
  };

  /** The chart of interactions over time (entries not canceled), by month or week. */
  readonly chart: {
    readonly title: string;
    readonly unitLabel: string;
    readonly month: string;
    readonly week: string;
  };
  readonly cancel: {
    readonly title: (subject: CancelSubject, direction: CancelDirection) => string;
    /** How many interaction log entries the act changes. */
    readonly touches: (entries: number, direction: CancelDirection) => string;
    /**
     * A logged segment's No. of Interactions after the act. As in BC, a canceled logged segment counts its canceled
     * entries, so canceling can make the number grow: `canceled` says so in words.
     */
    readonly recount: (loggedEntryNo: number, interactions: number, canceled?: boolean) => string;
    readonly note: (subject: CancelSubject, direction: CancelDirection) => string;
    readonly confirm: (subject: CancelSubject, direction: CancelDirection) => string;
    readonly working: (direction: CancelDirection) => string;
    readonly failed: (subject: CancelSubject, direction: CancelDirection) => string;
    readonly done: (subject: CancelSubject, direction: CancelDirection, entries: number) => string;
  };

  readonly reuse: {
    readonly title: (loggedEntryNo: number) => string;
    readonly intro: (segmentNo: string, interactions: number) => string;
    readonly into: string;
    readonly newSegment: string;
    readonly existingSegment: string;
    readonly description: string;
    readonly segment: string;
    readonly segmentPlaceholder: string;
    readonly segmentOption: (segmentNo: string, description: string) => string;
    readonly loadingSegments: string;
    readonly noSegments: string;
    readonly includeCanceled: { readonly label: string; readonly hint: string };
    readonly includeExcluded: { readonly label: string; readonly hint: string };
    readonly confirm: string;
    readonly working: string;
    readonly failed: string;
    readonly done: (
      segmentNo: string,
      added: number,
      left: { readonly canceled: number; readonly excluded: number; readonly missing: number },
    ) => string;
    readonly segmentsFailed: string;
    readonly open: (segmentNo: string) => string;
    readonly stepsTitle: string;
    readonly stepsBody: (segmentNo: string) => string;
    readonly stepsConfirm: string;
  };

  /** Numbers, money and minutes in this language's form (dates: Strings.dates, in the display language's form). */
  readonly format: {
    readonly number: (n: number) => string;
    readonly money: (amount: number) => string;
    readonly minutes: (minutes: number) => string;
  };
}

/** The `format` part of a catalogue: `hours` is the language's short word for hours ("h", "tim"). */
export function interactionFormat(locale: "en-US" | "sv-SE", hours: string): InteractionStrings["format"] {
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    number: (n) => number.format(n),
    money: (amount) => money.format(amount),
    // As the Segment page's totals read: "45 min", "6 h 24 min".
    minutes: (minutes) => {
      const whole = Math.round(minutes);
      const h = Math.floor(whole / 60);
      return h === 0 ? `${number.format(whole)} min` : `${number.format(h)} ${hours} ${number.format(whole % 60)} min`;
    },
  };
}
