import type { FieldId } from "../../domain/contacts";
import { cellAddress, sheetPrefix } from "../../domain/contacts/problems";
import type { DomainErrorKey, MessageParams } from "../../domain/errors";
import type { HeaderFieldId } from "../../domain/segments/headerFields";
import type { DomainMessage, DomainMessageStrings, ProblemMessage } from "./domainMessages";
import { segmentSvSE } from "./sv-SE.segments";

/** Thrown by Params when a message lacks a value it needs: the English message is shown instead. */
class MissingParam extends Error {}

/** The values of a message, read by name; a missing one stops the translation. */
class Params {
  constructor(private readonly params: MessageParams) {}

  has(name: string): boolean {
    return this.params[name] !== undefined;
  }

  text(name: string): string {
    const value = this.params[name];
    if (value === undefined || Array.isArray(value)) throw new MissingParam(name);
    return String(value);
  }

  num(name: string): number {
    const value = this.params[name];
    if (typeof value !== "number") throw new MissingParam(name);
    return value;
  }

  list(name: string): readonly (string | number)[] {
    const value = this.params[name];
    if (!Array.isArray(value)) throw new MissingParam(name);
    return value as readonly (string | number)[];
  }
}

type Describe = (p: Params) => string;

/** Translated from the params when the message is known and has them all; else the English message. */
function translate(
  table: Readonly<Record<string, Describe>>,
  name: string | undefined,
  message: DomainMessage,
): string {
  const describe = name === undefined ? undefined : table[name];
  if (!describe || !message.params) return message.message;
  try {
    return describe(new Params(message.params));
  } catch (error) {
    if (error instanceof MissingParam) return message.message;
    throw error;
  }
}

const quote = (text: string) => `"${text}"`;

/** "3, 8 och 14". */
const and = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;

/** "rad 3", "rader 3 och 14". */
const rowList = (rows: readonly (string | number)[]) => `${rows.length === 1 ? "rad" : "rader"} ${and(rows)}`;

const times = (n: number) => (n === 2 ? "två gånger" : `${n} gånger`);

const known = (items: readonly (string | number)[], none: string) => (items.length === 0 ? none : items.join(", "));

/** What a capped warning counts, in "… N more … not listed." */
const MORE: Readonly<Record<string, string>> = {
  "error-row": "rader med bara felvärden som hoppats över",
  "error-cells": "felvärden",
  "unresolved-formulas": "formler utan beräknat resultat",
  "stray-values": "värden som inte passar kolumnens typ",
  "invalid-boolean": "värden som inte är Ja eller Nej",
  "text-too-long": "celler som kortats till vad en cell rymmer",
  "blank-header": "kolumner utan rubrik",
  "duplicate-field": "kolumner som känns igen två gånger",
  "duplicate-header": "upprepade rubriker",
  "unknown-type": "okända typer",
  "unknown-company": "personer vars företag inte finns på bladet",
  "company-not-company": "personer vars företag är en person",
};

/** "och 3 till" after the cells a problem names. */
const moreCells = (p: Params) => (p.has("more") ? ` och ${p.num("more")} till` : "");

/** "filter på "Anställda" kan inte bedöma den här kontakten". */
const cannotJudge = (p: Params) =>
  `filter på ${quote(p.text("column"))} kan inte bedöma ${p.num("count") === 1 ? "den här kontakten" : "dessa kontakter"}`;

const TYPE_NAMES: Readonly<Record<string, { one: string; many: string }>> = {
  number: { one: "ett tal", many: "tal" },
  date: { one: "ett datum", many: "datum" },
  boolean: { one: "ja eller nej", many: "ja/nej-värden" },
};

function problemTable(fields: Readonly<Record<FieldId, string>>): Readonly<Record<string, Describe>> {
  const address = (p: Params) => cellAddress(p.text("sheet"), p.text("letter"), p.num("row"), p.text("column"));
  const noCompany = "; behandlas som att den saknar företag.";
  return {
    "missing-no-column": (p) =>
      `${p.text("sheet")}: ingen kolumn för kontaktnummer bland de första ${p.num("rows")} raderna. Lägg till en rubrik för den; ` +
      `godtagna rubriker är ${p.text("headers")} (skiftläge, mellanslag och skiljetecken spelar ingen roll).`,
    "error-row": (p) => `${p.text("sheet")} rad ${p.num("row")}: bara felvärden; hoppas över som en tom rad.`,
    "error-cells": (p) => {
      const values = p.list("values");
      const listed = p
        .list("cells")
        .map((cell, i) => `${cell}: ${values[i]}`)
        .join(", ");
      const count = p.num("count");
      const where = count > 1 ? ` (${count} felvärden i ${p.text("column")})` : ` (${p.text("column")})`;
      return `${sheetPrefix(p.text("sheet"))}!${listed}${moreCells(p)}${where}; läses som tomt, och ${cannotJudge(p)}.`;
    },
    "unresolved-formulas": (p) => {
      const count = p.num("count");
      const where = count > 1 ? ` (${count} celler i ${p.text("column")})` : ` (${p.text("column")})`;
      return (
        `${sheetPrefix(p.text("sheet"))}!${p.list("cells").join(", ")}${moreCells(p)}${where}: formel utan beräknat resultat; ` +
        `öppna och spara boken i Excel eller LibreOffice. Till dess ${cannotJudge(p)}.`
      );
    },
    "stray-values": (p) => {
      const values = p.list("values");
      const listed = p
        .list("cells")
        .map((cell, i) => `${cell} ${quote(String(values[i]))}`)
        .join(", ");
      const count = p.num("count");
      const where = count > 1 ? ` (${count} celler i ${p.text("column")})` : ` (${p.text("column")})`;
      const type = TYPE_NAMES[p.text("type")];
      if (type === undefined) throw new MissingParam("type");
      return `${sheetPrefix(p.text("sheet"))}!${listed}${moreCells(p)}${where}: inte ${type.one} i en kolumn med ${type.many}; ${cannotJudge(p)}.`;
    },
    "invalid-boolean": (p) =>
      `${address(p)}: ${quote(p.text("value"))} är inte Ja eller Nej; behandlas som tomt (Nej).`,
    "text-too-long": (p) =>
      `${address(p)}: ${p.num("length")} tecken, fler än de ${p.num("limit")} en cell rymmer; bara de första ${p.num("limit")} används`,
    "blank-header": (p) =>
      `${p.text("sheet")}: kolumn ${p.text("letter")} innehåller data men saknar rubrik; den kallas ${quote(p.text("header"))}. ` +
      "Ge den en rubrik för att kunna filtrera på den med namn.",
    "duplicate-field": (p) => {
      const caption = fields[p.text("field") as FieldId];
      if (caption === undefined) throw new MissingParam("field");
      const header = quote(p.text("header"));
      return (
        `${p.text("sheet")}: kolumnerna ${quote(p.text("first"))} (${p.text("firstLetter")}) och ${header} (${p.text("letter")}) innehåller båda ${caption}; ` +
        `den första används och ${header} blir en vanlig kolumn.`
      );
    },
    "duplicate-header": (p) => {
      const header = quote(p.text("header"));
      return `${p.text("sheet")}: rubriken ${header} finns i kolumnerna ${p.text("firstLetter")} och ${p.text("letter")}; filter på ${header} använder kolumn ${p.text("firstLetter")}.`;
    },
    "blank-no": (p) =>
      `${p.text("sheet")} rad ${p.num("row")}: kontaktnumret (${p.text("column")}) är tomt. Ge varje kontakt ett nummer, eller ta bort raden.`,
    "duplicate-no": (p) => {
      const spellings = p.has("spellings") ? `, oavsett skiftläge (${p.list("spellings").join(", ")})` : "";
      return (
        `${p.text("sheet")} rad ${p.num("row")}: kontaktnummer ${p.text("number")} förekommer ${times(p.num("count"))}${spellings} (${rowList(p.list("rows"))}). ` +
        "Gör varje nummer unikt."
      );
    },
    "unknown-type": (p) =>
      `${p.text("sheet")} rad ${p.num("row")}: typen ${quote(p.text("value"))} är varken Företag (Company) eller Person; ${p.text("number")} behandlas som en person.`,
    "unknown-company": (p) =>
      `${p.text("sheet")} rad ${p.num("row")}: personen ${p.text("number")}: företagsnr ${p.text("company")} matchar inget företag på bladet${noCompany}`,
    "company-not-company": (p) =>
      `${p.text("sheet")} rad ${p.num("row")}: personen ${p.text("number")}: företagsnr ${p.text("company")} är ${p.text("companyNumber")} ` +
      `(rad ${p.num("companyRow")}), som är en person, inte ett företag${noCompany}`,
  };
}

/** "the saved ones", "the logged segment's contacts": what confirmAppendingSteps says would be added. */
const APPENDED: Readonly<Record<string, string>> = {
  "the saved ones": "de sparade",
  "the logged segment's contacts": "det loggade segmentets kontakter",
};

const HEADER_EXPECTS: Readonly<Record<string, (p: Params) => string>> = {
  date: () => "ange ett datum på formen åååå-mm-dd",
  "not-negative": () => "det får inte vara negativt",
  number: () => "ange ett tal, till exempel 2,50",
  "yes-no": () => "ange ja eller nej",
  choice: (p) => `ange ${p.list("choices").join(", ")} eller tomt ("")`,
};

const HEADER_NEEDS: Readonly<Record<string, string>> = {
  template: "kan inte anges på ett segment utan interaktionsmall: välj mallen först",
  "ignore-corres-type":
    "kan bara anges när Ignorera kontaktens korrespondenstyp är Ja (annars används varje kontakts egen typ)",
  campaign: "kan inte sättas till Ja på ett segment utan kampanjnr",
};

const headerCaption = (p: Params) => {
  const caption = segmentSvSE.header.fields[p.text("field") as HeaderFieldId];
  if (caption === undefined) throw new MissingParam("field");
  return caption;
};

const sheetName = (p: Params) => `Bladnamnet ${quote(p.text("name"))}`;

/** "32 767": Swedish groups thousands with a space. */
const grouped = (n: number) => n.toLocaleString("sv-SE");

/** Every DomainErrorKey has its Swedish text: a key added without one does not compile. */
const DOMAIN_ERRORS: Readonly<Record<DomainErrorKey, Describe>> = {
  "segment-not-found": (p) =>
    `Segment ${p.text("segmentNo")} finns inte. Segment i den här arbetsboken: ${known(p.list("known"), "inga än")}.`,
  "segment-duplicate": (p) =>
    `Segment ${p.text("segmentNo")} förekommer ${p.num("count")} gånger på bladet Segments. Ta bort de dubblerade raderna.`,
  "template-not-found": (p) =>
    `Interaktionsmallen ${p.text("code")} finns inte på bladet Interaction Templates (mallar: ${known(p.list("known"), "inga")}).`,
  "header-template-not-found": (p) => `Interaktionsmallen ${p.text("code")} hittades inte.`,
  "confirm-append": (p) => {
    const what = APPENDED[p.text("what")];
    if (what === undefined) throw new MissingParam("what");
    const actions = p.num("actions");
    return (
      `Segment ${p.text("segmentNo")} har redan ${actions} ${actions === 1 ? "kriterieåtgärd" : "kriterieåtgärder"}; ${what} läggs till efter dem. ` +
      "Bekräfta för att fortsätta (kommandot: --force)."
    );
  },
  "description-required": () => "Ett segment behöver en beskrivning.",
  "date-invalid": (p) => `Datumet ${quote(p.text("date"))} är inget datum: använd åååå-mm-dd.`,
  "logged-not-found": (p) =>
    `Loggat segment ${p.num("entryNo")} finns inte (löpnr i Loggade segment: ${known(p.list("known"), "inga")}).`,
  "entries-none": () => "Ange minst en interaktionsloggpost.",
  "entries-not-found": (p) => {
    const entries = p.list("entries");
    return `Interaktionsloggen har ${entries.length === 1 ? "ingen post" : "inga poster"} ${entries.join(", ")}.`;
  },
  "entry-in-canceled-logged": (p) =>
    `Annullerad måste vara 'Nej' i Loggat segment: Löpnr=${p.num("loggedEntryNo")}. Aktuellt värde är 'Ja'. ` +
    `Post ${p.num("entryNo")} hör till det annullerade loggade segmentet ${p.num("loggedEntryNo")} (${p.text("segmentNo")}): ` +
    "ångra annulleringen av det loggade segmentet i stället.",
  "saved-criteria-code-required": () => "Spara kriterier behöver en kod.",
  "saved-criteria-empty": (p) => `Segment ${p.text("segmentNo")} har inga kriterieåtgärder att spara.`,
  "saved-criteria-exists": (p) => `Sparade kriterier ${p.text("code")} finns redan. Välj en ny kod.`,
  "saved-criteria-not-found": (p) =>
    `Det finns inga sparade kriterier ${p.text("code")} (sparade kriterier: ${known(p.list("known"), "inga än")}).`,
  "sheet-name-blank": () => "Bladnamnet är tomt.",
  "sheet-name-too-long": (p) => `${sheetName(p)} är längre än Excels 31 tecken.`,
  "sheet-name-character": (p) =>
    `${sheetName(p)} innehåller ett tecken som Excel inte tillåter i bladnamn (: \\ / ? * [ ]).`,
  "sheet-name-apostrophe": (p) => `${sheetName(p)} börjar eller slutar med en apostrof, vilket Excel inte tillåter.`,
  "sheet-name-history": (p) => `${sheetName(p)} är reserverat av Excel.`,
  "sheet-name-reserved": (p) => `${sheetName(p)} är namnet på ett av tilläggets egna blad; välj ett annat.`,
  "header-value-invalid": (p) => {
    const expect = HEADER_EXPECTS[p.text("expect")];
    if (!expect) throw new MissingParam("expect");
    return `${headerCaption(p)} ${quote(p.text("text"))} är inte giltigt: ${expect(p)}.`;
  },
  "header-field-twice": (p) => `${headerCaption(p)} anges två gånger: ange varje fält en gång.`,
  "header-needs": (p) => {
    const why = HEADER_NEEDS[p.text("needs")];
    if (why === undefined) throw new MissingParam("needs");
    return `${headerCaption(p)} ${why}.`;
  },
  "unknown-field": (p) =>
    `${quote(p.text("name"))} är inte en kolumn på kontaktbladet ${p.text("sheet")}. Använd någon av dess rubriker: ${p.list("headers").join(", ")}.`,
  "mailing-group-blank": () => "Ange en utskicksgruppkod.",
  "mailing-group-not-one-code": (p) =>
    `Ange en utskicksgruppkod. ${quote(p.text("typed"))} är inte en enda kod: inget filter, ingen lista och inget inledande = + - @.`,
  "nothing-to-undo": (p) => `Segment ${p.text("segmentNo")} har ingen åtgärd att gå tillbaka till.`,
  "nothing-to-redo": (p) => `Segment ${p.text("segmentNo")} har ingen ångrad åtgärd att gå framåt till.`,
  "cell-too-long": (p) =>
    `${p.text("sheet")}!${p.text("cell")}: ${grouped(p.num("chars"))} tecken; en cell i Excel rymmer högst ${grouped(p.num("max"))}. Inget skrevs.`,
  "mailing-group-cell-too-long": (p) =>
    `Kontakt ${p.text("contactNo")}: dess ${p.text("column")} skulle bli ${grouped(p.num("chars"))} tecken (bladrad ${p.num("row")}); en cell i Excel rymmer högst ${grouped(p.num("max"))}. Inget skrevs.`,
  "too-many-rows": (p) =>
    `${p.text("sheet")} skulle behöva ${grouped(p.num("rows"))} rader; Excel rymmer högst ${grouped(p.num("max"))}.`,
  "addin-sheet-source": (p) =>
    `${quote(p.text("name"))} är ett av tilläggets egna blad och kan inte innehålla kontakter. Välj bladet eller tabellen där dina kontakter finns.`,
  "stale-rows": (p) =>
    `${p.text("sheet")}: rader ändrades av någon annan under tiden (${p.list("keys").join(", ")}). Försök igen.`,
  "duplicate-row": (p) => `${p.text("sheet")} har redan en rad ${p.text("rowKey")}.`,
  "duplicate-rows": (p) =>
    `${p.text("sheet")}: ${rowList(p.list("rows"))} har samma nyckel (${p.text("rowKey")}). Ta bort eller numrera om en av dem.`,
  "changed-meanwhile": (p) =>
    `${p.has("sheet") ? `Bladet ${quote(p.text("sheet"))}` : "Arbetsboken"} ändrades medan åtgärden pågick (av en annan användare eller för hand). ` +
    "Inget skrevs: kör åtgärden igen.",
  busy: () =>
    "En annan ändring av arbetsboken håller på att sparas (av en annan användare, eller en som avbröts). Försök igen om en minut.",
  interrupted: () =>
    "Excel stannade medan ändringen sparades och den kunde inte ångras än. Den ångras nästa gång tillägget öppnar arbetsboken; till dess väntar andra åtgärder.",
  "read-only": () =>
    "Arbetsboken är öppen skrivskyddad, så inget skrevs. Öppna en redigerbar kopia (eller stäng av skyddad vy) och kör åtgärden igen.",
  protected: (p) =>
    `Bladet ${quote(p.text("sheet"))} är skyddat, så inget skrevs. Ta bort skyddet (Granska > Ta bort bladskydd) och kör åtgärden igen.`,
  "edit-mode": () => "Excel redigerar en cell. Tryck på Retur eller Esc för att lämna cellen och försök sedan igen.",
  "access-denied": () =>
    "Excel nekade ändringen: ett blad är skyddat eller arbetsboken är skrivskyddad. Ta bort bladskyddet (Granska > Ta bort bladskydd) eller öppna en redigerbar kopia och försök igen.",
  "coauthor-overlap": () =>
    "Ändringen sparades, men en annan användare sparade ändringar i segmenten i samma ögonblick. Kontrollera segmentets rader innan du fortsätter.",
  "newer-schema": () =>
    "Arbetsboken sparades av en nyare version av Contact Segments. Här öppnas den skrivskyddad: uppdatera tillägget för att ändra den.",
};

const EXPECTING: Readonly<Record<string, (p: Params) => string>> = {
  value: () => "ett värde",
  "value-no-wildcard": () =>
    "ett värde utan * eller ? i ett intervall eller en jämförelse (sätt det inom citattecken för att mena själva tecknet)",
  end: () => `"|", "&" eller slutet`,
  close: (p) => `"|", "&" eller ")" som stänger "(" vid tecken ${p.num("open")}`,
};

const NOT_A: Readonly<Record<string, string>> = {
  number: "ett tal",
  date: "ett datum: använd åååå-mm-dd, t (i dag), w (arbetsdatum) eller en förskjutning som -30D",
  "yes-no": "Ja eller Nej",
};

/** The filter language's errors, after "Filter på <fält> "<filter>" (grupp n): ". */
const FILTER_ERRORS: Readonly<Record<string, Describe>> = {
  "filter-unexpected": (p) => {
    const found = p.text("found");
    const expecting = EXPECTING[p.text("expecting")];
    if (!expecting) throw new MissingParam("expecting");
    return `oväntat ${found === "" ? "slut på filtret" : quote(found)} vid tecken ${p.num("position")}, väntade ${expecting(p)}`;
  },
  "filter-unterminated-quote": (p) =>
    `citattecknet vid tecken ${p.num("position")} avslutas aldrig, väntade ett avslutande "'"`,
  "filter-not-a": (p) => {
    const kind = NOT_A[p.text("kind")];
    if (kind === undefined) throw new MissingParam("kind");
    return `${quote(p.text("found"))} vid tecken ${p.num("position")} är inte ${kind}`;
  },
  "filter-blank-ordered": (p) => `tomt ('') vid tecken ${p.num("position")} kan bara användas med = eller <>`,
  "filter-boolean-operator": (p) =>
    `${quote(p.text("found"))} vid tecken ${p.num("position")} går inte att använda på en Ja/Nej-kolumn, väntade = eller <>`,
  "filter-too-deep": (p) =>
    `"(" vid tecken ${p.num("position")} är för djupt nästlad: högst ${p.num("limit")} parenteser kan vara öppna samtidigt`,
  "filter-pattern-too-long": (p) =>
    `jokerteckenmönstret vid tecken ${p.num("position")} har ${p.num("length")} tecken, fler än de ${p.num("limit")} ett mönster får innehålla`,
};

const keyOf = (message: DomainMessage) => (typeof message.params?.key === "string" ? message.params.key : undefined);

function describeFilterError(error: DomainMessage): string {
  const key = keyOf(error);
  const detail = translate(FILTER_ERRORS, key, error);
  if (detail === error.message || !error.params) return error.message;
  return translate(
    { [key!]: (p) => `Filter på ${p.text("caption")} ${quote(p.text("filter"))} (grupp ${p.num("group")}): ${detail}` },
    key,
    error,
  );
}

/** The domain's messages in Swedish; the field captions come from the catalogue that holds them. */
export function domainSvSE(fields: Readonly<Record<FieldId, string>>): DomainMessageStrings {
  const problems = problemTable(fields);
  return {
    problems: {
      describe: (problem: ProblemMessage) => {
        const more = problem.params?.more;
        if (typeof more === "number") {
          const what = MORE[problem.code];
          const sheet = problem.params?.sheet;
          return what === undefined || sheet === undefined
            ? problem.message
            : `${String(sheet)}: ytterligare ${more} ${what} visas inte.`;
        }
        return translate(problems, problem.code, problem);
      },
    },
    filterErrors: { describe: describeFilterError },
    domainErrors: {
      describe: (error) => {
        const key = keyOf(error);
        return key?.startsWith("filter-") ? describeFilterError(error) : translate(DOMAIN_ERRORS, key, error);
      },
    },
  };
}
