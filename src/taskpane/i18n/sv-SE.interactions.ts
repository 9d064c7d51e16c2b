import { interactionFormat, type CancelSubject, type InteractionStrings } from "./interactionStrings";

const format = interactionFormat("sv-SE", "tim");
const count = (n: number, one: string, many: string) => `${format.number(n)} ${n === 1 ? one : many}`;
const what = (subject: CancelSubject) =>
  "logged" in subject ? `loggat segment ${subject.logged}` : `post ${subject.entry}`;
const What = (subject: CancelSubject) => what(subject).charAt(0).toUpperCase() + what(subject).slice(1);
const entries = (n: number) => count(n, "interaktionsloggpost", "interaktionsloggposter");

export const interactionsSvSE: InteractionStrings = {
  title: "Interaktioner",
  refresh: "Uppdatera",
  loading: "Läser interaktionsloggen…",
  refreshing: "Uppdaterar…",
  loadFailed: "Interaktionsloggen kunde inte läsas.",
  empty: "Inga segment har loggats än. Logga ett segment från fliken Segment.",

  logged: {
    heading: "Loggade segment",
    listLabel: "Loggade segment, nyaste först",
    columns: {
      entryNo: "Löpnr",
      segmentNo: "Segmentnr",
      description: "Beskrivning",
      actions: "Åtgärder",
    },
    interactionCount: (interactions, canceled) =>
      count(
        interactions,
        canceled ? "annullerad interaktion" : "interaktion",
        canceled ? "annullerade interaktioner" : "interaktioner",
      ),
    canceledText: "Annullerad",
    actionsFor: (entryNo) => `Åtgärder för loggat segment ${entryNo}`,
    cancel: "Annullera",
    uncancel: "Ångra annullering",
    reuse: "Återanvänd segment…",
    showEntries: "Visa poster",
  },

  entries: {
    heading: "Interaktionslogg",
    filterLabel: "Filtrera posterna",
    loggedSegment: "Loggat segment",
    allLogged: "Alla",
    loggedOption: (entryNo, segmentNo, description) =>
      `${entryNo} · ${segmentNo}${description ? ` · ${description}` : ""}`,
    segmentNo: "Segmentnr",
    contactNo: "Kontaktnr",
    apply: "Filtrera",
    clear: "Rensa filter",
    showCanceled: "Visa annullerade poster",
    listLabel: "Interaktionsloggposter, nyaste först",
    columns: {
      entryNo: "Löpnr",
      contactNo: "Kontaktnr",
      contactName: "Kontaktnamn",
      actions: "Åtgärder",
    },
    cancel: "Annullera",
    uncancel: "Ångra",
    none: "Inga interaktionsloggposter matchar filtret.",
    capped: (shown, total) => `Visar ${format.number(shown)} av ${format.number(total)} – begränsa filtret`,
    cancelEntry: (entryNo) => `Annullera post ${entryNo}`,
    uncancelEntry: (entryNo) => `Ångra annullering av post ${entryNo}`,
  },

  totals: {
    heading: "Summor, poster som inte är annullerade",
    all: (n, cost, minutes) => `${count(n, "post", "poster")} · ${format.money(cost)} · ${format.minutes(minutes)}`,
    listLabel: "Summor per interaktionsmall",
    columns: { template: "Mall", count: "Poster", cost: "Kostnad", duration: "Varaktighet" },
    blankCode: "(tom)",
  },

  chart: {
    title: "Interaktioner över tid",
    unitLabel: "Tidsperiod",
    month: "Per månad",
    week: "Per vecka",
  },
  cancel: {
    title: (subject, direction) =>
      direction === "cancel" ? `Annullera ${what(subject)}?` : `Ångra annulleringen av ${what(subject)}?`,
    touches: (n, direction) =>
      n === 0
        ? "Ingen interaktionsloggpost ändras."
        : direction === "cancel"
          ? `${entries(n)} annulleras.`
          : `${entries(n)} blir inte längre ${n === 1 ? "annullerad" : "annullerade"}.`,
    recount: (loggedEntryNo, interactions, canceled) =>
      canceled
        ? `Loggat segment ${loggedEntryNo} blir sedan annullerat, med ${count(interactions, "annullerad interaktion", "annullerade interaktioner")} och ingen som räknas.`
        : `Loggat segment ${loggedEntryNo} räknar sedan ${count(interactions, "interaktion", "interaktioner")}.`,
    note: (subject, direction) =>
      direction === "cancel"
        ? "Annullerade poster finns kvar i loggen men räknas inte längre i summorna. Du kan ångra annulleringen senare."
        : "logged" in subject
          ? "Annulleringen ångras för alla poster i det loggade segmentet, även för poster som tidigare annullerats var för sig."
          : "Posten räknas i summorna igen.",
    confirm: (_subject, direction) => (direction === "cancel" ? "Annullera" : "Ångra annullering"),
    working: (direction) => (direction === "cancel" ? "Annullerar…" : "Ångrar annulleringen…"),
    failed: (subject, direction) =>
      direction === "cancel"
        ? `${What(subject)} annullerades inte.`
        : `Annulleringen av ${what(subject)} ångrades inte.`,
    done: (subject, direction, n) => {
      // "poster", not "interaktionsloggposter": a word that long does not fit the notice in a narrow pane.
      const rows = "logged" in subject ? ` (${count(n, "post", "poster")})` : "";
      return direction === "cancel"
        ? `${What(subject)} har annullerats${rows}.`
        : `Annulleringen av ${what(subject)} har ångrats${rows}.`;
    },
  },

  reuse: {
    title: (loggedEntryNo) => `Återanvänd loggat segment ${loggedEntryNo}`,
    intro: (segmentNo, interactions) =>
      `Lägger kontakterna från ${segmentNo} (${count(interactions, "interaktion", "interaktioner")}) i ett segment, varje rad med postens kampanj.`,
    into: "Lägg kontakterna i",
    newSegment: "Ett nytt segment",
    existingSegment: "Ett befintligt segment",
    description: "Beskrivning",
    segment: "Vilket segment",
    segmentPlaceholder: "Välj ett segment",
    segmentOption: (segmentNo, description) => (description ? `${segmentNo} · ${description}` : segmentNo),
    loadingSegments: "Läser segmenten…",
    noSegments: "Det finns inga segment än: välj ett nytt segment.",
    includeCanceled: { label: "Ta med annullerade poster", hint: "Även kontakter vars post är annullerad." },
    includeExcluded: {
      label: "Ta med exkluderade kontakter",
      hint: "Även kontakter som nu är markerade Exkludera från segment.",
    },
    confirm: "Återanvänd segment",
    working: "Återanvänder…",
    failed: "Segmentet återanvändes inte.",
    done: (segmentNo, added, left) => {
      const out = [
        left.canceled > 0 && count(left.canceled, "annullerad post", "annullerade poster"),
        left.excluded > 0 && count(left.excluded, "exkluderad kontakt", "exkluderade kontakter"),
        left.missing > 0 &&
          count(
            left.missing,
            "kontakt som inte längre finns i kontaktbladet",
            "kontakter som inte längre finns i kontaktbladet",
          ),
      ].filter(Boolean);
      return `${count(added, "rad", "rader")} har lagts till i ${segmentNo}${out.length > 0 ? `; utelämnade: ${out.join(", ")}` : ""}.`;
    },
    open: (segmentNo) => `Öppna ${segmentNo}`,
    segmentsFailed: "Segmenten kunde inte läsas: välj ett nytt segment eller försök igen senare.",
    stepsTitle: "Lägga till efter de befintliga stegen?",
    stepsBody: (segmentNo) =>
      `${segmentNo} har redan steg. Kontakterna från det loggade segmentet läggs till efter dem, som ett steg du kan gå tillbaka från.`,
    stepsConfirm: "Lägg till kontakterna",
  },

  format,
};
