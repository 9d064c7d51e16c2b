#!/usr/bin/env node
/**
 * Regenerates test/fixtures/corpus/: contact books written by programs other than this project, from the sample
 * book's contacts. Needs LibreOffice (soffice), Debian's python3-openpyxl, and the exceljs and xlsx (SheetJS)
 * devDependencies. The generated books are committed, so tests never need these programs.
 *
 *   node scripts/make-corpus.mjs
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const JSZip = require("jszip");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "test/fixtures/corpus");
const sample = path.join(root, "assets/sample-contacts.xlsx");
const work = mkdtempSync(path.join(tmpdir(), "corpus-"));

/** The sample's header row and contacts (the sample has a title row and a blank row above the header). */
const sampleSheet = XLSX.readFile(sample).Sheets.Contacts;
const [headers, ...contacts] = XLSX.utils.sheet_to_json(sampleSheet, { header: 1, range: 2, defval: "" });
const col = (name) => headers.indexOf(name);
const DATE = col("Last Contacted");
const serialToDate = (serial) => new Date(Math.round((serial - 25569) * 86400000));
/** The first n contacts, as in the sample. */
const first = (n) => contacts.slice(0, n);

function soffice(args) {
  // A private profile, so a desktop LibreOffice of the same user neither interferes nor is changed.
  execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

function libreOfficeVersion() {
  return execFileSync("soffice", ["--version"]).toString().trim();
}

/** LibreOffice's CSV import of 120 contacts, saved as .xlsx (its booleans, its number recognition). */
function libreOfficeCsv() {
  // LibreOffice names the sheet after the file, as a user's contacts.csv would give a sheet "Contacts".
  const csv = path.join(work, "Contacts.csv");
  const quote = (v) => (typeof v === "string" && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
  const rows = [
    headers,
    ...first(120).map((row) =>
      row.map((v, i) =>
        i === DATE && v !== "" ? XLSX.SSF.format("yyyy-mm-dd", v) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v,
      ),
    ),
  ];
  writeFileSync(csv, rows.map((row) => row.map(quote).join(",")).join("\n") + "\n");
  // 44: comma, 34: quote, 76: UTF-8, from line 1, en-US, quoted fields not forced to text, special numbers (dates,
  // TRUE/FALSE) detected.
  soffice([
    "--infilter=CSV:44,34,76,1,,1033,false,true",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    work,
    csv,
  ]);
  copyFileSync(path.join(work, "Contacts.xlsx"), path.join(out, "libreoffice-csv.xlsx"));
}

/** LibreOffice opening the sample book (300 contacts, title rows above the header) and saving it again. */
function libreOfficeResave() {
  const copy = path.join(work, "libreoffice-resave.xlsx");
  const input = path.join(work, "in", "libreoffice-resave.xlsx");
  execFileSync("mkdir", ["-p", path.dirname(input)]);
  copyFileSync(sample, input);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work, input]);
  copyFileSync(copy, path.join(out, "libreoffice-resave.xlsx"));
}

/** exceljs: an Excel table over the contacts, shared strings, real dates, booleans, a hidden row, rich text. */
async function exceljs() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "exceljs";
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = workbook.addWorksheet("Contacts");
  const rows = first(80).map((row) =>
    row.map((v, i) => (i === DATE && v !== "" ? serialToDate(v) : v === "" ? null : v)),
  );
  sheet.addTable({
    name: "ContactTable",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  sheet.getColumn(DATE + 1).numFmt = "yyyy-mm-dd";
  // Rich text: the name of the first contact in two runs, one bold.
  const name = String(contacts[0][col("Name")]);
  sheet.getCell(2, col("Name") + 1).value = {
    richText: [{ font: { bold: true }, text: name.slice(0, 3) }, { text: name.slice(3) }],
  };
  sheet.getRow(6).hidden = true;
  await workbook.xlsx.writeFile(path.join(out, "exceljs.xlsx"));
}

/** SheetJS: the 1904 date system, strings as t="str" cells (no shared strings part), booleans, a hidden row. */
function sheetjs() {
  // Serials of the 1904 system: 1,462 days fewer for the same date. SheetJS 0.18 does not convert them itself.
  const rows = first(60).map((row) =>
    row.map((v, i) => (i === DATE && v !== "" ? { t: "n", v: v - 1462, z: "yyyy-mm-dd" } : v)),
  );
  const sheet = XLSX.utils.aoa_to_sheet([headers, ...rows]);
  sheet["!rows"] = [];
  sheet["!rows"][4] = { hidden: true };
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, "Contacts");
  workbook.Workbook = { WBProps: { date1904: true } };
  XLSX.writeFile(workbook, path.join(out, "sheetjs-1904.xlsx"), { bookSST: false, compression: true });
}

/** openpyxl (Debian's python3-openpyxl): an Excel table, hidden rows, booleans, datetimes. */
function openpyxl() {
  const data = path.join(work, "contacts.json");
  writeFileSync(data, JSON.stringify({ headers, rows: first(100), date: DATE }));
  execFileSync(
    "/usr/bin/python3",
    [path.join(root, "scripts/make-corpus-openpyxl.py"), data, path.join(out, "openpyxl.xlsx")],
    { stdio: "inherit" },
  );
}

const xmlText = (v) =>
  String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const colName = (i) =>
  (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26));

/**
 * The Open XML SDK's way (Business Central's and most .NET tools' exports): every SpreadsheetML element with the x:
 * prefix, inline strings, booleans as t="b", no shared strings part, no styles beyond a date format.
 */
async function openXmlSdk() {
  const S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const P = "http://schemas.openxmlformats.org/package/2006/relationships";
  const cell = (v, c, r) => {
    const ref = `${colName(c)}${r}`;
    if (v === "" || v === null || v === undefined) return "";
    if (typeof v === "boolean") return `<x:c r="${ref}" t="b"><x:v>${v ? 1 : 0}</x:v></x:c>`;
    if (typeof v === "number") return `<x:c r="${ref}"${c === DATE ? ' s="1"' : ""}><x:v>${v}</x:v></x:c>`;
    return `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${xmlText(v)}</x:t></x:is></x:c>`;
  };
  const rows = [headers, ...first(50)]
    .map((row, r) => `<x:row r="${r + 1}">${row.map((v, c) => cell(v, c, r + 1)).join("")}</x:row>`)
    .join("");
  const zip = new JSZip();
  const decl = '<?xml version="1.0" encoding="utf-8"?>';
  zip.file(
    "[Content_Types].xml",
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${decl}<Relationships xmlns="${P}"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1a2b3c4d"/></Relationships>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${decl}<Relationships xmlns="${P}"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R5e6f7a8b"/><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml" Id="R9c0d1e2f"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${decl}<x:workbook xmlns:r="${R}" xmlns:x="${S}"><x:sheets><x:sheet name="Contacts" sheetId="1" r:id="R5e6f7a8b"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/styles.xml",
    `${decl}<x:styleSheet xmlns:x="${S}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></x:numFmts><x:fonts count="1"><x:font/></x:fonts><x:fills count="1"><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf/><x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${decl}<x:worksheet xmlns:r="${R}" xmlns:x="${S}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
  );
  writeFileSync(
    path.join(out, "openxml-sdk.xlsx"),
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(Date.UTC(2025, 0, 1)) }),
  );
}

try {
  libreOfficeCsv();
  libreOfficeResave();
  await exceljs();
  sheetjs();
  openpyxl();
  await openXmlSdk();
  const versions = {
    libreoffice: libreOfficeVersion(),
    exceljs: require("exceljs/package.json").version,
    sheetjs: XLSX.version,
    openpyxl: execFileSync("/usr/bin/python3", ["-c", "import openpyxl; print(openpyxl.__version__)"])
      .toString()
      .trim(),
  };
  writeFileSync(path.join(out, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
  console.log(versions);
} finally {
  rmSync(work, { recursive: true, force: true });
}
