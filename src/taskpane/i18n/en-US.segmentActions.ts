import type { LogProblem } from "../../domain/interactions/logChecks";
import type { SegmentActionStrings } from "./segmentActionStrings";

const number = new Intl.NumberFormat("en-US");
const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;
/** 384 minutes as "6 h 24 min", as the Segment page's totals read. */
const duration = (minutes: number) => {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  return h === 0 ? `${number.format(whole)} min` : `${number.format(h)} h ${number.format(whole % 60)} min`;
};

function problem(p: LogProblem, segmentNo: string): string {
  const line = `Line ${p.lineNo} (${p.contactNo})`;
  switch (p.kind) {
    case "alreadyLogged":
      return `${segmentNo} is already logged (Logged Segments entry ${p.code}). A segment is logged once; reuse the logged segment in a new one.`;
    case "noDescription":
      return "The segment has no description: give it one in the header.";
    case "empty":
      return "The segment has no lines with a contact: add contacts first.";
    case "noDate":
      return `${line}: no date — set it on the header or the line.`;
    case "unknownContact":
      return `${line}: the contact is not on the contact sheet — remove the line or add the contact.`;
    case "noSalesperson":
      return `${line}: no salesperson code — set it on the header or the line.`;
    case "noTemplate":
      return `${line}: no interaction template — choose one on the header or set it on the line.`;
    case "unknownTemplate":
      return `${line}: template ${p.code} is not on the Interaction Templates sheet — add it there or choose another.`;
    case "invalidTemplate":
      return `${line}: template ${p.code} is not valid — fix its row on the Interaction Templates sheet. ${p.detail ?? ""}`.trim();
  }
}

export const segmentActionsEnUS: SegmentActionStrings = {
  toolbar: "Segment actions",
  log: {
    open: "Log segment…",
    title: (no) => `Log segment ${no}`,
    checking: "Checking the segment…",
    checkFailed: "The segment could not be checked.",
    entries: (n) =>
      `Writes ${count(n, "interaction log entry", "interaction log entries")}, one per line with a contact.`,
    templates: (codes) =>
      codes.length === 0
        ? "No interaction template."
        : `${codes.length === 1 ? "Interaction template" : "Interaction templates"}: ${codes.join(", ")}.`,
    totals: (cost, minutes) => `Total cost ${money.format(cost)} · total duration ${duration(minutes)}.`,
    afterwards:
      "The segment then leaves the Segments list and stays as a logged segment, which can be reused or canceled.",
    problemsHeading: (n) => `${count(n, "problem stops", "problems stop")} the log:`,
    problemsLabel: "Problems to fix before logging",
    problem,
    more: (n) => `…and ${number.format(n)} more.`,
    excludedHeading: (n) =>
      `${count(n, "line is for a contact", "lines are for contacts")} marked Exclude from Segment:`,
    excludedLabel: "Lines of excluded contacts",
    excludedLine: (lineNo, contactNo) => `Line ${lineNo} (${contactNo})`,
    includeExcluded: "Log excluded contacts too",
    includeExcludedHint: "Remove these lines from the segment, or tick the box to log them anyway.",
    followUp: "Create follow-up segment",
    followUpHint:
      "A new segment with the same contacts, for the next step of the campaign; excluded contacts are always left out, even when you log them.",
    followUpResult: (no, lines, skipped) =>
      `Creates ${no} with ${count(lines, "line", "lines")}${skipped > 0 ? ` (${count(skipped, "excluded contact", "excluded contacts")} left out)` : ""}.`,
    confirm: (n) => `Log ${count(n, "interaction", "interactions")}`,
    confirmPending: "Log",
    logging: "Logging…",
    failed: "The segment was not logged.",
    followUpOpened: (no) => `The follow-up segment ${no} is now open.`,
    done: (result) =>
      `${result.segmentNo} logged as entry ${result.loggedEntryNo}: ${count(result.entryNos.length, "interaction", "interactions")}` +
      (result.followUp
        ? `; follow-up ${result.followUp.segmentNo} with ${count(result.followUp.lines, "line", "lines")}.`
        : "."),
  },
  mailing: {
    open: "Apply mailing group…",
    title: (no) => `Apply mailing group to ${no}`,
    code: "Mailing Group Code",
    codeHint: "One code, e.g. NEWS",
    codeBlank: "Enter one Mailing Group Code.",
    codeInvalid: (typed) => `"${typed}" is not one code: no filter, list or leading = + - @.`,
    deleteOld: "Delete old assignments",
    deleteOldHint:
      "First takes the group from every contact on the contact sheet, also from contacts outside this segment.",
    counting: "Counting…",
    countFailed: "The contacts could not be counted.",
    count: ({ code, changed, added, removed, alreadyAssigned }) =>
      `Changes ${count(changed, "contact", "contacts")}: ${number.format(added)} get ${code}` +
      (removed > 0 ? `, ${number.format(removed)} lose it` : "") +
      `; ${number.format(alreadyAssigned)} already ${alreadyAssigned === 1 ? "has" : "have"} it.`,
    nothing: (code, already) =>
      `Nothing to change: ${count(already, "contact", "contacts")} of the segment already ${already === 1 ? "has" : "have"} ${code}.`,
    removes: (code, removed) =>
      `Delete old assignments takes ${code} from ${count(removed, "contact", "contacts")} outside the segment.`,
    columnAdded: "The contact sheet has no Mailing Groups column: it will be added at the right end.",
    notOnSheet: (nos) => `Not on the contact sheet, left out: ${nos.join(", ")}.`,
    apply: (code) => (code ? `Apply ${code}` : "Apply mailing group"),
    applying: "Applying…",
    failed: "The mailing group was not applied.",
    done: ({ code, changed }, no) =>
      `Mailing Group ${code} is now applied to Segment ${no}: ${count(changed, "contact", "contacts")} changed.`,
  },
  export: {
    open: "Export mailing list…",
    title: (no) => `Export the mailing list of ${no}`,
    intro:
      "The segment's contacts as a clean list on a new sheet: No., Name, Company Name, E-Mail, Correspondence Type, Language Code, Salesperson Code. Excluded contacts and repeated e-mails are left out.",
    sheetName: "New sheet name",
    defaultSheetName: (no) => `${no} Mailing list`,
    emailOnly: "E-mail list only",
    emailOnlyHint: "Leaves out contacts without an e-mail address.",
    confirm: "Export to new sheet",
    exporting: "Exporting…",
    failed: "The mailing list was not exported.",
    done: (no, sheet, c) => {
      const left = [
        `${number.format(c.excluded)} excluded`,
        `${number.format(c.noEmail)} without e-mail`,
        `${number.format(c.duplicateEmail)} with a duplicate e-mail`,
      ];
      if (c.notOnSheet > 0) left.push(`${number.format(c.notOnSheet)} not on the contact sheet`);
      if (c.repeatedContact > 0) left.push(`${number.format(c.repeatedContact)} on more than one line`);
      return `Exported ${count(c.listed, "contact", "contacts")} of ${no} to the new sheet "${sheet}". Left out: ${left.join(", ")}.`;
    },
  },
};
