/**
 * Changes to the package's structure, each spliced into the part it concerns so that everything else in that part
 * (unknown elements and attributes, other programs' extensions) stays as written: a new worksheet (workbook,
 * relationships, content types), the cell styles our sheets use, and dropping the calculation chain Excel rebuilds.
 */
import { DomainError } from "../../domain/errors";
import { checkSheetName } from "../../app/store/excelLimits";
import type { BookParts } from "./bookParts";
import { directoryOf, REL_TYPE, relsPartOf } from "./workbookParts";
import {
  appendInside,
  applySplices,
  attribute,
  child,
  childrenOf,
  escapeAttribute,
  NS_PKG_REL,
  NS_REL,
  NS_TYPES,
  parseXml,
  prefixFor,
  qname,
  setAttribute,
  type Splice,
} from "./xml";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;

export function edit(book: BookParts, part: string, change: (xml: string) => string): void {
  const xml = book.pkg.text(part);
  if (xml === undefined) throw new DomainError(`${book.label}: the part ${part} is missing.`, "io");
  const changed = change(xml);
  // A part the edit leaves as it was (a table whose range already fits) keeps its bytes as read.
  if (changed === xml) return;
  book.pkg.set(part, changed);
  book.changed();
}

/** A part name not yet in the package: `${stem}${n}.xml`. */
export function freePartName(book: BookParts, stem: string): string {
  for (let n = 1; ; n++) if (!book.pkg.has(`${stem}${n}.xml`)) return `${stem}${n}.xml`;
}

/** The target as written by Excel: relative to the source's folder ("../tables/table1.xml"). */
function relativeTarget(sourceDir: string, target: string): string {
  const from = sourceDir.split("/").filter(Boolean);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Adds a relationship from `source` to `target`; returns its id. */
export function addRelationship(book: BookParts, source: string, type: string, target: string): string {
  const relsPart = relsPartOf(source);
  if (!book.pkg.has(relsPart)) book.pkg.set(relsPart, EMPTY_RELS);
  let id = "";
  edit(book, relsPart, (xml) => {
    const root = parseXml(xml);
    const taken = new Set(childrenOf(root, "Relationship", NS_PKG_REL).map((rel) => attribute(rel, "Id")));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    id = `rId${n}`;
    const relative = relativeTarget(directoryOf(source), target);
    const element = `<${qname(root, "Relationship")} Id="${id}" Type="${type}" Target="${escapeAttribute(relative)}"/>`;
    return applySplices(xml, [appendInside(xml, root, element)]);
  });
  return id;
}

export function addContentType(book: BookParts, part: string, contentType: string): void {
  edit(book, "[Content_Types].xml", (xml) => {
    const root = parseXml(xml);
    const exists = childrenOf(root, "Override", NS_TYPES).some(
      (o) => (attribute(o, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase(),
    );
    if (exists) return xml;
    return applySplices(xml, [
      appendInside(
        xml,
        root,
        `<${qname(root, "Override")} PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`,
      ),
    ]);
  });
}

/** Adds a worksheet part and its sheet entry at the end of the workbook; returns the part name. */
export function addWorksheet(book: BookParts, name: string, xml: string, state?: "veryHidden"): string {
  checkSheetName(name);
  const facts = book.workbook();
  const clash = facts.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new DomainError(
      `The workbook already has a sheet named "${clash.name}". Choose another name.`,
      "duplicate-sheet",
    );
  const dir = directoryOf(facts.part);
  const part = freePartName(book, `${dir ? `${dir}/` : ""}worksheets/sheet`);
  book.pkg.set(part, xml);
  addContentType(book, part, WORKSHEET_TYPE);
  const relId = addRelationship(book, facts.part, REL_TYPE.worksheet, part);
  edit(book, facts.part, (text) => {
    const root = parseXml(text);
    const sheets = child(root, "sheets");
    if (!sheets) throw new DomainError(`${book.label}: the workbook part has no sheets element.`, "io");
    const sheetId = Math.max(0, ...facts.sheets.map((s) => s.sheetId)) + 1;
    const relPrefix = prefixFor(root, NS_REL);
    const rid = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${NS_REL}" r:id="${relId}"`;
    const element = `<${qname(sheets, "sheet")} name="${escapeAttribute(name)}" sheetId="${sheetId}"${state ? ` state="${state}"` : ""} ${rid}/>`;
    return applySplices(text, [appendInside(text, sheets, element)]);
  });
  return part;
}

/** Sets or clears the very hidden state of a sheet entry. */
export function setSheetState(book: BookParts, sheetName: string, state: "veryHidden"): void {
  edit(book, book.workbook().part, (text) => {
    const root = parseXml(text);
    const sheets = child(root, "sheets");
    const entry = sheets && childrenOf(sheets, "sheet").find((s) => attribute(s, "name") === sheetName);
    return entry ? applySplices(text, [setAttribute(text, entry, "state", state)]) : text;
  });
}

/** The calculation chain lists formula cells; Excel rebuilds it, and a stale one makes Excel repair the book. */
export function dropCalcChain(book: BookParts): void {
  const facts = book.workbook();
  const rel = facts.rels.find((r) => r.type === REL_TYPE.calcChain);
  if (!rel?.part) return;
  book.pkg.remove(rel.part);
  edit(book, relsPartOf(facts.part), (xml) => {
    const root = parseXml(xml);
    const element = childrenOf(root, "Relationship", NS_PKG_REL).find((r) => attribute(r, "Id") === rel.id);
    return element ? applySplices(xml, [{ start: element.start, end: element.end, text: "" }]) : xml;
  });
  edit(book, "[Content_Types].xml", (xml) => {
    const root = parseXml(xml);
    const element = childrenOf(root, "Override", NS_TYPES).find(
      (o) => (attribute(o, "PartName") ?? "").toLowerCase() === `/${rel.part}`.toLowerCase(),
    );
    return element ? applySplices(xml, [{ start: element.start, end: element.end, text: "" }]) : xml;
  });
}

export interface OwnStyles {
  readonly header: number;
  readonly text: number;
  readonly date: number;
  readonly integer: number;
}

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>` +
  `<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const DATE_FORMAT = "yyyy-mm-dd";
const ownStyles = new WeakMap<BookParts, OwnStyles>();

/**
 * The cell styles the add-in's sheets use: a bold header, text ("@", so "=1+1" typed later stays text), yyyy-mm-dd
 * dates, whole numbers. Added once per save to the end of the styles part; existing styles keep their indexes.
 */
export function ensureOwnStyles(book: BookParts): OwnStyles {
  const known = ownStyles.get(book);
  if (known) return known;
  let part = book.stylesPart();
  if (!part) {
    const dir = directoryOf(book.workbook().part);
    part = `${dir ? `${dir}/` : ""}styles.xml`;
    book.pkg.set(part, MINIMAL_STYLES);
    addContentType(book, part, STYLES_TYPE);
    addRelationship(book, book.workbook().part, REL_TYPE.styles, part);
  }
  let styles: OwnStyles | undefined;
  edit(book, part, (xml) => {
    const root = parseXml(xml);
    const splices: Splice[] = [];
    const numFmts = child(root, "numFmts");
    const formats = numFmts ? childrenOf(numFmts, "numFmt") : [];
    let dateId = Number(
      formats.find((f) => attribute(f, "formatCode") === DATE_FORMAT) &&
        attribute(
          formats.find((f) => attribute(f, "formatCode") === DATE_FORMAT)!,
          "numFmtId",
        ),
    );
    if (!dateId) {
      dateId = Math.max(163, ...formats.map((f) => Number(attribute(f, "numFmtId") ?? 0))) + 1;
      const element = `<${qname(root, "numFmt")} numFmtId="${dateId}" formatCode="${DATE_FORMAT}"/>`;
      if (numFmts)
        splices.push(
          appendInside(xml, numFmts, element),
          setAttribute(xml, numFmts, "count", String(formats.length + 1)),
        );
      else
        splices.push({
          start: root.openEnd,
          end: root.openEnd,
          text: `<${qname(root, "numFmts")} count="1">${element}</${qname(root, "numFmts")}>`,
        });
    }
    const fonts = child(root, "fonts");
    const fontList = fonts ? childrenOf(fonts, "font") : [];
    if (!fonts || fontList.length === 0) throw new DomainError(`${book.label}: the styles part has no fonts.`, "io");
    const first = fontList[0];
    const firstXml = xml.slice(first.start, first.end);
    const boldFont = first.selfClosing
      ? `<${qname(first, "font")}><${qname(first, "b")}/></${qname(first, "font")}>`
      : `${xml.slice(first.start, first.openEnd)}<${qname(first, "b")}/>${firstXml.slice(first.openEnd - first.start)}`;
    splices.push(appendInside(xml, fonts, boldFont), setAttribute(xml, fonts, "count", String(fontList.length + 1)));
    const cellXfs = child(root, "cellXfs");
    if (!cellXfs) throw new DomainError(`${book.label}: the styles part has no cell formats.`, "io");
    const count = childrenOf(cellXfs, "xf").length;
    const xf = (numFmtId: number, fontId = 0) =>
      `<${qname(root, "xf")} numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}/>`;
    splices.push(
      appendInside(xml, cellXfs, xf(0, fontList.length) + xf(49) + xf(dateId) + xf(1)),
      setAttribute(xml, cellXfs, "count", String(count + 4)),
    );
    styles = { header: count, text: count + 1, date: count + 2, integer: count + 3 };
    return applySplices(xml, splices);
  });
  ownStyles.set(book, styles!);
  return styles!;
}

/** After a refused commit: the styles part is back as it was, so the styles must be added again. */
export function forgetOwnStyles(book: BookParts): void {
  ownStyles.delete(book);
}
