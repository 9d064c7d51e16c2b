/**
 * Package XML through saxes, a namespace-aware streaming parser: elements are matched by namespace URI and local
 * name, so a book written with prefixes (`<x:worksheet>`, as the Open XML SDK writes) reads like any other. Small
 * parts become a light tree that remembers where each element sits in the text, so a change can be spliced into the
 * part and everything else in it stays as it was.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const STRICT_PREFIX = "http://purl.oclc.org/ooxml/";

export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** The prefix written on the element ("" for none), so an inserted sibling can be written alike. */
  readonly prefix: string;
  /** Attributes by local name (namespaced attributes by "{uri}local"). */
  readonly attributes: ReadonlyMap<string, string>;
  /** In-scope namespace declarations written on this element: prefix → uri. */
  readonly declarations: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  /** Offset of the '<' of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's '>'. */
  readonly openEnd: number;
  /** Offset just after the end tag (openEnd for an empty element written <a/>). */
  end: number;
  readonly selfClosing: boolean;
}

export class XmlFormatError extends Error {}

/** A parser that reports well-formedness errors as XmlFormatError. */
export function xmlParser(): SaxesParser<{ xmlns: true; position: true }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on("error", (error) => {
    throw new XmlFormatError(error.message);
  });
  return parser;
}

/**
 * A parser without saxes's namespace processing, for the large streamed parts; namespaces.ts resolves their names.
 * Well-formedness errors are still reported, as XmlFormatError.
 */
export function plainXmlParser(): SaxesParser<{ xmlns: false; position: true }> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on("error", (error) => {
    throw new XmlFormatError(error.message);
  });
  return parser;
}

function attributesOf(tag: SaxesTagNS): Map<string, string> {
  const map = new Map<string, string>();
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
    map.set(attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local, attribute.value);
  }
  return map;
}

/** The whole part as a tree. For small parts only; worksheets and shared strings are streamed. */
export function parseXml(xml: string): XmlElement {
  const parser = xmlParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attributes: attributesOf(tag),
      declarations: new Map(Object.entries(tag.ns)),
      children: [],
      text: "",
      start: xml.lastIndexOf("<", openEnd - 1),
      openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (element && !element.selfClosing) element.end = parser.position;
  });
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(xml).close();
  if (!root) throw new XmlFormatError("no root element");
  return root;
}

export function child(element: XmlElement, local: string, uri: string = element.uri): XmlElement | undefined {
  return element.children.find((c) => c.local === local && c.uri === uri);
}

export function childrenOf(element: XmlElement, local: string, uri: string = element.uri): XmlElement[] {
  return element.children.filter((c) => c.local === local && c.uri === uri);
}

export function attribute(element: XmlElement, local: string, uri?: string): string | undefined {
  return element.attributes.get(uri ? `{${uri}}${local}` : local);
}

/** The prefix bound to `uri` on the root element, if any ("" for the default namespace). */
export function prefixFor(root: XmlElement, uri: string): string | undefined {
  for (const [prefix, bound] of root.declarations) if (bound === uri) return prefix;
  return undefined;
}

/** The qualified name for a new element in the same namespace and with the same prefix as `like`. */
export function qname(like: XmlElement, local: string): string {
  return like.prefix ? `${like.prefix}:${local}` : local;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** A change to a part's text: replace [start, end) with `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices; inserts at the same offset keep their order. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const pieces: string[] = [];
  let at = 0;
  for (const splice of sorted) {
    pieces.push(xml.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}

/** Replaces the value of an attribute written in the start tag of `element` (or adds it). */
export function setAttribute(xml: string, element: XmlElement, name: string, value: string): Splice {
  const tag = xml.slice(element.start, element.openEnd);
  // The attribute's own name, preceded by white space and followed by =: the tag is well-formed, so this is it.
  const found = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`).exec(tag);
  if (found) {
    const at = element.start + found.index;
    return { start: at, end: at + found[0].length, text: ` ${name}="${escapeAttribute(value)}"` };
  }
  const close = tag.endsWith("/>") ? element.openEnd - 2 : element.openEnd - 1;
  return { start: close, end: close, text: ` ${name}="${escapeAttribute(value)}"` };
}

/** Inserts `text` as the last children of `element`, turning <a/> into <a>…</a> when needed. */
export function appendInside(xml: string, element: XmlElement, text: string): Splice {
  if (element.selfClosing) {
    const tag = xml.slice(element.start, element.openEnd - 2);
    return { start: element.start, end: element.openEnd, text: `${tag}>${text}</${qname(element, element.local)}>` };
  }
  const close = xml.lastIndexOf("</", element.end - 1);
  return { start: close, end: close, text };
}

// Control characters XML 1.0 cannot carry, and Excel's own escape pattern (kept literal by escaping its underscore).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/g;

/** Text as Excel stores it: characters XML cannot carry as _xHHHH_, and a literal _xHHHH_ kept literal. */
export function encodeXstring(text: string): string {
  return text.replace(XML_INVALID, (match) =>
    match.length === 1 ? `_x${match.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_` : `_x005F${match}`,
  );
}

/** The reverse of encodeXstring: Excel's _xHHHH_ escapes back to characters. */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
