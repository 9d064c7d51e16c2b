import type { CommonStrings, SegmentsStrings, SegmentStrings } from "./segmentStrings";

const number = new Intl.NumberFormat("sv-SE");
const money = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 384 minutes as "6 h 24 min", as the Segment page's totals read; under an hour in minutes only. */
const duration = (minutes: number, hours: string) => {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  return h === 0 ? `${number.format(whole)} min` : `${number.format(h)} ${hours} ${number.format(whole % 60)} min`;
};
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

export const commonSvSE: CommonStrings = {
  cancel: "Avbryt",
  close: "Stäng",
  retry: "Försök igen",
  excelHint: "Tryck på Esc i Excel om en cell redigeras och försök sedan igen.",
  contactsHint: "Öppna fliken Kontakter för att se vad som behöver rättas i kontaktbladet.",
  tabs: { label: "Paneler", segments: "Segment", interactions: "Interaktioner", contacts: "Kontakter" },
};

export const segmentsSvSE: SegmentsStrings = {
  title: "Segment",
  loading: "Läser segmenten…",
  refresh: "Uppdatera",
  empty: "Inga segment än. Ge det första en beskrivning och skapa det.",
  loadFailed: "Segmenten kunde inte läsas.",
  listLabel: "Segment i arbetsboken",
  columns: { no: "Nr", description: "Beskrivning", lines: "Rader", cost: "Kostnad", actions: "Åtgärder" },
  open: (no) => `Öppna ${no}`,
  remove: (no) => `Ta bort ${no}`,
  createHeading: "Nytt segment",
  descriptionLabel: "Beskrivning",
  descriptionHint: "Till exempel: Vårens nyhetsbrev",
  create: "Skapa",
  creating: "Skapar…",
  createFailed: "Segmentet skapades inte.",
  created: (no) => `Segment ${no} har skapats.`,
  deleteTitle: (no) => `Ta bort segment ${no}?`,
  deleteBody: (no, description) => `${no}${description ? ` (${description})` : ""} tas bort från arbetsboken.`,
  deleteRows: ({ lines, criteria, history, total }) =>
    `Det tar bort ${count(total, "rad", "rader")}: segmentets rad, ${count(lines, "segmentrad", "segmentrader")}, ${count(criteria, "kriterierad", "kriterierader")} och ${count(history, "historikrad", "historikrader")} för Gå tillbaka.`,
  deleteNote: "Gå tillbaka kan inte ångra detta. Numret används aldrig igen.",
  deleteConfirm: "Ta bort",
  deleting: "Tar bort…",
  deleteFailed: "Segmentet togs inte bort.",
  deleted: (no, rows) => `Segment ${no} har tagits bort (${count(rows, "rad", "rader")}).`,
  money: (amount) => money.format(amount),
  count: (n) => number.format(n),
};

export const segmentSvSE: SegmentStrings = {
  backToList: "Alla segment",
  loading: "Öppnar segmentet…",
  loadFailed: (no) => `Segment ${no} kunde inte öppnas.`,
  reload: "Läs igen",
  title: (no, description) => (description ? `${no} · ${description}` : no),
  totals: (lines, cost, minutes) => `${count(lines, "rad", "rader")} · ${cost} · ${duration(minutes, "tim")}`,
  header: {
    title: "Huvud",
    summary: (template, salesperson) =>
      [template && `mall ${template}`, salesperson && `säljare ${salesperson}`].filter(Boolean).join(", "),
    fields: {
      interactionTemplateCode: "Interaktionsmallkod",
      description: "Beskrivning",
      salespersonCode: "Säljarkod",
      date: "Datum",
      languageCode: "Språkkod",
      subject: "Ämne",
      ignoreContactCorresType: "Ignorera kontaktens korrespondenstyp",
      correspondenceType: "Korrespondenstyp",
      informationFlow: "Informationsflöde",
      initiatedBy: "Initierad av",
      unitCost: "Enhetskostnad (BVA)",
      unitDuration: "Enhetsvaraktighet (min.)",
      campaignNo: "Kampanjnr",
      campaignTarget: "Kampanjmål",
      campaignResponse: "Kampanjsvar",
    },
    noTemplate: "(ingen)",
    choices: {
      "": "(tomt)",
      "Hard Copy": "Papperskopia",
      Email: "E-post",
      Outbound: "Utgående",
      Inbound: "Inkommande",
      Us: "Vi",
      Them: "De",
    },
    yes: "Ja",
    disabled: {
      needsTemplate: "Välj en interaktionsmall först.",
      needsIgnoreCorresType:
        "Markera Ignorera kontaktens korrespondenstyp först; annars används varje kontakts egen typ.",
      needsCampaign: "Ange ett kampanjnr först.",
    },
    saving: "Sparar huvudet…",
    saveFailed: (field) => `${field} ändrades inte.`,
    notSavedYet: (field) => `${field} sparades inte: rutan behåller det du skrev. Lämna den igen för att spara.`,
    updateLinesTitle: "Uppdatera raderna?",
    updateLinesBody: (lineCount, fields) =>
      `Du ändrade ${fields}. Vill du uppdatera ${count(lineCount, "rad", "rader")} i segmentet med de nya värdena?`,
    updateLinesYes: "Uppdatera raderna",
    updateLinesNo: "Bara huvudet",
    linesUpdated: (lines) =>
      lines === 0 ? "Huvudet har sparats." : `Huvudet har sparats; ${count(lines, "rad", "rader")} uppdaterades.`,
  },
  history: {
    toolbar: "Steg",
    goBack: "Gå tillbaka",
    goForward: "Gå framåt",
    goBackHint: "Ångra det senaste steget Lägg till, Minska eller Förfina exakt.",
    goForwardHint: "Gör om steget du gick tillbaka från.",
    done: (direction, action, before, after) =>
      `${direction === "back" ? "Gick tillbaka från" : "Gjorde om"} ${action}: ${count(before, "rad", "rader")} → ${count(after, "rad", "rader")}.`,
    failed: "Steget togs inte.",
    handTitle: "Rader har ändrats för hand",
    handBody: (direction) =>
      `Raderna nedan har ändrats sedan det senaste steget. ${direction === "back" ? "Gå tillbaka" : "Gå framåt"} återställer raderna som steget rörde och behåller dina övriga ändringar.`,
    handChange: ({ lineNo, contactNo, kind }) =>
      `Rad ${lineNo}${contactNo ? ` (${contactNo})` : ""}: ${kind === "edited" ? "ändrad" : kind === "added" ? "tillagd" : "borttagen"}`,
    handMore: (n) => `…och ${count(n, "rad", "rader")} till.`,
    handConfirm: (direction) => (direction === "back" ? "Gå tillbaka ändå" : "Gå framåt ändå"),
    actionNames: {
      "Add Contacts": "Lägg till kontakter",
      "Remove Contacts (Reduce)": "Ta bort kontakter (minska)",
      "Remove Contacts (Refine)": "Ta bort kontakter (förfina)",
    },
  },
  undo: "Ångra",
  readiness: {
    ready: "Klart att logga",
    missing: (gaps) => {
      const words = {
        lines: "lägg till kontakter",
        template: "välj en mall",
        salesperson: "välj en säljare",
        description: "ange en beskrivning",
      };
      const parts = gaps.map((gap) => words[gap]);
      const sentence = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}` : parts[0];
      return `För att logga: ${sentence}.`;
    },
    fix: { template: "Välj mall", salesperson: "Välj säljare", description: "Ange beskrivning" },
  },
  members: {
    title: "Medlemmar",
    loading: "Läser medlemmarna…",
    failed: "Medlemmarna kunde inte läsas.",
    search: "Sök medlemmar",
    empty: "Inga medlemmar än: lägg till kontakter med nästa steg.",
    shown: (shown, matching, total) =>
      matching === total
        ? `${number.format(shown)} av ${count(total, "medlem", "medlemmar")}`
        : `${number.format(shown)} av ${number.format(matching)} träffar (${count(total, "medlem", "medlemmar")})`,
    listLabel: "Segmentets medlemmar",
    noEmail: "ingen e-post",
    kinds: "Företag och personer",
    companies: "Företag",
    persons: "Personer",
    email: "E-post",
    withEmail: "Med e-post",
    withoutEmail: "Utan e-post",
    excluded: "Undantagna",
    bySalesperson: "Per säljare",
    byCorrespondenceType: "Per korrespondenstyp",
    blank: "(tomt)",
    showInSheet: "Visa på bladet Segment Lines",
    partSelected: (lines, through, total) =>
      `${count(lines, "rad", "rader")} markerade (${number.format(through)} av ${number.format(total)} hittills).`,
    partReason: "Raderna ligger i fler separata block än Excel markerar på en gång.",
    selectNext: (lines) => `Markera nästa ${count(lines, "rad", "rader")}`,
    selectFailed: "Segmentets rader kunde inte markeras.",
  },
  builder: {
    title: "Nästa steg",
    kindLabel: "Steg",
    kinds: { add: "Lägg till", reduce: "Minska", refine: "Förfina" },
    kindHints: {
      add: "Lägger till kontakterna som matchar i segmentet.",
      reduce: "Tar bort segmentets kontakter som matchar.",
      refine: "Behåller bara segmentets kontakter som matchar.",
    },
    group: (n) => `Grupp ${number.format(n)}`,
    place: (group, condition) => `grupp ${number.format(group)}, villkor ${number.format(condition)}`,
    orNote: "En kontakt matchar när den uppfyller alla villkor i en grupp.",
    field: "Fält",
    fieldPlaceholder: "Välj ett fält",
    recognisedFields: "Kontaktfält",
    otherHeaders: "Andra kolumner",
    entryFields: "Interaktionsloggpost",
    entryCaptions: {
      "Interaction Template Code": "Interaktionsmallkod",
      "Interaction Group Code": "Interaktionsgruppkod",
      Date: "Datum",
      "Segment No.": "Segmentnr",
      "Campaign No.": "Kampanjnr",
      "Salesperson Code": "Säljarkod",
      Evaluation: "Utvärdering",
      Canceled: "Annullerad",
      "Attempt Failed": "Försök misslyckades",
      "Campaign Target": "Kampanjmål",
      "Campaign Response": "Kampanjsvar",
      "Information Flow": "Informationsflöde",
      "Initiated By": "Initierad av",
      "Correspondence Type": "Korrespondenstyp",
      "Cost (LCY)": "Kostnad (BVA)",
      "Duration (Min.)": "Varaktighet (min.)",
      Subject: "Ämne",
    },
    entryOption: (caption) => `Interaktionsloggpost: ${caption}`,
    onEntries: "I kontaktens interaktionslogg",
    entryNote: "Gruppens villkor på interaktionsloggen måste alla gälla för en och samma post för kontakten.",
    operator: "Operator",
    operators: {
      equals: "är",
      notEquals: "är inte",
      startsWith: "börjar med",
      contains: "innehåller",
      oneOf: "är något av",
      between: "ligger mellan",
      greater: "är större än",
      less: "är mindre än",
      blank: "är tomt",
      notBlank: "är inte tomt",
    },
    expression: "Filter",
    expressionHint: "Ett Business Central-filter, t.ex. NEWS|XMAS, <>Lund, A*, 1..10",
    valueHints: {
      date: "Ett datum eller ett intervall, t.ex. 2025-01-31, 2025-01-01.., -30D..T (de senaste 30 dagarna)",
      boolean: "Ja eller Nej",
    },
    expressionMode: "BC-uttryck",
    modeHints: {
      oneOf: "Skilj värdena åt med |, t.ex. NEWS|XMAS",
      between: "Från..till, t.ex. 1..10 eller 2025-01-01..2025-03-31",
    },
    errorAt: (position) => `Vid tecken ${number.format(position)}:`,
    addCondition: "+ Villkor",
    removeCondition: (n) => `Ta bort villkor ${number.format(n)}`,
    addGroup: "+ ELLER-grupp",
    removeGroup: (n) => `Ta bort grupp ${number.format(n)}`,
    aboutOption: (option) => `Om ${option}`,
    optionsLabel: "Alternativ",
    options: {
      allowExistingContacts: {
        label: "Tillåt befintliga kontakter",
        hint: "Lägg till en kontakt igen även om den redan har en rad.",
      },
      expandCompanies: { label: "Expandera företag", hint: "Lägg även till personerna på varje företag som matchar." },
      allowRelatedCompanies: {
        label: "Tillåt relaterade företag",
        hint: "Lägg även till företaget för varje person som matchar.",
      },
      ignoreExclusion: {
        label: "Ignorera exkludering",
        hint: "Lägg även till kontakter markerade Exkludera från segment.",
      },
      entireCompanies: {
        label: "Hela företag",
        hint: "Ta även bort de andra personerna på en matchande kontakts företag.",
      },
    },
    counting: "Räknar…",
    addCount: ({ added, excluded, alreadyPresent }) =>
      `Lägger till ${count(added, "kontakt", "kontakter")} · ${number.format(excluded)} exkluderade · ${number.format(alreadyPresent)} finns redan i segmentet`,
    removeCount: ({ removedContacts, removedLines, kept }) =>
      `Tar bort ${count(removedContacts, "kontakt", "kontakter")} (${count(removedLines, "rad", "rader")}) · ${count(kept, "rad", "rader")} kvar`,
    allContacts: "Inget filter än: steget gäller alla kontakter.",
    apply: { add: "Lägg till kontakter", reduce: "Minska kontakter", refine: "Förfina kontakter" },
    applying: "Utför…",
    applied: {
      add: (n) => `${count(n, "kontakt", "kontakter")} har lagts till.`,
      reduce: (n) => `${count(n, "rad", "rader")} har tagits bort.`,
      refine: (n) => `${count(n, "rad", "rader")} har tagits bort.`,
    },
    switchKindTitle: (kind) => `Byta till ${kind}?`,
    switchKindBody: (kind) => `Villkoren du byggt för ${kind} rensas: varje typ av steg börjar med tomma villkor.`,
    switchKindConfirm: (kind) => `Rensa och byt till ${kind}`,
    removeAllTitle: "Ta bort alla rader?",
    removeAllBody: (lines) =>
      `Steget tar bort alla ${count(lines, "rad", "rader")}: segmentet blir tomt. Gå tillbaka återställer dem.`,
    applyFailed: "Steget utfördes inte.",
    countFailed: "Antalet kunde inte räknas.",
    fixFilter: "Rätta filtret för att se antalet.",
    unjudged: (n, caption) =>
      `${count(n, "kontakt", "kontakter")} kunde inte bedömas: fel, oberäknade eller felaktiga celler i ${caption}.`,
    noFieldMatches: "Inget fält matchar",
    suggestion: (value, contacts) => `${value} ${count(contacts, "kontakt", "kontakter")}`,
    suggestionsLabel: (field) => `Värden i ${field}`,
    and: "och",
    or: "eller",
    chipsLabel: "Steget i ord",
    chipWords: {
      matches: "matchar",
      range: (from, to) => `${from} och ${to}`,
      anyOf: (values) => values.join(", "),
    },
    stepMakeUp: (action, { total, companies, persons, withoutEmail }) =>
      `Steget ${action === "add" ? "lägger till" : "tar bort"} ${number.format(total)}: ${number.format(companies)} företag, ${count(persons, "person", "personer")}, ${number.format(withoutEmail)} utan e-post`,
    loadingFields: "Läser kontaktbladets kolumner…",
  },
  criteria: {
    title: (actions) => (actions === 0 ? "Kriterier" : `Kriterier (${count(actions, "steg", "steg")})`),
    empty: "Inga steg än.",
    listLabel: "Segmentets kriterier",
    or: "eller",
    allContacts: "Alla kontakter",
    onEntries: "Interaktionslogg:",
    saveHeading: "Spara kriterier",
    saveCode: "Kod",
    saveCodeHint: "En ny kod, t.ex. NEWS-NORR",
    saveDescription: "Beskrivning",
    save: "Spara kriterier",
    saved: (code, actions) => `Kriterierna har sparats som ${code} (${count(actions, "steg", "steg")}).`,
    saveFailed: "Kriterierna sparades inte.",
    reuseHeading: "Återanvänd kriterier",
    reuseCode: "Sparade kriterier",
    reuseNone: "Inga sparade kriterier än.",
    reuse: "Återanvänd kriterier",
    reused: (code, lines) => `Kriterierna ${code} har tillämpats: segmentet har ${count(lines, "rad", "rader")}.`,
    reuseFailed: "Kriterierna återanvändes inte.",
    reuseConfirmTitle: "Lägga till efter befintliga steg?",
    reuseConfirmBody: (code) =>
      `Segmentet har redan steg. Stegen i ${code} tillämpas efter dem, vart och ett ett steg du kan gå tillbaka från.`,
    reuseConfirm: "Tillämpa stegen",
  },
};
