/**
 * The workbook's structure, found the way the package describes it: the root relationship to the workbook part,
 * the workbook's relationships to its sheets, styles and shared strings, each sheet's relationships to its tables.
 * Relationship targets may be relative or absolute (/xl/...); part names compare ignoring case.
 */
import { DomainError } from "../../domain/errors";
import {
  attribute,
  child,
  childrenOf,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  parseXml,
  STRICT_PREFIX,
  XmlFormatError,
  type XmlElement,
} from "./xml";
import type { XlsxPackage } from "./xlsxPackage";

export const REL_TYPE = {
  officeDocument: `${NS_REL}/officeDocument`,
  worksheet: `${NS_REL}/worksheet`,
  styles: `${NS_REL}/styles`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  table: `${NS_REL}/table`,
  calcChain: `${NS_REL}/calcChain`,
};

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name in the package (no leading slash); undefined for an external target. */
  readonly part?: string;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** Worksheet part; undefined for a chart sheet or a sheet whose part is missing. */
  readonly part?: string;
}

export interface PackageTable {
  readonly name: string;
  readonly sheetName: string;
  readonly part: string;
  /** A1 range including the header (and totals) rows. */
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

export function directoryOf(part: string): string {
  const at = part.lastIndexOf("/");
  return at < 0 ? "" : part.slice(0, at);
}

export function relsPartOf(part: string): string {
  const dir = directoryOf(part);
  const file = part.slice(part.lastIndexOf("/") + 1);
  return dir === "" ? `_rels/${file}.rels` : `${dir}/_rels/${file}.rels`;
}

/** A relationship target as a part name: absolute targets from the package root, relative ones from the source's folder. */
export function resolveTarget(pkg: XlsxPackage, sourceDir: string, target: string): string {
  const absolute = target.startsWith("/");
  const pieces = absolute ? [] : sourceDir.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") pieces.pop();
    else if (piece !== "." && piece !== "") pieces.push(piece);
  }
  const name = pieces.join("/");
  if (pkg.has(name)) return pkg.storedName(name)!;
  // Part names are URIs: a target may spell a character percent-encoded that the zip stores plainly, or the reverse.
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: the name as written.
  }
  return pkg.storedName(decoded) ?? pkg.storedName(encodeURI(decoded)) ?? name;
}

export function parsePart(pkg: XlsxPackage, part: string, label: string): XmlElement | undefined {
  const text = pkg.text(part);
  if (text === undefined) return undefined;
  try {
    return parseXml(text);
  } catch (error) {
    if (error instanceof XmlFormatError)
      throw new DomainError(`${label}: the part ${part} is not well-formed XML (${error.message}).`, "io");
    throw error;
  }
}

export function relationships(pkg: XlsxPackage, sourcePart: string, label: string): Relationship[] {
  const root = parsePart(pkg, relsPartOf(sourcePart), label);
  if (!root) return [];
  return childrenOf(root, "Relationship", NS_PKG_REL).map((rel) => {
    const target = attribute(rel, "Target") ?? "";
    const external = attribute(rel, "TargetMode") === "External";
    return {
      id: attribute(rel, "Id") ?? "",
      type: attribute(rel, "Type") ?? "",
      part: external ? undefined : resolveTarget(pkg, directoryOf(sourcePart), target),
    };
  });
}

/** The workbook part named by the package's root relationships (xl/workbook.xml in most books). */
export function workbookPart(pkg: XlsxPackage, label: string): string {
  const rels = relationships(pkg, "", label);
  const strict = rels.some((rel) => rel.type.startsWith(STRICT_PREFIX));
  if (strict) throw strictBook(label);
  const office = rels.find((rel) => rel.type === REL_TYPE.officeDocument);
  const part = office?.part ?? (pkg.has("xl/workbook.xml") ? pkg.storedName("xl/workbook.xml") : undefined);
  if (!part || !pkg.has(part))
    throw new DomainError(`${label} is not an .xlsx workbook: the package has no workbook part.`, "io");
  return part;
}

export function strictBook(label: string): DomainError {
  return new DomainError(
    `${label} is saved as Strict Open XML, which this command does not read. Save it in Excel as "Excel Workbook (.xlsx)" and try again.`,
    "io",
  );
}

export interface WorkbookFacts {
  readonly part: string;
  readonly root: XmlElement;
  readonly rels: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

export function readWorkbook(pkg: XlsxPackage, label: string): WorkbookFacts {
  const part = workbookPart(pkg, label);
  const root = parsePart(pkg, part, label)!;
  if (root.uri.startsWith(STRICT_PREFIX)) throw strictBook(label);
  if (root.uri !== NS_MAIN || root.local !== "workbook")
    throw new DomainError(`${label} is not an .xlsx workbook: ${part} holds no SpreadsheetML workbook.`, "io");
  const rels = relationships(pkg, part, label);
  const sheetsElement = child(root, "sheets");
  const sheets = (sheetsElement ? childrenOf(sheetsElement, "sheet") : []).map((sheet): SheetEntry => {
    const relId = attribute(sheet, "id", NS_REL) ?? "";
    const rel = rels.find((r) => r.id === relId);
    return {
      name: attribute(sheet, "name") ?? "",
      sheetId: Number(attribute(sheet, "sheetId") ?? 0),
      relId,
      state: attribute(sheet, "state") ?? "visible",
      part: rel?.type === REL_TYPE.worksheet && rel.part && pkg.has(rel.part) ? rel.part : undefined,
    };
  });
  const properties = child(root, "workbookPr");
  const flag = properties && attribute(properties, "date1904");
  return { part, root, rels, sheets, date1904: flag === "1" || flag === "true" };
}

/** Excel tables of every worksheet, in sheet order. */
export function readTables(pkg: XlsxPackage, sheets: readonly SheetEntry[], label: string): PackageTable[] {
  const tables: PackageTable[] = [];
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of relationships(pkg, sheet.part, label)) {
      if (rel.type !== REL_TYPE.table || !rel.part) continue;
      const root = parsePart(pkg, rel.part, label);
      if (!root) continue;
      tables.push({
        name: attribute(root, "displayName") ?? attribute(root, "name") ?? "",
        sheetName: sheet.name,
        part: rel.part,
        ref: attribute(root, "ref") ?? "",
        headerRowCount: Number(attribute(root, "headerRowCount") ?? "1"),
        totalsRowCount: Number(attribute(root, "totalsRowCount") ?? "0"),
      });
    }
  }
  return tables;
}

/** "B3:F40" → 1-based bounds. */
export function parseRef(ref: string): { startRow: number; startColumn: number; endRow: number; endColumn: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref);
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
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
