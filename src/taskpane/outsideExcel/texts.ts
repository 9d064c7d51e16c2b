/** The words of the page the pane shows outside Excel, in English and Swedish (small, so both ship in the pane). */
export interface OutsideExcelTexts {
  readonly lang: string;
  readonly title: string;
  readonly what: string;
  readonly whyBrowser: string;
  readonly whyOtherHost: (host: string) => string;
  readonly whyNoOffice: string;
  readonly howHeading: string;
  readonly steps: readonly string[];
}

/** The Office.HostType values that are what people call the application (Excel aside). */
const KNOWN_HOSTS: readonly string[] = ["Word", "PowerPoint", "Outlook", "OneNote", "Project", "Access"];

export const OUTSIDE_EXCEL_TEXTS: Record<"en" | "sv", OutsideExcelTexts> = {
  en: {
    lang: "en",
    title: "Contact Segments",
    what: "Contact Segments is an add-in for Microsoft Excel: it turns a contact sheet into segments, as Business Central does, and logs the interactions sent to them.",
    whyBrowser:
      "It runs inside Excel, in a pane beside your workbook. This page was opened in a browser tab, where there is no workbook to work on.",
    whyOtherHost: (host) =>
      `It runs inside Excel only. This page was opened in ${KNOWN_HOSTS.includes(host) ? host : "another Office application"}, where it cannot work.`,
    whyNoOffice:
      "It runs inside Excel, in a pane beside your workbook, and reaches Excel through Office's script (office.js, from appsforoffice.microsoft.com). That script could not be loaded: check the internet connection, or ask whether a firewall or proxy blocks the address, then open the pane again.",
    howHeading: "How to add it to Excel",
    steps: [
      "Open a workbook with your contacts in Excel on the web, on Windows or on a Mac.",
      "Choose Home › Add-ins. If your organization has deployed Contact Segments, it is listed there.",
      "Otherwise, get the add-in's manifest file (manifest.xml) from whoever hosts it for you and upload it: in Excel on the web, Home › Add-ins › More Settings › Upload My Add-in.",
      "Then choose Contact Segments on the Home tab.",
    ],
  },
  sv: {
    lang: "sv",
    title: "Kontaktsegment",
    what: "Kontaktsegment är ett tillägg för Microsoft Excel: det gör om ett kontaktblad till segment, som i Business Central, och loggar interaktionerna som skickas till dem.",
    whyBrowser:
      "Det körs i Excel, i ett fönster bredvid arbetsboken. Den här sidan öppnades i en webbläsarflik, där det inte finns någon arbetsbok att arbeta med.",
    whyOtherHost: (host) =>
      `Det körs bara i Excel. Den här sidan öppnades i ${KNOWN_HOSTS.includes(host) ? host : "ett annat Office-program"}, där det inte fungerar.`,
    whyNoOffice:
      "Det körs i Excel, i ett fönster bredvid arbetsboken, och når Excel genom Offices skript (office.js, från appsforoffice.microsoft.com). Skriptet kunde inte läsas in: kontrollera internetanslutningen eller fråga om en brandvägg eller proxy blockerar adressen, och öppna sedan fönstret igen.",
    howHeading: "Så lägger du till det i Excel",
    steps: [
      "Öppna en arbetsbok med dina kontakter i Excel på webben, i Windows eller på en Mac.",
      "Välj Start › Tillägg. Om din organisation har distribuerat Kontaktsegment finns det där.",
      "Annars hämtar du tilläggets manifestfil (manifest.xml) från den som driver det åt er och laddar upp den: i Excel på webben, Start › Tillägg › Fler inställningar › Ladda upp mitt tillägg.",
      "Välj sedan Kontaktsegment på fliken Start.",
    ],
  },
};
