/**
 * Excel tables: one for each dedicated sheet (created when missing, its last row moved to where the rows now end),
 * and a contact table that takes in an added Mailing Groups column. Each change is spliced into the table part.
 */
import type { BookParts } from "./bookParts";
import { columnLetters, parsePart, parseRef, REL_TYPE } from "./workbookParts";
import { addContentType, addRelationship, edit, freePartName } from "./workbookEdits";
import {
  appendInside,
  applySplices,
  attribute,
  child,
  childrenOf,
  escapeAttribute,
  NS_MAIN,
  NS_REL,
  parseXml,
  prefixFor,
  qname,
  setAttribute,
  type Splice,
} from "./xml";

export interface TableTarget {
  readonly sheetName: string;
  readonly tableName: string;
  readonly headerRow: number;
  /** Header texts of the table's columns, from column A, for a table that has to be created. */
  readonly headers: readonly string[];
  readonly rowCount: number;
}

const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

function tableXml(id: number, target: TableTarget, ref: string): string {
  const columns = target.headers
    .map((header, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(header)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${target.tableName}" displayName="${target.tableName}" ref="${ref}">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${target.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Sets the table's ref and its autoFilter's. */
function moveRef(xml: string, ref: string): string {
  const root = parseXml(xml);
  const splices: Splice[] = [setAttribute(xml, root, "ref", ref)];
  const filter = child(root, "autoFilter");
  if (filter) splices.push(setAttribute(xml, filter, "ref", ref));
  return applySplices(xml, splices);
}

/** Adds or resizes the tables of the dedicated sheets written. */
export function applyTables(book: BookParts, targets: readonly TableTarget[]): void {
  for (const target of targets) {
    const sheet = book.workbook().sheets.find((s) => s.name === target.sheetName);
    if (!sheet?.part) continue;
    const lastRow = target.headerRow + Math.max(1, target.rowCount);
    const existing = book.tables().find((t) => t.name.toLowerCase() === target.tableName.toLowerCase());
    if (existing && existing.sheetName === sheet.name) {
      if (existing.totalsRowCount > 0) continue;
      const bounds = parseRef(existing.ref);
      const ref = `${columnLetters(bounds.startColumn)}${bounds.startRow}:${columnLetters(bounds.endColumn)}${lastRow}`;
      edit(book, existing.part, (xml) => moveRef(xml, ref));
      continue;
    }
    // A name taken by a table elsewhere, or a header unfit for one: leave the sheet as a plain range.
    if (existing || target.headers.length === 0) continue;
    const ids = book.tables().map((t) => Number(attribute(parsePart(book.pkg, t.part, book.label)!, "id") ?? 0));
    const part = freePartName(book, "xl/tables/table");
    const ref = `A${target.headerRow}:${columnLetters(target.headers.length)}${lastRow}`;
    book.pkg.set(part, tableXml(Math.max(0, ...ids) + 1, target, ref));
    addContentType(book, part, TABLE_TYPE);
    const relId = addRelationship(book, sheet.part, REL_TYPE.table, part);
    edit(book, sheet.part, (xml) => linkTable(xml, relId));
  }
}

/** Adds a tablePart to the worksheet: into its tableParts, else a new tableParts at its place (last, before extLst). */
function linkTable(xml: string, relId: string): string {
  const root = parseXml(xml);
  const relPrefix = prefixFor(root, NS_REL);
  const rid = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${NS_REL}" r:id="${relId}"`;
  const element = `<${qname(root, "tablePart")} ${rid}/>`;
  const parts = child(root, "tableParts");
  if (parts) {
    const count = childrenOf(parts, "tablePart").length + 1;
    return applySplices(xml, [appendInside(xml, parts, element), setAttribute(xml, parts, "count", String(count))]);
  }
  const block = `<${qname(root, "tableParts")} count="1">${element}</${qname(root, "tableParts")}>`;
  const extLst = child(root, "extLst");
  if (extLst) return applySplices(xml, [{ start: extLst.start, end: extLst.start, text: block }]);
  return applySplices(xml, [appendInside(xml, root, block)]);
}

/** Widens the table by a new last column named `header`: ref, autoFilter and a tableColumn. */
export function growTable(book: BookParts, part: string, header: string): void {
  edit(book, part, (xml) => {
    const root = parseXml(xml);
    const widen = (ref: string) => {
      const b = parseRef(ref);
      return `${columnLetters(b.startColumn)}${b.startRow}:${columnLetters(b.endColumn + 1)}${b.endRow}`;
    };
    const splices: Splice[] = [setAttribute(xml, root, "ref", widen(attribute(root, "ref") ?? "A1"))];
    const filter = child(root, "autoFilter");
    if (filter) splices.push(setAttribute(xml, filter, "ref", widen(attribute(filter, "ref") ?? "A1")));
    const columns = child(root, "tableColumns");
    if (columns) {
      const list = childrenOf(columns, "tableColumn");
      const id = Math.max(0, ...list.map((c) => Number(attribute(c, "id") ?? 0))) + 1;
      splices.push(
        appendInside(xml, columns, `<${qname(columns, "tableColumn")} id="${id}" name="${escapeAttribute(header)}"/>`),
        setAttribute(xml, columns, "count", String(list.length + 1)),
      );
    }
    return applySplices(xml, splices);
  });
}
