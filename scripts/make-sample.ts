/**
 * Writes assets/sample-contacts.xlsx: about 300 realistic contacts (companies and their people, independents,
 * industry and mailing groups, business relations, job responsibilities, a few excluded, Swedish and English
 * names). Seeded, so every run writes the same contacts.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { isoToSerial } from "../src/domain/contacts/column";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;
function some<T>(items: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  return [...new Set(Array.from({ length: count }, () => pick(items)))];
}

const COMPANIES: readonly [string, string, string][] = [
  ["Alpine Ltd", "GB", "London"],
  ["Björkman Bygg AB", "SE", "Umeå"],
  ["Blue Corp", "US", "Boston"],
  ["Cedar Inc", "US", "Denver"],
  ["Delta AB", "SE", "Göteborg"],
  ["Ekström & Söner AB", "SE", "Örebro"],
  ["Fjällgården Hotell AB", "SE", "Åre"],
  ["Granite Partners LLP", "GB", "Leeds"],
  ["Hallbergs Kafferosteri AB", "SE", "Malmö"],
  ["Iris Analytics Ltd", "GB", "Bristol"],
  ["Järnverket Svets AB", "SE", "Luleå"],
  ["Kestrel Logistics Ltd", "GB", "Glasgow"],
  ["Lindqvist Advokatbyrå KB", "SE", "Stockholm"],
  ["Maple & Oak Furniture", "GB", "York"],
  ["Norrsken Energi AB", "SE", "Kiruna"],
  ["Oakridge Dental Group", "US", "Austin"],
  ["Påhlssons Tryckeri AB", "SE", "Västerås"],
  ["Quayside Fisheries Ltd", "GB", "Aberdeen"],
  ["Rosendal Trädgård AB", "SE", "Uppsala"],
  ["Sterling Print Co", "GB", "Manchester"],
  ["Tallbacken Förskola AB", "SE", "Lund"],
  ["Umbra Studios Ltd", "GB", "Brighton"],
  ["Vågbrytaren Marin AB", "SE", "Karlskrona"],
  ["Westfield Tools Inc", "US", "Chicago"],
  ["Ängsbacka Mejeri AB", "SE", "Jönköping"],
  ["Östgöta Verkstad AB", "SE", "Linköping"],
  ["Harbour Lights Café", "GB", "Cardiff"],
  ["Sundström IT-konsult AB", "SE", "Sundsvall"],
  ["Pine Valley Outfitters", "US", "Portland"],
  ["Nordberg Fastigheter AB", "SE", "Gävle"],
  ["Redwood Health Clinic", "US", "Sacramento"],
  ["Solberga Golfklubb", "SE", "Helsingborg"],
  ["Thornbury Accountants", "GB", "Oxford"],
  ["Ölands Stenhuggeri AB", "SE", "Borgholm"],
  ["Brightwater Pools Ltd", "GB", "Exeter"],
  ["Kvarnby Bageri AB", "SE", "Malmö"],
  ["Summit Engineering Inc", "US", "Seattle"],
  ["Åkerlunds Åkeri AB", "SE", "Skövde"],
  ["Willow Creek Vets", "GB", "Bath"],
  ["Strandbergs Elektriska AB", "SE", "Kalmar"],
  ["Copperfield Media Ltd", "GB", "Birmingham"],
  ["Högberg Redovisning AB", "SE", "Växjö"],
];

const FIRST = {
  SE: [
    "Anna",
    "Erik",
    "Åsa",
    "Lars",
    "Karin",
    "Johan",
    "Maria",
    "Per",
    "Sofia",
    "Nils",
    "Ingrid",
    "Oskar",
    "Linnéa",
    "Björn",
    "Elin",
    "Göran",
    "Märta",
    "Ulf",
    "Sara",
    "Mikael",
  ],
  EN: [
    "James",
    "Olivia",
    "Harry",
    "Amelia",
    "George",
    "Emily",
    "Jack",
    "Isla",
    "Thomas",
    "Grace",
    "William",
    "Chloe",
    "Daniel",
    "Megan",
    "Samuel",
    "Lucy",
    "Michael",
    "Hannah",
    "David",
    "Ruby",
  ],
};
const LAST = {
  SE: [
    "Berg",
    "Lindberg",
    "Ölund",
    "Ström",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Åberg",
    "Sjöberg",
    "Lundqvist",
    "Ek",
    "Dahl",
    "Forsberg",
    "Holm",
    "Wikström",
    "Hedlund",
    "Björk",
    "Sandberg",
  ],
  EN: [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Greenberg",
    "Hughes",
    "Clarke",
    "Hall",
    "Wood",
    "Turner",
  ],
};

const INDUSTRY = ["RETAIL", "MANUF", "SERVICE", "HOSPITALITY", "FINANCE", "HEALTH", "CONSTRUCT", "IT"];
const RELATION = ["CUST", "VEND", "PROS", "PARTNER"];
const MAILING = ["NEWS", "XMAS", "EVENTS", "WEBINAR", "OFFERS"];
const JOBS = ["PURCH", "SALES", "CEO", "IT", "MARKETING", "FINANCE", "HR"];
const SALESPEOPLE = ["JO", "PS", "AK", "LM", ""];

const HEADER = [
  "No.",
  "Type",
  "Name",
  "Company No.",
  "Company Name",
  "Salesperson Code",
  "Correspondence Type",
  "Language Code",
  "E-Mail",
  "Phone No.",
  "City",
  "Country/Region Code",
  "Exclude from Segment",
  "Industry Groups",
  "Business Relations",
  "Mailing Groups",
  "Job Responsibilities",
  "Employees",
  "Last Contacted",
];

type Row = (string | number | boolean)[];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

function lastContacted(): number {
  const day = 1 + Math.floor(random() * 700);
  return isoToSerial("2024-12-01") + day;
}

function buildRows(): Row[] {
  const rows: Row[] = [];
  let next = 1;
  const no = () => `CT${String(next++).padStart(4, "0")}`;
  for (const [companyName, country, city] of COMPANIES) {
    const swedish = country === "SE";
    const companyNo = no();
    const domain = `${slug(companyName).slice(0, 14)}.${swedish ? "se" : country === "US" ? "com" : "co.uk"}`;
    const industries = some(INDUSTRY, 2);
    rows.push([
      companyNo,
      "Company",
      companyName,
      companyNo,
      companyName,
      pick(SALESPEOPLE),
      pick(["Email", "Hard Copy", ""]),
      swedish ? "SVE" : "",
      `info@${domain}`,
      swedish
        ? `+46 ${10 + Math.floor(random() * 80)} ${100 + Math.floor(random() * 900)} ${10 + Math.floor(random() * 90)}`
        : `+44 20 ${1000 + Math.floor(random() * 9000)} ${1000 + Math.floor(random() * 9000)}`,
      city,
      country,
      chance(0.05),
      industries.join("; "),
      some(RELATION, 1).join("; "),
      some(MAILING, 1).join("; "),
      "",
      5 + Math.floor(random() * 400),
      lastContacted(),
    ]);
    const people = 3 + Math.floor(random() * 5);
    for (let p = 0; p < people; p++) {
      const first = pick(swedish ? FIRST.SE : FIRST.EN);
      const last = pick(swedish ? LAST.SE : LAST.EN);
      rows.push([
        no(),
        "Person",
        `${first} ${last}`,
        companyNo,
        companyName,
        chance(0.3) ? "" : pick(SALESPEOPLE),
        pick(["Email", "Email", "Hard Copy", ""]),
        swedish ? "SVE" : chance(0.1) ? "DEU" : "",
        chance(0.85) ? `${slug(first)}.${slug(last)}@${domain}` : "",
        "",
        city,
        country,
        chance(0.06),
        "",
        "",
        some(MAILING, 2).join("; "),
        some(JOBS, 2).join("; "),
        "",
        chance(0.7) ? lastContacted() : "",
      ]);
    }
  }
  while (rows.length < 300) {
    const swedish = chance(0.5);
    const first = pick(swedish ? FIRST.SE : FIRST.EN);
    const last = pick(swedish ? LAST.SE : LAST.EN);
    rows.push([
      no(),
      "Person",
      `${first} ${last}`,
      "",
      "",
      pick(SALESPEOPLE),
      pick(["Email", "Hard Copy"]),
      swedish ? "SVE" : "",
      chance(0.9) ? `${slug(first)}.${slug(last)}@mail.example` : "",
      "",
      pick(["Stockholm", "Malmö", "London", "Dublin"]),
      swedish ? "SE" : "GB",
      chance(0.08),
      "",
      "",
      some(MAILING, 2).join("; "),
      "",
      "",
      chance(0.5) ? lastContacted() : "",
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const target = path.resolve(__dirname, "..", "..", "assets", "sample-contacts.xlsx");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Contacts", { views: [{ state: "frozen", ySplit: 3 }] });
  const title = sheet.getCell(1, 1);
  title.value = "Contacts exported from the CRM";
  title.font = { bold: true, size: 14 };
  const rows = buildRows();
  const headerRow = 3;
  HEADER.forEach((header, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = header;
    cell.font = { bold: true };
  });
  const lastContactedColumn = HEADER.indexOf("Last Contacted") + 1;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === undefined || value === null) return;
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      cell.value = value;
      if (c + 1 === lastContactedColumn) cell.numFmt = "yyyy-mm-dd";
    }),
  );
  HEADER.forEach((header, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, header.length + 2);
  });
  sheet.getColumn(3).width = 26;
  sheet.getColumn(5).width = 26;
  sheet.getColumn(9).width = 32;
  await workbook.xlsx.writeFile(target);
  console.log(`Wrote ${rows.length} contacts to ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
