import type { FieldId } from "../../domain/contacts";
import { domainSvSE } from "./sv-SE.domain";
import { commonSvSE, segmentSvSE, segmentsSvSE } from "./sv-SE.segments";
import { interactionsSvSE } from "./sv-SE.interactions";
import { segmentActionsSvSE } from "./sv-SE.segmentActions";
import { localDates } from "../dates/localDates";
import type { Strings } from "./strings";

const number = new Intl.NumberFormat("sv-SE");
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

/** Captions of the contact fields, as Business Central names them in Swedish. */
const fields: Record<FieldId, string> = {
  no: "Nr",
  name: "Namn",
  type: "Typ",
  companyNo: "Företagsnr",
  companyName: "Företagsnamn",
  salespersonCode: "Säljarkod",
  correspondenceType: "Korrespondenstyp",
  languageCode: "Språkkod",
  email: "E-post",
  excludeFromSegment: "Exkludera från segment",
  industryGroups: "Branschgrupper",
  businessRelations: "Affärsrelationer",
  mailingGroups: "Utskicksgrupper",
  jobResponsibilities: "Befattningsansvar",
};

export const svSE: Strings = {
  locale: "sv-SE",
  appTitle: "Kontaktsegment",
  dates: localDates("sv-SE"),
  dateTexts: {
    parts: { year: "år", month: "månad", day: "dag" },
    form: (pattern, example) => `${pattern}, t.ex. ${example}`,
    problem: (problem, dates, form) => {
      switch (problem.kind) {
        case "blank":
          return `Ange ett datum: ${form}.`;
        case "character":
          return `”${problem.character === " " ? "mellanslag" : problem.character}” (tecken ${problem.position}) hör inte hemma i ett datum: använd siffror och ”${dates.separator}”, ${form}.`;
        case "shape":
          return `Skriv datumet som ${form}.`;
        case "year":
          return `Året ”${problem.year}” ska ha fyra siffror, från 1900 till 9999.`;
        case "month":
          return `Det finns ingen månad ${problem.month}: månaderna går från 1 till 12.`;
        case "day": {
          const month = dates.monthName(problem.month);
          return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${problem.year} har ${problem.days} dagar: det finns ingen dag ${problem.day}.`;
        }
      }
    },
    keys: "Pil upp och pil ned flyttar datumet en dag.",
    week: (week, year) => `Vecka ${week} ${year}`,
  },
  common: commonSvSE,
  segments: segmentsSvSE,
  segment: segmentSvSE,
  segmentActions: segmentActionsSvSE,
  interactions: interactionsSvSE,
  ...domainSvSE(fields),
  contacts: {
    title: "Kontakter",
    loading: "Läser kontaktbladet…",
    reload: "Läs igen",
    source: (sheet, headerRow) => `Blad ${sheet}, rubriker på rad ${number.format(headerRow)}`,
    contactCount: (n) => count(n, "kontakt", "kontakter"),
    hiddenCount: (n) => `${count(n, "kontakt", "kontakter")} på dolda eller filtrerade rader (de räknas)`,
    columnsHeading: "Kolumner",
    columnHeader: "Kolumn",
    columnUse: "Används som",
    filterableByHeader: "Filtreras på rubriken",
    problemsHeading: (n) => (n === 0 ? "Problem" : `Problem (${number.format(n)})`),
    noProblems: "Inga problem hittades.",
    invalid: (sheet) => `Kontaktbladet ${sheet} kan inte användas än. Åtgärda problemen och läs det igen.`,
    readFailed: "Kontaktbladet kunde inte läsas.",
    moreProblems: (n) => `…och ${number.format(n)} problem till.`,
    severity: { error: "Fel", warning: "Varning" },
    row: (row) => `Rad ${number.format(row)}`,
    column: (name) => `kolumn ${name}`,
    readingProgress: (rows, total) => `Läser kontakter ${number.format(rows)} av ${number.format(total)}`,
    readingLabel: "Läser kontaktbladet",
    cancelReading: "Avbryt",
    readCanceled: "Läsningen avbröts. Inget ändrades.",
    goTo: (address) => `Gå till ${address}`,
    goToFailed: "Cellerna kunde inte markeras.",
    sourceLabel: "Kontaktkälla",
    sourcePlaceholder: "Välj ett blad eller en tabell",
    tablesGroup: "Tabeller",
    sheetsGroup: "Blad",
    tableOption: (table, sheet) => `${table} (på ${sheet})`,
    sourceChosen: (name) => `Kontakterna läses nu från ${name}, för alla som använder arbetsboken.`,
    chooseFailed: "Kontaktkällan kunde inte ändras.",
  },
  fields,
};
