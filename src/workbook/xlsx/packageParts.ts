import JSZip from "jszip";

/**
 * What the xlsx package holds beyond what xlsx-populate models: its part list (so a write that would lose the
 * add-in's binding, a chart or a pivot table is refused), Excel tables, and hidden rows.
 */
export interface PackageTable {
  readonly name: string;
  readonly sheetName: string;
  /** Part path, e.g. xl/tables/table1.xml. */
  readonly path: string;
  /** A1 range including the header (and totals) rows. */
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

export interface PackageInfo {
  readonly parts: readonly string[];
  readonly tables: readonly PackageTable[];
  /** Sheet name → path of its worksheet part. */
  readonly sheetPaths: ReadonlyMap<string, string>;
  readonly zip: JSZip;
}

/** Parts xlsx-populate drops that Excel rebuilds on its own: losing them loses nothing. */
const REBUILT_BY_EXCEL = new Set(["xl/calcChain.xml"]);

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]) : undefined;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseDir.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, relsPath: string, baseDir: string): Promise<Map<string, string>> {
  const xml = await zip.file(relsPath)?.async("string");
  const map = new Map<string, string>();
  if (!xml) return map;
  for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target && attr(tag, "TargetMode") !== "External") map.set(id, resolveTarget(baseDir, target));
  }
  return map;
}

export async function readPackage(data: Buffer): Promise<PackageInfo> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((path) => !zip.files[path].dir);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const workbookRels = await relationships(zip, "xl/_rels/workbook.xml.rels", "xl");
  const sheetPaths = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const rid = attr(tag, "r:id");
    const path = rid ? workbookRels.get(rid) : undefined;
    if (name && path) sheetPaths.set(name, path);
  }
  const tables: PackageTable[] = [];
  for (const [sheetName, sheetPath] of sheetPaths) {
    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const file = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
    const rels = await relationships(zip, `${dir}/_rels/${file}.rels`, dir);
    for (const path of rels.values()) {
      if (!/tables\/[^/]+\.xml$/.test(path)) continue;
      const xml = (await zip.file(path)?.async("string")) ?? "";
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      tables.push({
        name: attr(tag, "displayName") ?? attr(tag, "name") ?? "",
        sheetName,
        path,
        ref: attr(tag, "ref") ?? "",
        headerRowCount: Number(attr(tag, "headerRowCount") ?? "1"),
        totalsRowCount: Number(attr(tag, "totalsRowCount") ?? "0"),
      });
    }
  }
  return { parts, tables, sheetPaths, zip };
}

/** Rows (1-based) marked hidden in a worksheet part: hidden and filtered rows still count as contacts. */
export async function hiddenRows(info: PackageInfo, sheetName: string): Promise<Set<number>> {
  const path = info.sheetPaths.get(sheetName);
  const xml = path ? ((await info.zip.file(path)?.async("string")) ?? "") : "";
  const rows = new Set<number>();
  for (const tag of xml.match(/<row\b[^>]*>/g) ?? []) {
    if (attr(tag, "hidden") === "1" || attr(tag, "hidden") === "true") rows.add(Number(attr(tag, "r")));
  }
  return rows;
}

/** Parts of `before` missing from `after`, except those Excel rebuilds itself. */
export function lostParts(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((part) => !kept.has(part) && !REBUILT_BY_EXCEL.has(part));
}

/** "B3:F40" → 1-based bounds. */
export function parseRef(ref: string): { startRow: number; startColumn: number; endRow: number; endColumn: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!match) throw new Error(`Not a cell range: ${ref}`);
  const startColumn = columnNumber(match[1]);
  const startRow = Number(match[2]);
  return {
    startRow,
    startColumn,
    endRow: match[4] ? Number(match[4]) : startRow,
    endColumn: match[3] ? columnNumber(match[3]) : startColumn,
  };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
