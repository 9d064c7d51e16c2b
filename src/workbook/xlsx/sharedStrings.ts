/**
 * The shared string table, streamed (12 MB of XML at 100,000 contacts): each item's plain text, rich text runs joined,
 * phonetic hints (<rPh>) left out, Excel's _xHHHH_ escapes decoded.
 */
import { FastXml, UnusualXml } from "./fastXml";
import { NamespaceScopes, writeChunks } from "./namespaces";
import { decodeXstring, NS_MAIN, plainXmlParser } from "./xml";

export function readSharedStrings(data: Uint8Array | undefined): string[] {
  if (!data) return [];
  try {
    return scanSharedStrings(data);
  } catch (error) {
    if (!(error instanceof UnusualXml)) throw error;
  }
  return parseSharedStrings(data);
}

const ELEMENTS = ["si", "rPh", "t"];
const [SI, R_PH, T] = [0, 1, 2];

/** Through the byte scanner (docs/decisions.md §D52): a third of saxes's time on the same part. */
function scanSharedStrings(data: Uint8Array): string[] {
  const strings: string[] = [];
  const xml = new FastXml(data, ELEMENTS);
  let current = "";
  let phonetic = 0;
  xml.scan({
    open(element) {
      if (element === SI) current = "";
      else if (element === R_PH) phonetic++;
      else if (element === T && phonetic === 0) xml.capturing = true;
    },
    text(start, end) {
      current += xml.text(start, end);
    },
    close(element) {
      if (element === SI) strings.push(decodeXstring(current));
      else if (element === R_PH) phonetic--;
      else if (element === T) xml.capturing = false;
    },
  });
  return strings;
}

/** Through saxes, for XML the scanner leaves to it. */
function parseSharedStrings(data: Uint8Array): string[] {
  const strings: string[] = [];
  const parser = plainXmlParser();
  const scopes = new NamespaceScopes(parser, NS_MAIN, ELEMENTS);
  let current = "";
  let phonetic = 0;
  let capture = false;
  parser.on("opentag", (tag) => {
    const element = scopes.open(tag.name, tag.attributes);
    if (element === SI) current = "";
    else if (element === R_PH) phonetic++;
    else if (element === T && phonetic === 0) capture = true;
  });
  const onText = (text: string) => {
    if (capture) current += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const element = scopes.close(tag.name);
    if (element === SI) strings.push(decodeXstring(current));
    else if (element === R_PH) phonetic--;
    else if (element === T) capture = false;
  });
  writeChunks(parser, data);
  return strings;
}
