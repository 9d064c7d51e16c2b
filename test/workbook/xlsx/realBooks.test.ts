/**
 * Books the command did not write, built part by part with JSZip: Open XML SDK style (x: prefixes, inline strings,
 * absolute relationship targets, odd part names), LibreOffice's constant formulas without results, error cells,
 * 1904 dates, rich text; and what a write must leave alone.
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { loadContacts } from "../../../src/app/store/contactSource";
import { XlsxBook } from "../../../src/workbook/xlsx/xlsxBook";
import { bytes, segments } from "../../support/cli";
import { SMALL_CONTACTS } from "../../support/smallContacts";
import { INTERACTION_LOG, SEGMENT_LINES } from "../../../src/app/store/sheetSpecs";
import { tempDir } from "../../support/workbooks";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "en", userId: "test" };

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const letters = (column: number) => String.fromCharCode(64 + column);

/** A cell as the Open XML SDK writes one: prefixed, text as an inline string. */
function sdkCell(ref: string, value: unknown): string {
  if (value === "" || value === undefined || value === null) return "";
  if (typeof value === "number") return `<x:c r="${ref}"><x:v>${value}</x:v></x:c>`;
  if (typeof value === "boolean") return `<x:c r="${ref}" t="b"><x:v>${value ? 1 : 0}</x:v></x:c>`;
  const text = String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
}

interface HandBook {
  /** Cells of the contact sheet as XML of <row> elements (prefix x). */
  readonly rows: string;
  readonly date1904?: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly extraParts?: Record<string, string>;
}

/** An Open XML SDK style package: x: prefixes, absolute targets, a workbook part not named workbook.xml. */
async function handBook(file: string, spec: HandBook): Promise<string> {
  const zip = new JSZip();
  const overrides = [
    ["/xl/wb.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ["/xl/worksheets/Kontakter.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
    ["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
    ...(spec.sharedStrings
      ? [["/xl/strings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"]]
      : []),
  ];
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="${REL}/officeDocument" Target="/xl/wb.xml" Id="R0a1"/></Relationships>`,
  );
  zip.file(
    "xl/_rels/wb.xml.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/Kontakter.xml" Id="R1"/><Relationship Type="${REL}/styles" Target="styles.xml" Id="R2"/>${spec.sharedStrings ? `<Relationship Type="${REL}/sharedStrings" Target="./strings.xml" Id="R3"/>` : ""}</Relationships>`,
  );
  zip.file(
    "xl/wb.xml",
    `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}">${spec.date1904 ? '<x:workbookPr date1904="1"/>' : ""}<x:sheets><x:sheet name="Contacts" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/styles.xml",
    spec.styles ??
      `<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></x:numFmts><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
  );
  if (spec.sharedStrings) zip.file("xl/strings.xml", spec.sharedStrings);
  zip.file(
    "xl/worksheets/Kontakter.xml",
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${spec.rows}</x:sheetData></x:worksheet>`,
  );
  for (const [name, xml] of Object.entries(spec.extraParts ?? {})) zip.file(name, xml);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

function sdkRows(values: readonly (readonly unknown[])[]): string {
  return values
    .map(
      (row, r) =>
        `<x:row r="${r + 1}">${row.map((value, c) => sdkCell(`${letters(c + 1)}${r + 1}`, value)).join("")}</x:row>`,
    )
    .join("");
}

async function contactsOf(file: string) {
  const book = await XlsxBook.open(file);
  return { book, input: await book.readContactSheet({}) };
}

/** Each zip entry's uncompressed bytes. */
async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const map = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) map.set(name, await zip.file(name)!.async("nodebuffer"));
  return map;
}

describe("an Open XML SDK style book", () => {
  it("reads its contacts: x: prefixes, inline strings, absolute and ./ relative targets, an odd workbook part name", async () => {
    const file = await handBook(path.join(dir, "sdk.xlsx"), { rows: sdkRows(SMALL_CONTACTS) });
    const { book, input } = await contactsOf(file);
    expect(input.sheetName).toBe("Contacts");
    expect(input.firstRow).toBe(1);
    expect(input.values[2][0]).toBe("No.");
    expect(input.values[8]).toEqual([
      "K6",
      "Person",
      "=1+1 Åsa Ölund",
      "",
      "",
      "",
      "Email",
      "asa@mail",
      false,
      "",
      "NEWS",
      "",
    ]);
    const { table } = await loadContacts(book, ctx);
    expect(table.rowCount).toBe(7);
  });

  it("goes through init, create, add and log with the right counts, and every part it did not need stays byte for byte", async () => {
    const extra = {
      "xl/webextensions/webextension1.xml": `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A1F2C77-0000-4000-8000-000000000001}"/>`,
      "customXml/item1.xml": "<data>kept</data>",
      "docProps/app.xml": "<Properties/>",
    };
    const file = await handBook(path.join(dir, "sdk.xlsx"), { rows: sdkRows(SMALL_CONTACTS), extraParts: extra });
    const before = await entries(file);
    expect((await segments("init", file)).code).toBe(0);
    expect(
      (await segments("create", file, "--description", "Spring", "--template", "EMAIL", "--salesperson", "JO")).stdout,
    ).toBe("SEG00001");
    const add = await segments("add", file, "SEG00001", "--where", "Mailing Groups=NEWS");
    expect(add.code).toBe(0);
    // exceljs cannot read a prefixed book either: the rows are read back through the gateway.
    const lines = await (await XlsxBook.open(file)).readRows<{ contactNo: string }>(SEGMENT_LINES);
    expect(lines.map((row) => row.record.contactNo).sort()).toEqual(["K2", "K3", "K6"]);
    const log = await segments("log", file, "SEG00001", "--workdate", "2025-03-01");
    expect(log).toMatchObject({ code: 0, stderr: "" });
    expect(await (await XlsxBook.open(file)).readRows(INTERACTION_LOG)).toHaveLength(3);
    const after = await entries(file);
    const changed = ["[Content_Types].xml", "xl/_rels/wb.xml.rels", "xl/wb.xml", "xl/styles.xml"];
    for (const [name, data] of before) {
      expect(after.has(name)).toBe(true);
      if (!changed.includes(name)) expect({ name, same: after.get(name)!.equals(data) }).toEqual({ name, same: true });
    }
    // Sheets added to a prefixed workbook are written with its prefix.
    expect(after.get("xl/wb.xml")!.toString()).toMatch(/<x:sheet name="Segment Lines" sheetId="\d+" r:id="rId\d+"\/>/);
  });
});

describe("formulas and errors", () => {
  const header = ["No.", "Type", "Name", "Company No.", "Exclude from Segment", "Employees"];
  const rows = (cells: string) =>
    sdkRows([header]) +
    `<x:row r="2">${sdkCell("A2", "K1")}${sdkCell("B2", "Company")}${sdkCell("C2", "Alpine")}${sdkCell("D2", "K1")}${cells}</x:row>`;

  it("reads LibreOffice's constant formulas without a stored result as their value", async () => {
    const file = await handBook(path.join(dir, "lo.xlsx"), {
      rows: rows(`<x:c r="E2" t="b"><x:f>TRUE()</x:f></x:c><x:c r="F2"><x:f>120</x:f></x:c>`),
    });
    const { input } = await contactsOf(file);
    expect(input.values[1].slice(4)).toEqual([true, 120]);
    expect(input.unresolvedCells).toBeUndefined();
  });

  it("uses stored results (b, str, e) and lists a formula without one, its cell blank", async () => {
    const file = await handBook(path.join(dir, "f.xlsx"), {
      rows:
        sdkRows([[...header, "Note", "Err"]]) +
        `<x:row r="2">${sdkCell("A2", "K1")}<x:c r="B2" t="str"><x:f>"Com"&amp;"pany"</x:f><x:v>Company</x:v></x:c>${sdkCell("C2", "Alpine")}${sdkCell("D2", "K1")}` +
        `<x:c r="E2" t="b"><x:f>1=1</x:f><x:v>1</x:v></x:c><x:c r="F2"><x:f>A1+1</x:f></x:c><x:c r="G2" t="str"><x:f>"a""b"</x:f></x:c><x:c r="H2" t="e"><x:v>#N/A</x:v></x:c></x:row>`,
    });
    const { input } = await contactsOf(file);
    expect(input.values[1]).toEqual(["K1", "Company", "Alpine", "K1", true, "", 'a"b', "#N/A"]);
    expect(input.unresolvedCells).toEqual([{ row: 1, column: 5 }]);
  });

  it("reads a LibreOffice TRUE() in the Interaction Log's Canceled column as canceled", async () => {
    const file = await handBook(path.join(dir, "log.xlsx"), { rows: sdkRows(SMALL_CONTACTS) });
    await segments("init", file);
    await segments("create", file, "--description", "Spring", "--template", "EMAIL", "--salesperson", "JO");
    await segments("add", file, "SEG00001", "--where", "No.=K2");
    expect((await segments("log", file, "SEG00001")).code).toBe(0);
    // Canceled is column Y of the Interaction Log; make row 2's a formula without a result, as LibreOffice saves it.
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const wb = await zip.file("xl/wb.xml")!.async("string");
    const rels = await zip.file("xl/_rels/wb.xml.rels")!.async("string");
    const rid = /<x:sheet name="Interaction Log" sheetId="\d+" r:id="(rId\d+)"/.exec(wb)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const written = target[1] ?? target[2];
    const part = written.startsWith("/") ? written.slice(1) : `xl/${written}`;
    const xml = await zip.file(part)!.async("string");
    const edited = xml.replace(/<c r="Y2"[^>]*>.*?<\/c>/, '<c r="Y2" t="b"><f>TRUE()</f></c>');
    expect(edited).not.toBe(xml);
    zip.file(part, edited);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const entriesRun = await segments("entries", file, "--json");
    expect(entriesRun.code).toBe(0);
    expect(JSON.parse(entriesRun.stdout)[0]).toMatchObject({ canceled: true });
  });
});

describe("dates, rich text, hidden rows", () => {
  it("moves a 1904 book's date serials to the 1900 system and reads rich text and shared strings as plain text", async () => {
    const strings =
      `<?xml version="1.0" encoding="utf-8"?><sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>No.</t></si>` +
      `<si><r><rPr><b/></rPr><t>Al</t></r><r><t xml:space="preserve">pine </t></r><r><t>Ltd</t></r><rPh sb="0" eb="1"><t>ア</t></rPh></si><si><t>Since</t></si></sst>`;
    const file = await handBook(path.join(dir, "d.xlsx"), {
      date1904: true,
      sharedStrings: strings,
      rows: `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>2</x:v></x:c></x:row><x:row r="2" hidden="1"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" s="1"><x:v>100</x:v></x:c></x:row>`,
    });
    const { input } = await contactsOf(file);
    expect(input.values).toEqual([
      ["No.", "Since"],
      ["Alpine Ltd", 1562],
    ]);
    expect(input.numberFormats).toEqual([undefined, "yyyy\\-mm\\-dd"]);
    expect([...(input.hiddenRows ?? [])]).toEqual([2]);
  });
});

describe("books that cannot be read say why", () => {
  const refused = async (name: string, data: Buffer | string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    return (await segments("contacts", file)).stderr;
  };

  it("not a zip, encrypted, .xls, Strict Open XML, no workbook part", async () => {
    expect(await refused("a.xlsx", "Name,E-Mail\n")).toMatch(/is not an .xlsx workbook: it is not a zip package/);
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(await refused("b.xls", ole)).toMatch(/old-format Excel workbook \(\.xls\)/);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 512);
    expect(await refused("c.xlsx", ole)).toMatch(/is encrypted/);
    const strict = new JSZip();
    strict.file(
      "_rels/.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    strict.file("xl/workbook.xml", `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>`);
    expect(await refused("d.xlsx", await strict.generateAsync({ type: "nodebuffer" }))).toMatch(/Strict Open XML/);
    const empty = new JSZip();
    empty.file("hello.txt", "hi");
    expect(await refused("e.xlsx", await empty.generateAsync({ type: "nodebuffer" }))).toMatch(/has no workbook part/);
  });
});

describe("Excel's limits and the add-in's own sheets", () => {
  it("refuses a Mailing Groups cell over 32,767 characters, naming the contact and column, and writes nothing", async () => {
    const long = "G".repeat(32_760);
    const values = SMALL_CONTACTS.map((row, r) => (r === 4 ? row.map((v, c) => (c === 10 ? long : v)) : row));
    const file = await handBook(path.join(dir, "long.xlsx"), { rows: sdkRows(values) });
    await segments("init", file);
    await segments("create", file, "--description", "Spring", "--template", "EMAIL", "--salesperson", "JO");
    await segments("add", file, "SEG00001", "--where", "No.=K2");
    const before = await bytes(file);
    const run = await segments("apply-mailing-group", file, "SEG00001", "--group", "LONGCODE");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Contact K2: its Mailing Groups would hold 32,770 characters .*at most 32,767/);
    expect((await bytes(file)).equals(before)).toBe(true);
  });

  it("refuses the add-in's own sheets as contacts by name", async () => {
    const file = await handBook(path.join(dir, "own.xlsx"), { rows: sdkRows(SMALL_CONTACTS) });
    await segments("init", file);
    await segments("create", file, "--description", "Spring", "--template", "EMAIL", "--salesperson", "JO");
    const add = await segments("add", file, "SEG00001", "--where", "No.=K2", "--contacts", "Segments");
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/"Segments" is one of the add-in's own sheets and cannot hold contacts/);
    const use = await segments("contacts", file, "--use", "interaction log");
    expect(use.stderr).toMatch(/"interaction log" is one of the add-in's own sheets/);
  });
});
