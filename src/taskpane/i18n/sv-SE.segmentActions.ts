import type { LogProblem } from "../../domain/interactions/logChecks";
import type { SegmentActionStrings } from "./segmentActionStrings";

const number = new Intl.NumberFormat("sv-SE");
const money = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;
/** 384 minuter som "6 tim 24 min", som segmentets summor skrivs. */
const duration = (minutes: number) => {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  return h === 0 ? `${number.format(whole)} min` : `${number.format(h)} tim ${number.format(whole % 60)} min`;
};

function problem(p: LogProblem, segmentNo: string): string {
  const line = `Rad ${p.lineNo} (${p.contactNo})`;
  switch (p.kind) {
    case "alreadyLogged":
      return `${segmentNo} är redan loggat (loggat segment, löpnr ${p.code}). Ett segment loggas en gång; återanvänd det loggade segmentet i ett nytt.`;
    case "noDescription":
      return "Segmentet saknar beskrivning: ge det en i huvudet.";
    case "empty":
      return "Segmentet har inga rader med en kontakt: lägg till kontakter först.";
    case "noDate":
      return `${line}: datum saknas — ange det i huvudet eller på raden.`;
    case "unknownContact":
      return `${line}: kontakten finns inte i kontaktbladet — ta bort raden eller lägg till kontakten.`;
    case "noSalesperson":
      return `${line}: säljarkod saknas — ange den i huvudet eller på raden.`;
    case "noTemplate":
      return `${line}: interaktionsmall saknas — välj en i huvudet eller ange den på raden.`;
    case "unknownTemplate":
      return `${line}: mallen ${p.code} finns inte på bladet Interaction Templates — lägg till den där eller välj en annan.`;
    case "invalidTemplate":
      return `${line}: mallen ${p.code} är ogiltig — rätta dess rad på bladet Interaction Templates. ${p.detail ?? ""}`.trim();
  }
}

export const segmentActionsSvSE: SegmentActionStrings = {
  toolbar: "Segmentåtgärder",
  log: {
    open: "Logga segment…",
    title: (no) => `Logga segment ${no}`,
    checking: "Kontrollerar segmentet…",
    checkFailed: "Segmentet kunde inte kontrolleras.",
    entries: (n) => `Skriver ${count(n, "interaktionsloggpost", "interaktionsloggposter")}, en per rad med en kontakt.`,
    templates: (codes) =>
      codes.length === 0
        ? "Ingen interaktionsmall."
        : `${codes.length === 1 ? "Interaktionsmall" : "Interaktionsmallar"}: ${codes.join(", ")}.`,
    totals: (cost, minutes) => `Total kostnad ${money.format(cost)} · total varaktighet ${duration(minutes)}.`,
    afterwards:
      "Segmentet försvinner sedan ur segmentlistan och finns kvar som ett loggat segment, som kan återanvändas eller annulleras.",
    problemsHeading: (n) => `${count(n, "problem", "problem")} hindrar loggningen:`,
    problemsLabel: "Problem att rätta före loggning",
    problem,
    more: (n) => `…och ${number.format(n)} till.`,
    excludedHeading: (n) =>
      `${count(n, "rad gäller en kontakt", "rader gäller kontakter")} markerade Exkludera från segment:`,
    excludedLabel: "Rader med exkluderade kontakter",
    excludedLine: (lineNo, contactNo) => `Rad ${lineNo} (${contactNo})`,
    includeExcluded: "Logga även exkluderade kontakter",
    includeExcludedHint: "Ta bort raderna ur segmentet, eller markera rutan för att logga dem ändå.",
    followUp: "Skapa uppföljningssegment",
    followUpHint:
      "Ett nytt segment med samma kontakter, för kampanjens nästa steg; exkluderade kontakter utelämnas alltid, även när du loggar dem.",
    followUpResult: (no, lines, skipped) =>
      `Skapar ${no} med ${count(lines, "rad", "rader")}${skipped > 0 ? ` (${count(skipped, "exkluderad kontakt", "exkluderade kontakter")} utelämnade)` : ""}.`,
    confirm: (n) => `Logga ${count(n, "interaktion", "interaktioner")}`,
    confirmPending: "Logga",
    logging: "Loggar…",
    failed: "Segmentet loggades inte.",
    followUpOpened: (no) => `Uppföljningssegmentet ${no} är nu öppet.`,
    done: (result) =>
      `${result.segmentNo} loggat som löpnr ${result.loggedEntryNo}: ${count(result.entryNos.length, "interaktion", "interaktioner")}` +
      (result.followUp
        ? `; uppföljningssegment ${result.followUp.segmentNo} med ${count(result.followUp.lines, "rad", "rader")}.`
        : "."),
  },
  mailing: {
    open: "Tillämpa utskicksgrupp…",
    title: (no) => `Tillämpa utskicksgrupp på ${no}`,
    code: "Utskicksgruppkod",
    codeHint: "En kod, t.ex. NEWS",
    codeBlank: "Ange en utskicksgruppkod.",
    codeInvalid: (typed) => `"${typed}" är inte en kod: inget filter, ingen lista och inget inledande = + - @.`,
    deleteOld: "Ta bort gamla tilldelningar",
    deleteOldHint: "Tar först bort gruppen från alla kontakter i kontaktbladet, även från kontakter utanför segmentet.",
    counting: "Räknar…",
    countFailed: "Kontakterna kunde inte räknas.",
    count: ({ code, changed, added, removed, alreadyAssigned }) =>
      `Ändrar ${count(changed, "kontakt", "kontakter")}: ${number.format(added)} får ${code}` +
      (removed > 0 ? `, ${number.format(removed)} förlorar den` : "") +
      `; ${number.format(alreadyAssigned)} har den redan.`,
    nothing: (code, already) =>
      `Inget att ändra: ${count(already, "kontakt", "kontakter")} i segmentet har redan ${code}.`,
    removes: (code, removed) =>
      `Ta bort gamla tilldelningar tar ${code} från ${count(removed, "kontakt", "kontakter")} utanför segmentet.`,
    columnAdded: "Kontaktbladet saknar kolumnen Utskicksgrupper: den läggs till längst till höger.",
    notOnSheet: (nos) => `Finns inte i kontaktbladet, utelämnade: ${nos.join(", ")}.`,
    apply: (code) => (code ? `Tillämpa ${code}` : "Tillämpa utskicksgrupp"),
    applying: "Tillämpar…",
    failed: "Utskicksgruppen tillämpades inte.",
    done: ({ code, changed }, no) =>
      `Utskicksgrupp ${code} är nu tillämpad på segment ${no}: ${count(changed, "kontakt", "kontakter")} ändrade.`,
  },
  export: {
    open: "Exportera utskickslista…",
    title: (no) => `Exportera utskickslistan för ${no}`,
    intro:
      "Segmentets kontakter som en ren lista på ett nytt blad: Nr, Namn, Företagsnamn, E-post, Korrespondenstyp, Språkkod, Säljarkod. Exkluderade kontakter och upprepade e-postadresser utelämnas.",
    sheetName: "Namn på nytt blad",
    defaultSheetName: (no) => `${no} Utskickslista`,
    emailOnly: "Endast e-postlista",
    emailOnlyHint: "Utelämnar kontakter utan e-postadress.",
    confirm: "Exportera till nytt blad",
    exporting: "Exporterar…",
    failed: "Utskickslistan exporterades inte.",
    done: (no, sheet, c) => {
      const left = [
        `${number.format(c.excluded)} exkluderade`,
        `${number.format(c.noEmail)} utan e-post`,
        `${number.format(c.duplicateEmail)} med upprepad e-post`,
      ];
      if (c.notOnSheet > 0) left.push(`${number.format(c.notOnSheet)} saknas i kontaktbladet`);
      if (c.repeatedContact > 0) left.push(`${number.format(c.repeatedContact)} på flera rader`);
      return `Exporterade ${count(c.listed, "kontakt", "kontakter")} från ${no} till det nya bladet "${sheet}". Utelämnade: ${left.join(", ")}.`;
    },
  },
};
