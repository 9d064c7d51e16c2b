/**
 * The shared string table, streamed (12 MB of XML at 100,000 contacts): each item's plain text, rich text runs joined,
 * phonetic hints (<rPh>) left out, Excel's _xHHHH_ escapes decoded.
 */
import { NamespaceScopes, writeChunks } from "./namespaces";
import { decodeXstring, NS_MAIN, plainXmlParser } from "./xml";

export function readSharedStrings(data: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!data) return strings;
  const parser = plainXmlParser();
  const [SI, R_PH, T] = [0, 1, 2];
  const scopes = new NamespaceScopes(parser, NS_MAIN, ["si", "rPh", "t"]);
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
