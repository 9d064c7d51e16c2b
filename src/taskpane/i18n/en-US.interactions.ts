import { interactionFormat, type CancelSubject, type InteractionStrings } from "./interactionStrings";

const format = interactionFormat("en-US", "h");
const count = (n: number, one: string, many: string) => `${format.number(n)} ${n === 1 ? one : many}`;
const what = (subject: CancelSubject) =>
  "logged" in subject ? `logged segment ${subject.logged}` : `entry ${subject.entry}`;
const What = (subject: CancelSubject) => what(subject).charAt(0).toUpperCase() + what(subject).slice(1);

export const interactionsEnUS: InteractionStrings = {
  title: "Interactions",
  refresh: "Refresh",
  loading: "Reading the interaction log…",
  refreshing: "Updating…",
  loadFailed: "The interaction log could not be read.",
  empty: "No segments have been logged yet. Log a segment from the Segments tab.",

  logged: {
    heading: "Logged segments",
    listLabel: "Logged segments, newest first",
    columns: {
      entryNo: "Entry No.",
      segmentNo: "Segment No.",
      description: "Description",
      actions: "Actions",
    },
    interactionCount: (interactions, canceled) =>
      count(
        interactions,
        canceled ? "canceled interaction" : "interaction",
        canceled ? "canceled interactions" : "interactions",
      ),
    canceledText: "Canceled",
    actionsFor: (entryNo) => `Actions for logged segment ${entryNo}`,
    cancel: "Cancel",
    uncancel: "Uncancel",
    reuse: "Reuse segment…",
    showEntries: "Show entries",
  },

  entries: {
    heading: "Interaction log entries",
    filterLabel: "Filter the entries",
    loggedSegment: "Logged segment",
    allLogged: "All",
    loggedOption: (entryNo, segmentNo, description) =>
      `${entryNo} · ${segmentNo}${description ? ` · ${description}` : ""}`,
    segmentNo: "Segment No.",
    contactNo: "Contact No.",
    apply: "Filter",
    clear: "Clear filter",
    showCanceled: "Show canceled entries",
    listLabel: "Interaction log entries, newest first",
    columns: {
      entryNo: "Entry No.",
      contactNo: "Contact No.",
      contactName: "Contact Name",
      actions: "Actions",
    },
    cancel: "Cancel",
    uncancel: "Uncancel",
    none: "No interaction log entries match the filter.",
    capped: (shown, total) => `Showing ${format.number(shown)} of ${format.number(total)} — narrow the filter`,
    cancelEntry: (entryNo) => `Cancel entry ${entryNo}`,
    uncancelEntry: (entryNo) => `Uncancel entry ${entryNo}`,
  },

  totals: {
    heading: "Totals, entries not canceled",
    all: (entries, cost, minutes) =>
      `${count(entries, "entry", "entries")} · ${format.money(cost)} · ${format.minutes(minutes)}`,
    listLabel: "Totals per interaction template",
    columns: { template: "Template", count: "Entries", cost: "Cost", duration: "Duration" },
    blankCode: "(blank)",
  },

  chart: {
    title: "Interactions over time",
    unitLabel: "Period",
    month: "By month",
    week: "By week",
  },
  cancel: {
    title: (subject, direction) => `${direction === "cancel" ? "Cancel" : "Uncancel"} ${what(subject)}?`,
    touches: (entries, direction) =>
      entries === 0
        ? "No interaction log entry changes."
        : `${count(entries, "interaction log entry", "interaction log entries")} ${direction === "cancel" ? "will be canceled" : "will no longer be canceled"}.`,
    recount: (loggedEntryNo, interactions, canceled) =>
      canceled
        ? `Logged segment ${loggedEntryNo} will then be canceled, with ${count(interactions, "canceled interaction", "canceled interactions")} and none that counts.`
        : `Logged segment ${loggedEntryNo} will then count ${count(interactions, "interaction", "interactions")}.`,
    note: (subject, direction) =>
      direction === "cancel"
        ? "Canceled entries stay in the log but no longer count in the totals. You can uncancel later."
        : "logged" in subject
          ? "Every entry of the logged segment is uncanceled, also an entry canceled on its own before."
          : "The entry counts in the totals again.",
    confirm: (subject, direction) =>
      `${direction === "cancel" ? "Cancel" : "Uncancel"} ${"logged" in subject ? "logged segment" : "entry"}`,
    working: (direction) => (direction === "cancel" ? "Canceling…" : "Uncanceling…"),
    failed: (subject, direction) => `${What(subject)} was not ${direction === "cancel" ? "canceled" : "uncanceled"}.`,
    done: (subject, direction, entries) =>
      `${What(subject)} ${direction === "cancel" ? "canceled" : "uncanceled"}${"logged" in subject ? ` (${count(entries, "interaction log entry", "interaction log entries")})` : ""}.`,
  },

  reuse: {
    title: (loggedEntryNo) => `Reuse logged segment ${loggedEntryNo}`,
    intro: (segmentNo, interactions) =>
      `Puts the contacts of ${segmentNo} (${count(interactions, "interaction", "interactions")}) on a segment, each line with its entry's campaign.`,
    into: "Put the contacts on",
    newSegment: "A new segment",
    existingSegment: "An existing segment",
    description: "Description",
    segment: "Which segment",
    segmentPlaceholder: "Choose a segment",
    segmentOption: (segmentNo, description) => (description ? `${segmentNo} · ${description}` : segmentNo),
    loadingSegments: "Reading the segments…",
    noSegments: "There are no segments yet: choose a new segment.",
    includeCanceled: { label: "Include canceled entries", hint: "Also the contacts whose entry is canceled." },
    includeExcluded: { label: "Include excluded contacts", hint: "Also contacts now marked Exclude from Segment." },
    confirm: "Reuse segment",
    working: "Reusing…",
    failed: "The segment was not reused.",
    done: (segmentNo, added, left) => {
      const out = [
        left.canceled > 0 && count(left.canceled, "canceled entry", "canceled entries"),
        left.excluded > 0 && count(left.excluded, "excluded contact", "excluded contacts"),
        left.missing > 0 &&
          count(left.missing, "contact no longer on the contact sheet", "contacts no longer on the contact sheet"),
      ].filter(Boolean);
      return `${count(added, "line", "lines")} added to ${segmentNo}${out.length > 0 ? `; left out: ${out.join(", ")}` : ""}.`;
    },
    open: (segmentNo) => `Open ${segmentNo}`,
    segmentsFailed: "The segments could not be read: choose a new segment, or try again later.",
    stepsTitle: "Add after the existing steps?",
    stepsBody: (segmentNo) =>
      `${segmentNo} already has steps. The logged segment's contacts will be added after them, as a step you can go back from.`,
    stepsConfirm: "Add the contacts",
  },

  format,
};
