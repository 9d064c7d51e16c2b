/**
 * Namespaces for the streamed parts (worksheets, shared strings), tracked here rather than by saxes: its namespace
 * processing builds an object per attribute and resolves every name on every element, a third of the parse of a
 * 37 MB contact sheet. Parts declare their namespaces on the root element, so a name is resolved once per scope and
 * then looked up, as the number of the reader's element it is. Elements still match by namespace URI and local name:
 * `<x:c>` under xmlns:x reads as `<c>` (docs/decisions.md §D33).
 */
import type { SaxesParser } from "saxes";
import { XmlFormatError } from "./xml";

interface Scope {
  /** prefix ("" for the default namespace) → URI. */
  readonly bindings: ReadonlyMap<string, string>;
  /** Qualified names already resolved in this scope, to their element number (-1: not one the reader wants). */
  readonly names: Map<string, number>;
  /** The depth of the element that declared this scope. */
  readonly depth: number;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

export class NamespaceScopes {
  private readonly scopes: Scope[] = [
    {
      bindings: new Map([
        ["xml", XML_NAMESPACE],
        ["xmlns", XMLNS_NAMESPACE],
      ]),
      names: new Map(),
      depth: 0,
    },
  ];
  private depth = 0;
  private scope: Scope = this.scopes[0];
  /** The element being read declares a namespace: told by saxes's attribute event, far cheaper than looking. */
  private declaring = false;

  /**
   * The reader wants the elements `locals` of namespace `uri`; open and close name them by their index there.
   */
  constructor(
    parser: SaxesParser<{ xmlns: false; position: true }>,
    private readonly uri: string,
    private readonly locals: readonly string[],
  ) {
    parser.on("attribute", (attribute) => {
      if (attribute.name.startsWith("xmlns")) this.declaring = true;
    });
  }

  /**
   * Enters an element: its namespace declarations, then its element number (-1 for any other element). An unbound
   * prefix is not well-formed.
   */
  open(name: string, attributes: Readonly<Record<string, string>>): number {
    this.depth++;
    if (this.declaring) {
      this.declaring = false;
      this.declare(attributes);
    }
    return this.scope.names.get(name) ?? this.resolve(name);
  }

  /** Leaves the element last opened, named as it was opened (saxes reports a self-closing element's close too). */
  close(name: string): number {
    const resolved = this.scope.names.get(name) ?? this.resolve(name);
    if (this.scope.depth === this.depth) {
      this.scopes.pop();
      this.scope = this.scopes[this.scopes.length - 1];
    }
    this.depth--;
    return resolved;
  }

  private declare(attributes: Readonly<Record<string, string>>): void {
    const bindings = new Map(this.scope.bindings);
    for (const attribute in attributes) {
      if (attribute === "xmlns") bindings.set("", attributes[attribute]);
      else if (attribute.startsWith("xmlns:")) bindings.set(attribute.slice(6), attributes[attribute]);
    }
    this.scope = { bindings, names: new Map(), depth: this.depth };
    this.scopes.push(this.scope);
  }

  private resolve(name: string): number {
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const uri = this.scope.bindings.get(prefix);
    if (uri === undefined && prefix !== "") throw new XmlFormatError(`unbound namespace prefix: "${prefix}".`);
    const number = uri === this.uri ? this.locals.indexOf(colon < 0 ? name : name.slice(colon + 1)) : -1;
    this.scope.names.set(name, number);
    return number;
  }
}

/** Feeds the part to the parser in chunks of text, so a 37 MB part is never one string. */
export function writeChunks(parser: SaxesParser<object>, data: Uint8Array, chunk = 1 << 20): void {
  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; at += chunk) {
    parser.write(decoder.decode(data.subarray(at, Math.min(data.length, at + chunk)), { stream: true }));
  }
  parser.write(decoder.decode()).close();
}
