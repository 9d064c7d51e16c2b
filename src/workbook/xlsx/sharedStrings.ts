/**
 * The shared string table, streamed (12 MB of XML at 100,000 contacts): each item's plain text, rich text runs joined,
 * phonetic hints (<rPh>) left out, Excel's _xHHHH_ escapes decoded.
 */
import { decodeXstring, NS_MAIN, xmlParser } from "./xml";

const CHUNK = 1 << 20;

export function readSharedStrings(data: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!data) return strings;
  const parser = xmlParser();
  let current = "";
  let phonetic = 0;
  let capture = false;
  parser.on("opentag", (tag) => {
    if (tag.uri !== NS_MAIN) return;
    if (tag.local === "si") current = "";
    else if (tag.local === "rPh") phonetic++;
    else if (tag.local === "t" && phonetic === 0) capture = true;
  });
  const onText = (text: string) => {
    if (capture) current += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (tag.uri !== NS_MAIN) return;
    if (tag.local === "si") strings.push(decodeXstring(current));
    else if (tag.local === "rPh") phonetic--;
    else if (tag.local === "t") capture = false;
  });
  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; at += CHUNK) {
    parser.write(decoder.decode(data.subarray(at, Math.min(data.length, at + CHUNK)), { stream: true }));
  }
  parser.write(decoder.decode()).close();
  return strings;
}
