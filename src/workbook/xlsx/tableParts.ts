import JSZip from "jszip";
import { columnLetters, parseRef } from "./packageParts";

/**
 * Excel tables for the dedicated sheets. xlsx-populate does not model tables, so after it writes the package we
 * add a table part for a sheet that has none, or move an existing table's last row to where the rows now end.
 */
export interface TableTarget {
  readonly sheetName: string;
  readonly tableName: string;
  readonly headerRow: number;
  /** Header texts of the table's columns, from column A, for a table that has to be created. */
  readonly headers: readonly string[];
  readonly rowCount: number;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

async function sheetPath(zip: JSZip, sheetName: string): Promise<string | undefined> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const sheetTag = (workbook.match(/<sheet\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "name") === escapeXml(sheetName));
  const rid = sheetTag && attribute(sheetTag, "r:id");
  const relTag = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "Id") === rid);
  const target = relTag && attribute(relTag, "Target");
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** The sheet's table parts: rId → part path. */
async function sheetTables(zip: JSZip, sheet: string): Promise<Map<string, string>> {
  const rels = (await text(zip, relsPathOf(sheet))) ?? "";
  const tables = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (attribute(tag, "Type") !== REL_TABLE) continue;
    const target = attribute(tag, "Target") ?? "";
    tables.set(attribute(tag, "Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\.\//, "")}`);
  }
  return tables;
}

function tableXml(id: number, target: TableTarget, ref: string): string {
  const columns = target.headers.map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(header)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${target.tableName}" displayName="${target.tableName}" ref="${ref}">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${target.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Adds or resizes the tables; returns the new package. */
export async function applyTables(data: Buffer, targets: readonly TableTarget[]): Promise<Buffer> {
  if (targets.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  const tableParts = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  let nextId = 1;
  const names = new Map<string, string>();
  for (const part of tableParts) {
    const tag = /<table\b[^>]*>/.exec((await text(zip, part)) ?? "")?.[0] ?? "";
    nextId = Math.max(nextId, Number(attribute(tag, "id") ?? 0) + 1);
    names.set((attribute(tag, "displayName") ?? attribute(tag, "name") ?? "").toLowerCase(), part);
  }
  let nextPart = tableParts.length + 1;
  for (const target of targets) {
    const sheet = await sheetPath(zip, target.sheetName);
    if (!sheet) continue;
    const lastRow = target.headerRow + Math.max(1, target.rowCount);
    const existing = names.get(target.tableName.toLowerCase());
    if (existing && [...(await sheetTables(zip, sheet)).values()].includes(existing)) {
      const xml = (await text(zip, existing)) ?? "";
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      if (Number(attribute(tag, "totalsRowCount") ?? 0) > 0) continue;
      const bounds = parseRef(attribute(tag, "ref") ?? "A1");
      const ref = `${columnLetters(bounds.startColumn)}${bounds.startRow}:${columnLetters(bounds.endColumn)}${lastRow}`;
      zip.file(existing, xml.replace(/(<table\b[^>]*\sref=")[^"]*"/, `$1${ref}"`).replace(/(<autoFilter\b[^>]*\sref=")[^"]*"/, `$1${ref}"`));
      continue;
    }
    // A name taken by a table elsewhere, or a header unfit for one: leave the sheet as a plain range.
    if (existing || target.headers.length === 0) continue;
    while (zip.file(`xl/tables/table${nextPart}.xml`)) nextPart++;
    const part = `xl/tables/table${nextPart}.xml`;
    const ref = `A${target.headerRow}:${columnLetters(target.headers.length)}${lastRow}`;
    zip.file(part, tableXml(nextId++, target, ref));
    names.set(target.tableName.toLowerCase(), part);
    await linkTable(zip, sheet, part);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function linkTable(zip: JSZip, sheet: string, part: string): Promise<void> {
  const relsPath = relsPathOf(sheet);
  let rels =
    (await text(zip, relsPath)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let n = 1;
  while (rels.includes(`Id="rIdTable${n}"`)) n++;
  const rid = `rIdTable${n}`;
  rels = rels.replace("</Relationships>", `<Relationship Id="${rid}" Type="${REL_TABLE}" Target="../tables/${part.slice(part.lastIndexOf("/") + 1)}"/></Relationships>`);
  zip.file(relsPath, rels);

  let xml = (await text(zip, sheet)) ?? "";
  if (!/xmlns:r=/.test(/<worksheet\b[^>]*>/.exec(xml)?.[0] ?? "")) {
    xml = xml.replace("<worksheet", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  const element = `<tablePart r:id="${rid}"/>`;
  if (/<tableParts\b/.test(xml)) {
    xml = xml.replace(/<tableParts count="(\d+)">/, (_, count) => `<tableParts count="${Number(count) + 1}">`).replace("</tableParts>", `${element}</tableParts>`);
  } else {
    // Schema order: tableParts comes last, before extLst.
    const at = xml.indexOf("<extLst");
    const block = `<tableParts count="1">${element}</tableParts>`;
    xml = at >= 0 ? xml.slice(0, at) + block + xml.slice(at) : xml.replace("</worksheet>", `${block}</worksheet>`);
  }
  zip.file(sheet, xml);

  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${part}" ContentType="${TABLE_TYPE}"/></Types>`));
}
