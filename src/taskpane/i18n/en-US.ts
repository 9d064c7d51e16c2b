import { FIELD_SPECS, type FieldId } from "../../domain/contacts/fields";
import { domainEnUS } from "./en-US.domain";
import { commonEnUS, segmentEnUS, segmentsEnUS } from "./en-US.segments";
import { interactionsEnUS } from "./en-US.interactions";
import { segmentActionsEnUS } from "./en-US.segmentActions";
import { localDates } from "../dates/localDates";
import type { Strings } from "./strings";

const number = new Intl.NumberFormat("en-US");
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

export const enUS: Strings = {
  locale: "en-US",
  appTitle: "Contact Segments",
  dates: localDates("en-US"),
  dateTexts: {
    parts: { year: "year", month: "month", day: "day" },
    form: (pattern, example) => `${pattern}, e.g. ${example}`,
    problem: (problem, dates, form) => {
      switch (problem.kind) {
        case "blank":
          return `Enter a date: ${form}.`;
        case "character":
          return `"${problem.character === " " ? "space" : problem.character}" (character ${problem.position}) does not belong in a date: use digits and "${dates.separator}", ${form}.`;
        case "shape":
          return `Write the date as ${form}.`;
        case "year":
          return `The year "${problem.year}" needs four digits, from 1900 to 9999.`;
        case "month":
          return `There is no month ${problem.month}: months go from 1 to 12.`;
        case "day":
          return `${dates.monthName(problem.month)} ${problem.year} has ${problem.days} days: there is no day ${problem.day}.`;
      }
    },
    keys: "Up and Down arrows move the date one day.",
    week: (week, year) => `Week ${week}, ${year}`,
  },
  common: commonEnUS,
  segments: segmentsEnUS,
  segment: segmentEnUS,
  segmentActions: segmentActionsEnUS,
  interactions: interactionsEnUS,
  ...domainEnUS,
  contacts: {
    title: "Contacts",
    loading: "Reading the contact sheet…",
    reload: "Read again",
    source: (sheet, headerRow) => `Sheet ${sheet}, header on row ${number.format(headerRow)}`,
    contactCount: (n) => count(n, "contact", "contacts"),
    hiddenCount: (n) => `${count(n, "contact", "contacts")} on hidden or filtered rows (they count)`,
    columnsHeading: "Columns",
    columnHeader: "Column",
    columnUse: "Used as",
    filterableByHeader: "Filterable by header",
    problemsHeading: (n) => (n === 0 ? "Problems" : `Problems (${number.format(n)})`),
    noProblems: "No problems found.",
    invalid: (sheet) => `The contact sheet ${sheet} can't be used yet. Fix these problems and read it again.`,
    readFailed: "The contact sheet could not be read.",
    moreProblems: (n) => `…and ${count(n, "more problem", "more problems")}.`,
    severity: { error: "Error", warning: "Warning" },
    row: (row) => `Row ${number.format(row)}`,
    column: (name) => `column ${name}`,
    readingProgress: (rows, total) => `Reading contacts ${number.format(rows)} of ${number.format(total)}`,
    readingLabel: "Reading the contact sheet",
    cancelReading: "Cancel",
    readCanceled: "Reading was canceled. Nothing was changed.",
    goTo: (address) => `Go to ${address}`,
    goToFailed: "The cells could not be selected.",
    sourceLabel: "Contact source",
    sourcePlaceholder: "Choose a sheet or table",
    tablesGroup: "Tables",
    sheetsGroup: "Sheets",
    tableOption: (table, sheet) => `${table} (on ${sheet})`,
    sourceChosen: (name) => `Contacts are now read from ${name}, for everyone who uses this workbook.`,
    chooseFailed: "The contact source could not be changed.",
  },
  fields: Object.fromEntries(FIELD_SPECS.map((spec) => [spec.id, spec.caption])) as Record<FieldId, string>,
};
