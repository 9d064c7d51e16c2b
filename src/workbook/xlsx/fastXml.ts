/**
 * A byte scanner for the two big streamed parts (the contact sheet, the shared strings), several times cheaper than
 * saxes on the same bytes: it reads the UTF-8 in place, builds no tag or attribute objects and no text it is not
 * asked for (docs/decisions.md §D52). It reads the plain XML spreadsheet programs write; anything else (a comment,
 * CDATA, a processing instruction after the declaration, a DOCTYPE, a namespace declared below the root, an unknown
 * entity, a disallowed character in text it reads, a mismatched or unclosed tag) makes it throw UnusualXml, and the
 * caller reads the part again with saxes, which reads it or says why it is not well-formed.
 */
import { growInt32 } from "../../domain/growInt32";
import { NS_MAIN } from "./xml";

/** The part holds something the scanner leaves to saxes. */
export class UnusualXml extends Error {}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const AMP = 0x26;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** An entry of FastXml's name table not filled yet (element numbers are -1 or more). */
const UNSEEN = -2;

function isSpace(byte: number): boolean {
  // Most bytes scanned are above the space: one comparison rejects them.
  return byte <= 0x20 && (byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d);
}

/** What the scanner tells its reader; elements are numbered by their index in the reader's list (-1: another). */
export interface ScanHandler {
  /** The attributes are readable through the scanner (attribute, attributeNumber) until the next tag. */
  open(element: number): void;
  /** Raw bytes of character data, start..end (entities not yet decoded: use scanner.text). */
  text(start: number, end: number): void;
  close(element: number): void;
}

/** Buffer's own slicers: toString(encoding, start, end) checks its arguments first, a fifth of a short read. */
interface SliceMethods {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

export class FastXml {
  readonly data: Uint8Array;
  private readonly buffer: Buffer & SliceMethods;
  /** Byte ranges of the open tag's attributes: name start, name end, value start, value end. */
  private attributes = new Int32Array(64);
  private attributeCount = 0;
  /** Name byte ranges of the open elements, for matching their end tags. */
  private stack = new Int32Array(64);
  private depth = 0;
  /**
   * The attributes of one-letter names (r, s, t on every cell) by their byte, so find() answers them without
   * comparing names: the attribute's number where the tag's count says it is the open tag's.
   */
  private readonly oneLetterTag = new Float64Array(0x100).fill(-1);
  private readonly oneLetterAttribute = new Int32Array(0x100);
  private tagCount = 0;
  /** Whether the reader wants the text between tags (else it is only checked). */
  capturing = false;
  private readonly names = new Map<string, number>();
  private readonly bindings = new Map<string, string>();

  constructor(
    data: Uint8Array,
    private readonly locals: readonly string[],
  ) {
    // A plain view: a Buffer's indexOf and subarray are far slower per call than a typed array's.
    this.data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength) as Buffer & SliceMethods;
  }

  /** The open tag's attribute named `name` (ASCII, as written, prefix included) as a handle, or -1. */
  find(name: string): number {
    const data = this.data;
    const length = name.length;
    if (length === 1) {
      const code = name.charCodeAt(0);
      return code < 0x80 && this.oneLetterTag[code] === this.tagCount ? this.oneLetterAttribute[code] : -1;
    }
    for (let a = 0; a < this.attributeCount; a++) {
      const start = this.attributes[a * 4];
      if (this.attributes[a * 4 + 1] - start !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (data[start + i] !== name.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return a;
    }
    return -1;
  }

  /** Where the attribute's value starts in data (its raw bytes, entities undecoded). */
  valueStart(attribute: number): number {
    return this.attributes[attribute * 4 + 2];
  }

  valueEnd(attribute: number): number {
    return this.attributes[attribute * 4 + 3];
  }

  /** The attribute's value as saxes gives it: line ends and tabs as spaces, entities decoded. */
  value(attribute: number): string {
    const raw = this.buffer.utf8Slice(this.valueStart(attribute), this.valueEnd(attribute));
    if (!/[&\t\n\r]/.test(raw)) return raw;
    return decodeEntities(checkCharacters(raw.replace(/\r\n?/g, "\n")).replace(/[\t\n]/g, " "));
  }

  /** The attribute's value read as Number() reads it, without making a string for plain digits. */
  numberValue(attribute: number): number {
    const value = this.digits(this.valueStart(attribute), this.valueEnd(attribute));
    return value >= 0 ? value : Number(this.value(attribute));
  }

  /** A non-negative whole number of at most 15 digits written in start..end, else -1 (read it as text then). */
  digits(start: number, end: number): number {
    const data = this.data;
    if (end <= start || end - start > 15) return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = data[i] - 0x30;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  }

  /** Character data start..end as text: entities decoded, line ends normalised, refused where saxes would fail. */
  text(start: number, end: number): string {
    const data = this.data;
    let plain = true;
    let ascii = true;
    for (let i = start; i < end; i++) {
      const byte = data[i];
      if (byte >= 0x80) ascii = false;
      // Control characters, & and ] need a closer look, and 0xEF starts U+FFFE and U+FFFF.
      if (byte < 0x20 || byte === AMP || byte === 0x5d || byte === 0xef) {
        if (byte === 0x09 || byte === 0x0a) continue;
        plain = false;
        break;
      }
    }
    if (plain) return ascii ? this.buffer.latin1Slice(start, end) : this.buffer.utf8Slice(start, end);
    const raw = this.buffer.utf8Slice(start, end);
    if (raw.includes("]]>")) throw new UnusualXml("]]> in text");
    return decodeEntities(checkCharacters(raw.replace(/\r\n?/g, "\n")));
  }

  /** Scans the whole part, telling `handler` what it finds. */
  scan(handler: ScanHandler): void {
    const data = this.data;
    const end = data.length;
    let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
    let seenRoot = false;
    while (i < end) {
      let lt = i;
      let amp = false;
      while (lt < end && data[lt] !== LT) {
        if (data[lt] === AMP) amp = true;
        lt++;
      }
      const textEnd = lt;
      if (lt === end) lt = -1;
      if (textEnd > i) {
        if (this.depth === 0) {
          for (let k = i; k < textEnd; k++) if (!isSpace(data[k])) throw new UnusualXml("text outside the root");
        } else if (this.capturing) handler.text(i, textEnd);
        else if (amp) throw new UnusualXml("an entity in text not read");
      }
      if (lt < 0) break;
      const next = data[lt + 1];
      if (next === SLASH) {
        i = this.closeTag(lt, handler);
        if (this.depth === 0) seenRoot = true;
      } else if (next === QUESTION) {
        if (lt !== (data[0] === 0xef ? 3 : 0)) throw new UnusualXml("a processing instruction");
        const close = indexOfPair(data, QUESTION, GT, lt + 2);
        if (close < 0) throw new UnusualXml("an unclosed declaration");
        const declaration = this.buffer.toString("latin1", lt, close);
        if (!/^<\?xml\s/.test(declaration) || /version\s*=\s*["']1\.1/.test(declaration))
          throw new UnusualXml("a declaration saxes reads");
        i = close + 2;
      } else if (next === BANG) {
        throw new UnusualXml("a comment, CDATA or DOCTYPE");
      } else {
        if (seenRoot && this.depth === 0) throw new UnusualXml("a second root");
        i = this.openTag(lt, handler);
        if (this.depth === 0) seenRoot = true;
      }
    }
    if (this.depth !== 0 || !seenRoot) throw new UnusualXml("an unclosed or missing root");
  }

  private openTag(lt: number, handler: ScanHandler): number {
    const data = this.data;
    let i = lt + 1;
    const nameStart = i;
    while (i < data.length) {
      const byte = data[i];
      if (isSpace(byte) || byte === GT || byte === SLASH) break;
      if (byte === LT || byte === EQUALS || byte === QUOTE || byte === APOSTROPHE || byte === AMP)
        throw new UnusualXml("a broken tag");
      i++;
    }
    const nameEnd = i;
    if (nameEnd === nameStart) throw new UnusualXml("a tag without a name");
    this.attributeCount = 0;
    this.tagCount++;
    let selfClosing = false;
    for (;;) {
      while (i < data.length && isSpace(data[i])) i++;
      if (i >= data.length) throw new UnusualXml("an unclosed tag");
      const byte = data[i];
      if (byte === GT) {
        i++;
        break;
      }
      if (byte === SLASH) {
        if (data[i + 1] !== GT) throw new UnusualXml("a broken tag end");
        selfClosing = true;
        i += 2;
        break;
      }
      const attributeStart = i;
      while (i < data.length && !isSpace(data[i]) && data[i] !== EQUALS) {
        const b = data[i];
        // Every byte refused here is below A (0x41), where the letters of a name are.
        if (b < 0x41 && (b === GT || b === SLASH || b === LT || b === QUOTE || b === APOSTROPHE))
          throw new UnusualXml("an attribute");
        i++;
      }
      const attributeEnd = i;
      while (i < data.length && isSpace(data[i])) i++;
      if (data[i] !== EQUALS || attributeEnd === attributeStart) throw new UnusualXml("an attribute without =");
      i++;
      while (i < data.length && isSpace(data[i])) i++;
      const quote = data[i];
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new UnusualXml("an unquoted attribute");
      const valueStart = i + 1;
      let valueEnd = valueStart;
      while (valueEnd < data.length && data[valueEnd] !== quote) {
        if (data[valueEnd] === LT) throw new UnusualXml("< in an attribute");
        valueEnd++;
      }
      if (valueEnd >= data.length) throw new UnusualXml("an unclosed attribute");
      // saxes wants a space between attributes.
      if (!isSpace(data[valueEnd + 1]) && data[valueEnd + 1] !== GT && data[valueEnd + 1] !== SLASH)
        throw new UnusualXml("attributes without a space between them");
      this.attributes = growInt32(this.attributes, this.attributeCount * 4 + 4);
      const at = this.attributeCount++ * 4;
      this.attributes[at] = attributeStart;
      this.attributes[at + 1] = attributeEnd;
      this.attributes[at + 2] = valueStart;
      this.attributes[at + 3] = valueEnd;
      // The first of a one-letter name (as find() would find it) noted by its byte.
      if (attributeEnd - attributeStart === 1) {
        const code = data[attributeStart];
        if (this.oneLetterTag[code] !== this.tagCount) {
          this.oneLetterTag[code] = this.tagCount;
          this.oneLetterAttribute[code] = this.attributeCount - 1;
        }
      }
      i = valueEnd + 1;
    }
    if (this.depth === 0) this.declareRoot();
    else if (this.declares()) throw new UnusualXml("a namespace declared below the root");
    const element = this.element(nameStart, nameEnd);
    if (!selfClosing) {
      this.stack = growInt32(this.stack, this.depth * 2 + 2);
      this.stack[this.depth * 2] = nameStart;
      this.stack[this.depth * 2 + 1] = nameEnd;
      this.depth++;
      handler.open(element);
    } else {
      handler.open(element);
      handler.close(element);
    }
    return i;
  }

  private closeTag(lt: number, handler: ScanHandler): number {
    const data = this.data;
    let gt = lt + 2;
    while (gt < data.length && data[gt] !== GT) gt++;
    if (gt >= data.length || this.depth === 0) throw new UnusualXml("an unexpected end tag");
    let nameEnd = gt;
    while (nameEnd > lt + 2 && isSpace(data[nameEnd - 1])) nameEnd--;
    this.depth--;
    const openStart = this.stack[this.depth * 2];
    const openEnd = this.stack[this.depth * 2 + 1];
    const length = nameEnd - (lt + 2);
    if (length !== openEnd - openStart) throw new UnusualXml("a mismatched end tag");
    for (let k = 0; k < length; k++)
      if (data[openStart + k] !== data[lt + 2 + k]) throw new UnusualXml("a mismatched end tag");
    handler.close(this.element(openStart, openEnd));
    return gt + 1;
  }

  /** The element's number in the reader's list when it is in the main namespace, else -1. */
  private element(start: number, end: number): number {
    const data = this.data;
    // The hot names (c, v, f, t, is, si, row) are one to three bytes: looked up by a number, without a string; those
    // of one or two bytes in a table (a Map's lookup per tag was a fifth of the scan), row in a one-entry cache.
    const length = end - start;
    let short = -1;
    if (length === 1) short = data[start];
    else if (length === 2) short = 0x100 + ((data[start] << 8) | data[start + 1]);
    else if (length === 3) {
      short = (data[start] << 16) | (data[start + 1] << 8) | data[start + 2];
      if (short === this.lastThree) return this.lastThreeElement;
    }
    if (short >= 0 && length < 3) {
      const known = this.twoByteNames[short];
      if (known !== UNSEEN) return known;
    }
    const name = this.buffer.utf8Slice(start, end);
    const cached = this.names.get(name);
    if (cached !== undefined) return cached;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const uri = this.bindings.get(prefix);
    if (uri === undefined && prefix !== "") throw new UnusualXml(`an unbound prefix ${prefix}`);
    const number = uri === NS_MAIN ? this.locals.indexOf(colon < 0 ? name : name.slice(colon + 1)) : -1;
    this.names.set(name, number);
    if (length < 3) this.twoByteNames[short] = number;
    else if (length === 3) {
      this.lastThree = short;
      this.lastThreeElement = number;
    }
    return number;
  }

  /** Element numbers of the names of one or two bytes seen so far, by their bytes (see element). */
  private readonly twoByteNames = new Int32Array(0x100 + 0x10000).fill(UNSEEN);
  private lastThree = -1;
  private lastThreeElement = -1;

  private declares(): boolean {
    const data = this.data;
    for (let a = 0; a < this.attributeCount; a++) {
      const start = this.attributes[a * 4];
      const length = this.attributes[a * 4 + 1] - start;
      // Compared byte by byte: every shared string's xml:space starts like xmlns, and a string per tag cost a sixth
      // of the shared strings' scan.
      if (
        length >= 5 &&
        data[start] === 0x78 &&
        data[start + 1] === 0x6d &&
        data[start + 2] === 0x6c &&
        data[start + 3] === 0x6e &&
        data[start + 4] === 0x73 &&
        (length === 5 || data[start + 5] === 0x3a)
      )
        return true;
    }
    return false;
  }

  private declareRoot(): void {
    for (let a = 0; a < this.attributeCount; a++) {
      const name = this.buffer.toString("utf8", this.attributes[a * 4], this.attributes[a * 4 + 1]);
      if (name === "xmlns") this.bindings.set("", this.value(a));
      else if (name.startsWith("xmlns:")) this.bindings.set(name.slice(6), this.value(a));
    }
    if (!this.bindings.has("xml")) this.bindings.set("xml", "http://www.w3.org/XML/1998/namespace");
  }
}

function indexOfPair(data: Uint8Array, first: number, second: number, from: number): number {
  for (let at = data.indexOf(first, from); at >= 0; at = data.indexOf(first, at + 1))
    if (data[at + 1] === second) return at;
  return -1;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML's five named entities and character references; any other is left to saxes. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new UnusualXml("a bare &");
    const named = NAMED_ENTITIES[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (!isXmlChar(code)) throw new UnusualXml(`the entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text with a character XML 1.0 does not allow is left to saxes, which refuses it. */
function checkCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) throw new UnusualXml("a disallowed character");
  return text;
}
