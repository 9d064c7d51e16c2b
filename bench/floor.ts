/**
 * `node build/bench/floor.js book.xlsx`: the command bench's floor, run as a whole process like each command. The
 * least any command that reads contacts must do: read the file, inflate the contact sheet part, and run saxes over it
 * with its default options (no namespace processing) and no handler, so nothing is built or kept.
 */
import { readFileSync } from "fs";
import { SaxesParser } from "saxes";
import { entryData, readZip } from "../src/workbook/xlsx/zipArchive";

const CHUNK = 1 << 20;

function main(): void {
  const book = process.argv[2];
  const entries = readZip(readFileSync(book));
  const sheet =
    entries.find((e) => e.name === "xl/worksheets/sheet1.xml") ??
    entries.find((e) => /worksheets\/sheet\d*\.xml$/.test(e.name));
  if (!sheet) throw new Error(`${book}: no worksheet part`);
  const data = entryData(sheet);
  const parser = new SaxesParser();
  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; at += CHUNK)
    parser.write(decoder.decode(data.subarray(at, at + CHUNK), { stream: true }));
  const parsed = parser.position;
  // saxes throws on an unclosed root at close(): the part was parsed to its end, with no handler on any element.
  parser.close();
  if (parsed === 0) throw new Error(`${book}: the floor parsed nothing`);
}

main();
