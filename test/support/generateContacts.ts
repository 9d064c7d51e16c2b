/**
 * Big synthetic contact sheets for tests and the bench: Excel-like 2-D values (header row + one row per
 * contact; string | number | boolean cells, "" for blank), deterministic for a given seed.
 *
 * Shape: companies, each followed by its persons (Type Company/Person, Company No. pointing at the company's
 * No.; a company's Company No. is its own No., as in Business Central). Swedish and English names with å ä ö
 * and plenty of -berg / -ström surnames; names are high-cardinality, as in a real sheet, so a filter cannot
 * win just because a column has few distinct values. Multi-valued columns are "NEWS; XMAS" style lists with
 * a mix of separators and the odd lower-case code. Employees and Annual Revenue are numbers (companies only,
 * blank for persons); Created is an Excel serial date (see contactNumberFormats()).
 */

export type CellValue = string | number | boolean;

export interface GenerateContactsOptions {
  /** Number of contact rows (the header row comes on top). */
  readonly rows: number;
  /** PRNG seed; the same seed gives the same sheet. Default 1. */
  readonly seed?: number;
}

export const CONTACT_HEADERS = [
  "No.",
  "Name",
  "Type",
  "Company No.",
  "Company Name",
  "Salesperson Code",
  "Correspondence Type",
  "Language Code",
  "E-Mail",
  "Exclude from Segment",
  "Industry Groups",
  "Business Relations",
  "Mailing Groups",
  "Job Responsibilities",
  "City",
  "Employees",
  "Annual Revenue",
  "Created",
] as const;

export type ContactHeader = (typeof CONTACT_HEADERS)[number];

/** Index of a header in CONTACT_HEADERS (and so in every generated row). */
export function contactColumn(header: ContactHeader): number {
  return CONTACT_HEADERS.indexOf(header);
}

/** Excel number formats per column, as a gateway would read them (undefined = General). */
export function contactNumberFormats(): (string | undefined)[] {
  return CONTACT_HEADERS.map((h) =>
    h === "Created" ? "yyyy-mm-dd" : h === "Employees" ? "#,##0" : h === "Annual Revenue" ? "#,##0.00" : undefined,
  );
}

/** Codes the multi-valued columns draw from (upper case as typed; a few cells carry lower-case variants). */
export const MAILING_GROUP_CODES = [
  "NEWS",
  "XMAS",
  "EVENT",
  "WEBINAR",
  "PRESS",
  "VIP",
  "SUMMER",
  "OFFERS",
  "GOLF",
  "FAIR",
] as const;
export const INDUSTRY_GROUP_CODES = [
  "RET",
  "WHOLE",
  "MAN",
  "SERV",
  "TRANS",
  "LAW",
  "ADV",
  "PROF",
  "IT",
  "FOOD",
] as const;
export const BUSINESS_RELATION_CODES = ["CUST", "VEND", "PROS", "PARTNER", "BANK", "LAWYER", "PRESS"] as const;
export const JOB_RESPONSIBILITY_CODES = ["PURCH", "SALES", "IT", "CEO", "MARKETING", "FIN", "HR", "LOGISTICS"] as const;
export const SALESPERSON_CODES = ["JO", "AH", "KS", "BD", "MR", "LT", "PS", "EL", "RL", "ÅN"] as const;

/** Mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SV_FIRST = [
  "Anna",
  "Åsa",
  "Örjan",
  "Björn",
  "Märta",
  "Sören",
  "Elin",
  "Johan",
  "Karin",
  "Lars",
  "Maja",
  "Nils",
  "Oskar",
  "Stina",
  "Ulf",
  "Åke",
  "Göran",
  "Ingrid",
  "Jörgen",
  "Lena",
  "Mats",
  "Birgitta",
  "Per",
  "Eva",
  "Håkan",
  "Sofia",
  "Mikael",
  "Kerstin",
  "Anders",
  "Ebba",
  "Gunnar",
  "Linnéa",
  "Erik",
  "Astrid",
  "Torbjörn",
  "Agneta",
  "Fredrik",
  "Sigrid",
  "Henrik",
  "Ylva",
  "Magnus",
  "Britt",
  "Stefan",
  "Malin",
  "Jöns",
  "Tove",
  "Kjell",
  "Saga",
  "Rasmus",
  "Hedda",
];
const EN_FIRST = [
  "James",
  "Emily",
  "Oliver",
  "Sophie",
  "Thomas",
  "Charlotte",
  "William",
  "Grace",
  "Henry",
  "Olivia",
  "George",
  "Amelia",
  "Jack",
  "Isla",
  "Harry",
  "Ava",
  "Charlie",
  "Mia",
  "Jacob",
  "Ella",
  "Daniel",
  "Lucy",
  "Samuel",
  "Chloe",
  "Joseph",
  "Hannah",
  "David",
  "Ruth",
  "Edward",
  "Alice",
  "Michael",
  "Sarah",
  "Peter",
  "Laura",
  "Richard",
  "Helen",
];
const SV_LAST = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jonsson",
  "Jansson",
  "Hansson",
  "Bengtsson",
  "Jönsson",
  "Lindberg",
  "Lindström",
  "Bergström",
  "Söderberg",
  "Åberg",
  "Öberg",
  "Sjöberg",
  "Holmberg",
  "Strömberg",
  "Engström",
  "Nordström",
  "Lundqvist",
  "Ekström",
  "Hedlund",
  "Sandberg",
  "Wallin",
  "Björk",
  "Forsberg",
  "Lindqvist",
  "Åkesson",
  "Blomqvist",
  "Sundström",
  "Lindgren",
  "Berglund",
  "Fredriksson",
  "Sjögren",
  "Lundgren",
  "Holmström",
  "Ström",
  "Löfgren",
  "Öström",
  "Dahlberg",
  "Ågren",
  "Westerberg",
  "Häggström",
  "Nyström",
  "Lundberg",
  "Mattsson",
  "Axelsson",
  "Hellström",
  "Falk",
  "Björklund",
  "Sundberg",
  "Wikström",
  "Boström",
  "Hägglund",
  "Lund",
  "Berg",
  "Näslund",
];
const EN_LAST = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Robinson",
  "Wright",
  "Thompson",
  "Evans",
  "Walker",
  "White",
  "Roberts",
  "Green",
  "Hall",
  "Wood",
  "Jackson",
  "Clarke",
  "Sterling",
  "Greenberg",
  "Goldberg",
  "Harrison",
  "Lund",
  "Morrison",
  "Bergman",
  "Anderson",
  "Carlson",
  "Fletcher",
  "Hughes",
  "Lewis",
  "Patterson",
  "Richardson",
  "Stevenson",
  "Watson",
  "Ward",
  "Turner",
  "Parker",
  "Collins",
];
const SV_COMPANY_WORDS = [
  "Bygg",
  "Trä",
  "Järn",
  "Maskin",
  "Konsult",
  "Data",
  "Frakt",
  "Måleri",
  "El",
  "Rör",
  "Café",
  "Bageri",
  "Städ",
  "Revision",
  "Juridik",
  "Reklam",
  "Fastighet",
  "Verkstad",
  "Livs",
  "Möbler",
  "Glas",
  "Åkeri",
  "Skog",
  "Sjöfart",
];
const EN_COMPANY_WORDS = [
  "Trading",
  "Consulting",
  "Logistics",
  "Software",
  "Engineering",
  "Design",
  "Foods",
  "Freight",
  "Partners",
  "Holdings",
  "Systems",
  "Supplies",
  "Media",
  "Legal",
  "Builders",
  "Textiles",
  "Energy",
  "Marine",
  "Advisory",
];
const SV_PREFIXES = [
  "Nord",
  "Väst",
  "Öst",
  "Syd",
  "Norr",
  "Fjäll",
  "Sjö",
  "Skär",
  "Älv",
  "Berg",
  "Dal",
  "Ström",
  "Lund",
  "Hav",
];
const EN_PREFIXES = [
  "North",
  "West",
  "East",
  "South",
  "Silver",
  "Oak",
  "River",
  "Stone",
  "Iron",
  "Green",
  "Harbour",
  "Bright",
];
const SV_CITIES = [
  "Stockholm",
  "Göteborg",
  "Malmö",
  "Uppsala",
  "Västerås",
  "Örebro",
  "Linköping",
  "Helsingborg",
  "Jönköping",
  "Umeå",
  "Luleå",
  "Sundsvall",
  "Växjö",
  "Gävle",
];
const EN_CITIES = [
  "London",
  "Manchester",
  "Leeds",
  "Bristol",
  "Edinburgh",
  "Glasgow",
  "Cardiff",
  "York",
  "Oxford",
  "Norwich",
];

const SERIAL_2010_01_01 = 40179;
const SERIAL_2025_12_31 = 46022;

/** Generates `rows` contacts (companies followed by their persons) plus the header row. */
export function generateContacts(options: GenerateContactsOptions): CellValue[][] {
  const out: CellValue[][] = [[...CONTACT_HEADERS]];
  for (const row of contactRows(options)) out.push(row);
  return out;
}

/** The same contacts one row at a time, without the header: millions of them fit in no array (bench:db). */
export function* contactRows(options: GenerateContactsOptions): Generator<CellValue[]> {
  const rows = Math.max(0, Math.floor(options.rows));
  const random = mulberry32(options.seed ?? 1);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number): boolean => random() < p;
  const width = Math.max(6, String(rows).length);
  const numberOf = (n: number): string => "CT" + String(n).padStart(width, "0");

  let n = 0;
  while (n < rows) {
    const swedish = chance(0.65);
    const company = makeCompany(swedish);
    const companyNo = numberOf(++n);
    yield company.row(companyNo);
    const persons = Math.min(rows - n, int(0, 8));
    for (let p = 0; p < persons; p++) yield makePerson(numberOf(++n), companyNo, company, swedish);
  }

  interface Company {
    readonly name: string;
    readonly domain: string;
    readonly city: string;
    readonly language: string;
    readonly salesperson: string;
    row(no: string): CellValue[];
  }

  function makeCompany(swedish: boolean): Company {
    const name = companyName(swedish);
    const domain =
      asciiFold(name.replace(/&\s*(Söner|Sons|Co)\b|\b(AB|HB|KB|Ltd|plc|LLP)\b/g, ""))
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24) + (swedish ? ".se" : ".co.uk");
    const city = pick(swedish ? SV_CITIES : EN_CITIES);
    const language = chance(0.08) ? "" : swedish ? (chance(0.9) ? "SVE" : "ENU") : "ENU";
    const salesperson = chance(0.1) ? "" : pick(SALESPERSON_CODES);
    const employees = chance(0.05) ? "" : Math.max(1, Math.round(Math.exp(random() * Math.log(20000))));
    const revenue =
      employees === "" || chance(0.1) ? "" : Math.round(employees * (400 + random() * 2600)) * 1000 + int(0, 99) / 100;
    return {
      name,
      domain,
      city,
      language,
      salesperson,
      row: (no) => [
        no,
        name,
        "Company",
        no,
        name,
        salesperson,
        correspondenceType(),
        language,
        chance(0.1) ? "" : pick(["info", "kontakt", "order", "hello", "sales"]) + "@" + domain,
        chance(0.02),
        codeList(INDUSTRY_GROUP_CODES, 1, 3, 0.1),
        codeList(BUSINESS_RELATION_CODES, 0, 2, 0.2),
        codeList(MAILING_GROUP_CODES, 0, 3, 0.25),
        "",
        city,
        employees,
        revenue,
        int(SERIAL_2010_01_01, SERIAL_2025_12_31),
      ],
    };
  }

  function makePerson(no: string, companyNo: string, company: Company, swedish: boolean): CellValue[] {
    const local = swedish ? chance(0.85) : chance(0.95);
    const svNames = local === swedish;
    const first = pick(svNames ? SV_FIRST : EN_FIRST);
    const middle = chance(0.25) ? " " + pick(svNames ? SV_FIRST : EN_FIRST) : "";
    let last = pick(svNames ? SV_LAST : EN_LAST);
    if (chance(0.08)) last += "-" + pick(svNames ? SV_LAST : EN_LAST);
    const name = `${first}${middle} ${last}`;
    const email = chance(0.08)
      ? ""
      : `${asciiFold(first)}.${asciiFold(last)}${chance(0.2) ? int(1, 99) : ""}@${company.domain}`;
    return [
      no,
      name,
      "Person",
      companyNo,
      company.name,
      chance(0.9) ? company.salesperson : pick(SALESPERSON_CODES),
      correspondenceType(),
      chance(0.9) ? company.language : pick(["SVE", "ENU", "DEU", ""]),
      email,
      chance(0.03),
      chance(0.1) ? codeList(INDUSTRY_GROUP_CODES, 1, 2, 0) : "",
      chance(0.05) ? codeList(BUSINESS_RELATION_CODES, 1, 1, 0) : "",
      codeList(MAILING_GROUP_CODES, 0, 3, 0.3),
      codeList(JOB_RESPONSIBILITY_CODES, 1, 2, 0.2),
      chance(0.9) ? company.city : pick(swedish ? SV_CITIES : EN_CITIES),
      "",
      "",
      int(SERIAL_2010_01_01, SERIAL_2025_12_31),
    ];
  }

  function companyName(swedish: boolean): string {
    const shape = random();
    if (swedish) {
      const form = pick(["AB", "AB", "AB", "HB", "KB", "& Söner AB"]);
      if (shape < 0.45) return `${pick(SV_LAST)}s ${pick(SV_COMPANY_WORDS)} ${form}`;
      if (shape < 0.75) return `${pick(SV_PREFIXES)}${pick(SV_COMPANY_WORDS).toLowerCase()} ${pick(SV_CITIES)} ${form}`;
      return `${pick(SV_LAST)} & ${pick(SV_LAST)} ${pick(SV_COMPANY_WORDS)} ${form}`;
    }
    const form = pick(["Ltd", "Ltd", "plc", "LLP", "& Co", "& Sons Ltd"]);
    if (shape < 0.45) return `${pick(EN_LAST)} ${pick(EN_COMPANY_WORDS)} ${form}`;
    if (shape < 0.75)
      return `${pick(EN_PREFIXES)}${pick(["field", "bridge", "gate", "wood", "berg", "stone"])} ${pick(EN_COMPANY_WORDS)} ${form}`;
    return `${pick(EN_LAST)}, ${pick(EN_LAST)} & ${pick(EN_LAST)} ${form}`;
  }

  function correspondenceType(): string {
    const x = random();
    return x < 0.7 ? "Email" : x < 0.85 ? "Hard Copy" : "";
  }

  /** A "NEWS; XMAS" style list of min..max distinct codes, blank with probability pBlank. */
  function codeList(codes: readonly string[], min: number, max: number, pBlank: number): string {
    if (chance(pBlank)) return "";
    const count = int(min, max);
    const chosen: string[] = [];
    while (chosen.length < count) {
      const code = pick(codes);
      if (!chosen.includes(code)) chosen.push(code);
    }
    const cased = chosen.map((c) => (chance(0.03) ? c.toLowerCase() : c));
    const x = random();
    const separator = x < 0.8 ? "; " : x < 0.9 ? ";" : ", ";
    return cased.join(separator);
  }
}

/** ASCII e-mail local part / domain from a name: å ä → a, ö → o, é → e, lower case. */
function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, "");
}
