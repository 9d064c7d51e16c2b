/** An RFC 4180 reader for tests: the CSV the export writes must read back to the list it came from. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (ch === '"' || ch === "\r" || ch === "\n") throw new Error(`stray ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || record.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}

/** What a spreadsheet shows for a cell the export neutralised: the leading quote only marks it as text. */
export function shownAsText(cell: string): string {
  return /^'[=+\-@\t\r\0]/.test(cell) ? cell.slice(1) : cell;
}
