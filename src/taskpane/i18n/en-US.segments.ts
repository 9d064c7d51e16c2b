import type { CommonStrings, SegmentsStrings, SegmentStrings } from "./segmentStrings";

const number = new Intl.NumberFormat("en-US");
const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 384 minutes as "6 h 24 min", as the Segment page's totals read; under an hour in minutes only. */
const duration = (minutes: number, hours: string) => {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  return h === 0 ? `${number.format(whole)} min` : `${number.format(h)} ${hours} ${number.format(whole % 60)} min`;
};
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

export const commonEnUS: CommonStrings = {
  cancel: "Cancel",
  close: "Close",
  retry: "Try again",
  excelHint: "Press Esc in Excel if a cell is being edited, then try again.",
  contactsHint: "Open the Contacts tab to see what to fix on the contact sheet.",
  tabs: { label: "Panels", segments: "Segments", interactions: "Interactions", contacts: "Contacts" },
};

export const segmentsEnUS: SegmentsStrings = {
  title: "Segments",
  loading: "Reading the segments…",
  refresh: "Refresh",
  empty: "No segments yet. Give the first one a description and create it.",
  loadFailed: "The segments could not be read.",
  listLabel: "Segments in this workbook",
  columns: { no: "No.", description: "Description", lines: "Lines", cost: "Cost", actions: "Actions" },
  open: (no) => `Open ${no}`,
  remove: (no) => `Delete ${no}`,
  createHeading: "New segment",
  descriptionLabel: "Description",
  descriptionHint: "For example: Spring newsletter",
  create: "Create",
  creating: "Creating…",
  createFailed: "The segment was not created.",
  created: (no) => `Segment ${no} created.`,
  deleteTitle: (no) => `Delete segment ${no}?`,
  deleteBody: (no, description) => `${no}${description ? ` (${description})` : ""} will be removed from the workbook.`,
  deleteRows: ({ lines, criteria, history, total }) =>
    `This deletes ${count(total, "row", "rows")}: the segment's row, ${count(lines, "line", "lines")}, ${count(criteria, "criteria line", "criteria lines")} and ${count(history, "Go Back history row", "Go Back history rows")}.`,
  deleteNote: "Go Back cannot undo this. The number is never used again.",
  deleteConfirm: "Delete",
  deleting: "Deleting…",
  deleteFailed: "The segment was not deleted.",
  deleted: (no, rows) => `Segment ${no} deleted (${count(rows, "row", "rows")}).`,
  money: (amount) => money.format(amount),
  count: (n) => number.format(n),
};

export const segmentEnUS: SegmentStrings = {
  backToList: "All segments",
  loading: "Opening the segment…",
  loadFailed: (no) => `Segment ${no} could not be opened.`,
  reload: "Read again",
  title: (no, description) => (description ? `${no} · ${description}` : no),
  totals: (lines, cost, minutes) => `${count(lines, "line", "lines")} · ${cost} · ${duration(minutes, "h")}`,
  header: {
    title: "Header",
    summary: (template, salesperson) =>
      [template && `template ${template}`, salesperson && `salesperson ${salesperson}`].filter(Boolean).join(", "),
    fields: {
      interactionTemplateCode: "Interaction Template Code",
      description: "Description",
      salespersonCode: "Salesperson Code",
      date: "Date",
      languageCode: "Language Code",
      subject: "Subject",
      ignoreContactCorresType: "Ignore Contact Corres. Type",
      correspondenceType: "Correspondence Type",
      informationFlow: "Information Flow",
      initiatedBy: "Initiated By",
      unitCost: "Unit Cost (LCY)",
      unitDuration: "Unit Duration (Min.)",
      campaignNo: "Campaign No.",
      campaignTarget: "Campaign Target",
      campaignResponse: "Campaign Response",
    },
    noTemplate: "(none)",
    choices: {
      "": "(blank)",
      "Hard Copy": "Hard Copy",
      Email: "Email",
      Outbound: "Outbound",
      Inbound: "Inbound",
      Us: "Us",
      Them: "Them",
    },
    yes: "Yes",
    disabled: {
      needsTemplate: "Choose an interaction template first.",
      needsIgnoreCorresType: "Turn on Ignore Contact Corres. Type first; otherwise each contact's own type is used.",
      needsCampaign: "Enter a Campaign No. first.",
    },
    saving: "Saving the header…",
    saveFailed: (field) => `${field} was not changed.`,
    notSavedYet: (field) => `${field} was not saved: the box keeps what you typed. Leave it again to save.`,
    updateLinesTitle: "Update the lines?",
    updateLinesBody: (lineCount, fields) =>
      `You changed ${fields}. Do you want to update ${count(lineCount, "line", "lines")} of the segment with the new values?`,
    updateLinesYes: "Update lines",
    updateLinesNo: "Header only",
    linesUpdated: (lines) =>
      lines === 0 ? "Header saved." : `Header saved; ${count(lines, "line", "lines")} updated.`,
  },
  history: {
    toolbar: "Steps",
    goBack: "Go Back",
    goForward: "Go Forward",
    goBackHint: "Undo the last Add, Reduce or Refine exactly.",
    goForwardHint: "Apply again the step you went back from.",
    done: (direction, action, before, after) =>
      `${direction === "back" ? "Went back from" : "Applied again"} ${action}: ${count(before, "line", "lines")} → ${count(after, "line", "lines")}.`,
    failed: "The step was not taken.",
    handTitle: "Lines were changed by hand",
    handBody: (direction) =>
      `These lines changed since the last step. Go ${direction === "back" ? "Back" : "Forward"} restores the lines the step touched and keeps your other changes.`,
    handChange: ({ lineNo, contactNo, kind }) =>
      `Line ${lineNo}${contactNo ? ` (${contactNo})` : ""}: ${kind === "edited" ? "edited" : kind === "added" ? "added" : "deleted"}`,
    handMore: (n) => `…and ${count(n, "more line", "more lines")}.`,
    handConfirm: (direction) => (direction === "back" ? "Go Back anyway" : "Go Forward anyway"),
    actionNames: {
      "Add Contacts": "Add Contacts",
      "Remove Contacts (Reduce)": "Remove Contacts (Reduce)",
      "Remove Contacts (Refine)": "Remove Contacts (Refine)",
    },
  },
  undo: "Undo",
  readiness: {
    ready: "Ready to log",
    missing: (gaps) => {
      const words = {
        lines: "add contacts",
        template: "choose a template",
        salesperson: "choose a salesperson",
        description: "give a description",
      };
      const parts = gaps.map((gap) => words[gap]);
      const sentence = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
      return `To log: ${sentence}.`;
    },
    fix: { template: "Choose template", salesperson: "Choose salesperson", description: "Add description" },
  },
  members: {
    title: "Members",
    loading: "Reading the members…",
    failed: "The members could not be read.",
    search: "Search members",
    empty: "No members yet: add contacts with the next step.",
    shown: (shown, matching, total) =>
      matching === total
        ? `${number.format(shown)} of ${count(total, "member", "members")}`
        : `${number.format(shown)} of ${number.format(matching)} matching (${count(total, "member", "members")})`,
    listLabel: "Members of the segment",
    noEmail: "no e-mail",
    kinds: "Companies and persons",
    companies: "Companies",
    persons: "Persons",
    email: "E-mail",
    withEmail: "With e-mail",
    withoutEmail: "Without e-mail",
    excluded: "Excluded",
    bySalesperson: "By salesperson",
    byCorrespondenceType: "By correspondence type",
    blank: "(blank)",
    showInSheet: "Show in Segment Lines",
    partSelected: (lines, through, total) =>
      `${count(lines, "line", "lines")} selected (${number.format(through)} of ${number.format(total)} so far).`,
    partReason: "The lines lie in more separate blocks than Excel selects at once.",
    selectNext: (lines) => `Select the next ${count(lines, "line", "lines")}`,
    selectFailed: "The segment's rows could not be selected.",
  },
  builder: {
    title: "Next step",
    kindLabel: "Step",
    kinds: { add: "Add", reduce: "Reduce", refine: "Refine" },
    kindHints: {
      add: "Adds the contacts that match to the segment.",
      reduce: "Removes the segment's contacts that match.",
      refine: "Keeps only the segment's contacts that match.",
    },
    group: (n) => `Group ${number.format(n)}`,
    place: (group, condition) => `group ${number.format(group)}, condition ${number.format(condition)}`,
    orNote: "A contact matches when it meets every condition of one group.",
    field: "Field",
    fieldPlaceholder: "Choose a field",
    recognisedFields: "Contact fields",
    otherHeaders: "Other columns",
    entryFields: "Interaction Log",
    entryCaptions: {
      "Interaction Template Code": "Interaction Template Code",
      "Interaction Group Code": "Interaction Group Code",
      Date: "Date",
      "Segment No.": "Segment No.",
      "Campaign No.": "Campaign No.",
      "Salesperson Code": "Salesperson Code",
      Evaluation: "Evaluation",
      Canceled: "Canceled",
      "Attempt Failed": "Attempt Failed",
      "Campaign Target": "Campaign Target",
      "Campaign Response": "Campaign Response",
      "Information Flow": "Information Flow",
      "Initiated By": "Initiated By",
      "Correspondence Type": "Correspondence Type",
      "Cost (LCY)": "Cost (LCY)",
      "Duration (Min.)": "Duration (Min.)",
      Subject: "Subject",
    },
    entryOption: (caption) => `Interaction Log: ${caption}`,
    onEntries: "In the contact's Interaction Log",
    entryNote: "The group's Interaction Log conditions must all hold for one and the same entry of the contact.",
    operator: "Operator",
    operators: {
      equals: "is",
      notEquals: "is not",
      startsWith: "starts with",
      contains: "contains",
      oneOf: "is one of",
      between: "is between",
      greater: "is greater than",
      less: "is less than",
      blank: "is blank",
      notBlank: "is not blank",
    },
    expression: "Filter",
    expressionHint: "A Business Central filter, e.g. NEWS|XMAS, <>Lund, A*, 1..10",
    valueHints: {
      date: "A date or a range, e.g. 2025-01-31, 2025-01-01.., -30D..T (the last 30 days)",
      boolean: "Yes or No",
    },
    expressionMode: "BC expression",
    modeHints: {
      oneOf: "Separate the values with |, e.g. NEWS|XMAS",
      between: "From..to, e.g. 1..10 or 2025-01-01..2025-03-31",
    },
    errorAt: (position) => `At character ${number.format(position)}:`,
    addCondition: "+ Condition",
    removeCondition: (n) => `Remove condition ${number.format(n)}`,
    addGroup: "+ OR group",
    removeGroup: (n) => `Remove group ${number.format(n)}`,
    aboutOption: (option) => `About ${option}`,
    optionsLabel: "Options",
    options: {
      allowExistingContacts: {
        label: "Allow Existing Contacts",
        hint: "Add a contact again even if it already has a line.",
      },
      expandCompanies: { label: "Expand Companies", hint: "For each matching company, also add its people." },
      allowRelatedCompanies: {
        label: "Allow Related Companies",
        hint: "For each matching person, also add their company.",
      },
      ignoreExclusion: { label: "Ignore Exclusion", hint: "Also add contacts marked Exclude from Segment." },
      entireCompanies: {
        label: "Entire Companies",
        hint: "Also remove the other people of a matching contact's company.",
      },
    },
    counting: "Counting…",
    addCount: ({ added, excluded, alreadyPresent }) =>
      `Adds ${count(added, "contact", "contacts")} · ${number.format(excluded)} excluded · ${number.format(alreadyPresent)} already in the segment`,
    removeCount: ({ removedContacts, removedLines, kept }) =>
      `Removes ${count(removedContacts, "contact", "contacts")} (${count(removedLines, "line", "lines")}) · ${count(kept, "line", "lines")} left`,
    allContacts: "No filter yet: the step applies to every contact.",
    apply: { add: "Add contacts", reduce: "Reduce contacts", refine: "Refine contacts" },
    applying: "Applying…",
    applied: {
      add: (n) => `${count(n, "contact", "contacts")} added.`,
      reduce: (n) => `${count(n, "line", "lines")} removed.`,
      refine: (n) => `${count(n, "line", "lines")} removed.`,
    },
    switchKindTitle: (kind) => `Switch to ${kind}?`,
    switchKindBody: (kind) =>
      `The conditions you built for ${kind} are cleared: each kind of step starts from empty conditions.`,
    switchKindConfirm: (kind) => `Clear and switch to ${kind}`,
    removeAllTitle: "Remove every line?",
    removeAllBody: (lines) =>
      `This step removes all ${count(lines, "line", "lines")}: the segment would be empty. Go Back brings them back.`,
    applyFailed: "The step was not applied.",
    countFailed: "The count could not be made.",
    fixFilter: "Fix the filter to see the count.",
    unjudged: (n, caption) =>
      `${count(n, "contact", "contacts")} could not be judged: error, uncomputed or mistyped cells in ${caption}.`,
    loadingFields: "Reading the contact sheet's columns…",
    noFieldMatches: "No field matches",
    suggestion: (value, contacts) => `${value} ${count(contacts, "contact", "contacts")}`,
    suggestionsLabel: (field) => `Values in ${field}`,
    and: "and",
    or: "or",
    chipsLabel: "The step in words",
    chipWords: {
      matches: "matches",
      range: (from, to) => `${from} and ${to}`,
      anyOf: (values) => values.join(", "),
    },
    stepMakeUp: (action, { total, companies, persons, withoutEmail }) =>
      `This step ${action === "add" ? "adds" : "removes"} ${number.format(total)}: ${count(companies, "company", "companies")}, ${count(persons, "person", "persons")}, ${number.format(withoutEmail)} without e-mail`,
  },
  criteria: {
    title: (actions) => (actions === 0 ? "Criteria" : `Criteria (${count(actions, "step", "steps")})`),
    empty: "No steps yet.",
    listLabel: "Criteria of the segment",
    or: "or",
    allContacts: "All contacts",
    onEntries: "Interaction Log:",
    saveHeading: "Save criteria",
    saveCode: "Code",
    saveCodeHint: "A new code, e.g. NEWS-NORTH",
    saveDescription: "Description",
    save: "Save criteria",
    saved: (code, actions) => `Criteria saved as ${code} (${count(actions, "step", "steps")}).`,
    saveFailed: "The criteria were not saved.",
    reuseHeading: "Reuse criteria",
    reuseCode: "Saved criteria",
    reuseNone: "No saved criteria yet.",
    reuse: "Reuse criteria",
    reused: (code, lines) => `Criteria ${code} applied: the segment has ${count(lines, "line", "lines")}.`,
    reuseFailed: "The criteria were not reused.",
    reuseConfirmTitle: "Add after the existing steps?",
    reuseConfirmBody: (code) =>
      `This segment already has steps. The steps of ${code} will be applied after them, each one a step you can go back from.`,
    reuseConfirm: "Apply the steps",
  },
};
