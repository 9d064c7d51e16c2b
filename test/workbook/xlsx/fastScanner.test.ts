/**
 * The byte scanner (fastXml.ts) reads the contact sheet and the shared strings as saxes does: on random parts it gives
 * the same visitor calls, or leaves the part to saxes (UnusualXml), and it never reads a part saxes refuses.
 */
import fc from "fast-check";
import { FastXml, UnusualXml } from "../../../src/workbook/xlsx/fastXml";
import { readSharedStrings } from "../../../src/workbook/xlsx/sharedStrings";
import { readWorksheet, type WorksheetVisitor } from "../../../src/workbook/xlsx/worksheetReader";
import { scanWorksheet } from "../../../src/workbook/xlsx/worksheetScanner";
import { XmlFormatError } from "../../../src/workbook/xlsx/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const bytes = (xml: string) => new TextEncoder().encode(xml);
const context = {
  strings: () => ["zero", "one", " two "],
  styles: { isDate: [false, true], formats: ["General", "yyyy-mm-dd"] },
  date1904: true,
};

/** Every visitor call, in order. */
function calls(read: (visitor: WorksheetVisitor) => void): unknown[] {
  const seen: unknown[] = [];
  read({
    row: (...args) => seen.push(["row", ...args]),
    cell: (...args) => seen.push(["cell", ...args]),
    columnStyle: (...args) => seen.push(["col", ...args]),
    unresolved: (...args) => seen.push(["unresolved", ...args]),
    formula: (...args) => seen.push(["formula", ...args]),
  });
  return seen;
}

type Outcome = { calls: unknown[] } | { unusual: true } | { refused: true };

function saxes(xml: string): Outcome {
  try {
    return { calls: calls((visitor) => readWorksheet(bytes(xml), context, visitor)) };
  } catch (error) {
    if (error instanceof XmlFormatError) return { refused: true };
    throw error;
  }
}

function scanner(xml: string): Outcome {
  try {
    return { calls: calls((visitor) => scanWorksheet(bytes(xml), context, visitor)) };
  } catch (error) {
    if (error instanceof UnusualXml) return { unusual: true };
    throw error;
  }
}

/** Text pieces with what makes text hard: entities, line ends, non-ASCII, _xHHHH_ escapes, spaces. */
const textPiece = fc.constantFrom(
  "a",
  "Åsa",
  "12",
  "-7",
  "3.25",
  "1e3",
  " ",
  "&amp;",
  "&lt;",
  "&#65;",
  "&#x263A;",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "_x0041_",
  "#N/A",
  "TRUE",
  "2024-05-06T00:00:00",
  "0",
  "007",
  "😀",
);
const text = fc.array(textPiece, { maxLength: 4 }).map((parts) => parts.join(""));
const quoteIn = (value: string, quote: string) => `${quote}${value}${quote}`;
const attribute = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(
    fc
      .tuple(value, fc.constantFrom('"', "'"), fc.constantFrom("", " "))
      .map(([v, q, space]) => ` ${name}${space}=${space}${quoteIn(v, q)}`),
    { nil: "" },
  );
const reference = fc.oneof(
  fc.tuple(fc.constantFrom("A", "b", "AB", "XFD"), fc.integer({ min: 0, max: 40 })).map(([l, r]) => `${l}${r}`),
  fc.constantFrom("", "12", "A", "A1 ", "A&#49;", "a1b"),
);
// inlineStr is read from its bytes: the types that only look like it must still read as saxes reads them.
const cellType = fc.constantFrom(
  "s",
  "n",
  "b",
  "e",
  "str",
  "inlineStr",
  "d",
  "",
  "x",
  "inlineSt",
  "inlineStrs",
  "inlinestr",
  "inline&#83;tr",
  " inlineStr",
);

const cell = fc
  .tuple(
    attribute("r", reference),
    attribute("t", cellType),
    attribute("s", fc.constantFrom("0", "1", "", "x")),
    fc.constantFrom("v", "f", "fv", "bool", "is", "rich", "none", "selfclosing", "vsplit"),
    text,
    text,
    fc.constantFrom("", "c", "x:c"),
  )
  .map(([r, t, s, content, a, b, name]) => {
    const tag = name || "c";
    const v = name === "x:c" ? "x:v" : "v";
    switch (content) {
      case "selfclosing":
        return `<${tag}${r}${t}${s}/>`;
      case "none":
        return `<${tag}${r}${t}${s}></${tag}>`;
      case "v":
        return `<${tag}${r}${t}${s}><${v}>${a}</${v}></${tag}>`;
      case "vsplit":
        return `<${tag}${r}${t}${s}><${v}>${a}<x:ext/>${b}</${v}></${tag}>`;
      case "f":
        return `<${tag}${r}${t}${s}><f>${a}</f></${tag}>`;
      case "fv":
        return `<${tag}${r}${t}${s}><f>${a}</f><${v}>${b}</${v}></${tag}>`;
      case "bool":
        // LibreOffice writes a boolean as a formula with its result.
        return `<${tag}${r}${t}${s}><f aca="false">${a}</f><${v}>${b.length % 3}</${v}></${tag}>`;
      case "is":
        return `<${tag}${r}${t}${s}><is><t>${a}</t></is></${tag}>`;
      default:
        return `<${tag}${r}${t}${s}><is><r><t>${a}</t></r><rPh><t>${b}</t></rPh><r><t>${b}</t></r></is></${tag}>`;
    }
  });
const row = fc
  .tuple(
    attribute("r", fc.constantFrom("1", "2", "7", "", "x", " 3")),
    attribute("hidden", fc.constantFrom("1", "true", "0", "false", "", " 1", "&#49;")),
    fc.array(cell, { maxLength: 4 }),
  )
  .map(([r, hidden, cells]) => `<row${r}${hidden} spans="1:3" x:dy="0.2">${cells.join("")}</row>`);
/** Sometimes something the scanner leaves to saxes: a comment, CDATA, a nested namespace, an unknown entity. */
const unusual = fc.oneof(
  { weight: 12, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "<!-- note -->",
      "<row><c><v><![CDATA[5]]></v></c></row>",
      `<row xmlns:y="${MAIN}"><y:c r="A9"><y:v>9</y:v></y:c></row>`,
      `<row xmlns="${MAIN}"><c r="A9"><v>9</v></c></row>`,
      // Attributes that begin like a declaration without being one: read by the scanner itself.
      '<row xmlnsx="1" xml:space="preserve"><c r="A9" xmlns_="2"><v>9</v></c></row>',
      "<row><c><v>&nbsp;</v></c></row>",
      "<?pi here?>",
    ),
  },
);
const sheet = fc
  .tuple(
    fc.constantFrom('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', "", "\uFEFF"),
    fc.array(row, { maxLength: 6 }),
    unusual,
    fc.constantFrom("", '<cols><col min="1" max="3" style="1"/></cols>'),
  )
  .map(
    ([declaration, rows, odd, cols]) =>
      `${declaration}<worksheet xmlns="${MAIN}" xmlns:x="urn:other">${cols}<sheetData>${rows.join("\n")}${odd}</sheetData></worksheet>`,
  );

describe("the byte scanner reads worksheets as saxes does", () => {
  it("gives the same visitor calls, or leaves the part to saxes", () => {
    fc.assert(
      fc.property(sheet, (xml) => {
        const expected = saxes(xml);
        const actual = scanner(xml);
        if ("unusual" in actual) return;
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("reads the plain parts spreadsheet programs write itself", () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>45000</v></c><c r="D2" t="e"><v>#N/A</v></c></row></sheetData></worksheet>`;
    expect(scanner(xml)).toEqual(saxes(xml));
    expect(scanner(xml)).toEqual({
      calls: [
        ["row", 2, false],
        ["cell", 2, 2, "one", 0],
        ["cell", 2, 3, 46462, 1],
        ["cell", 2, 4, "#N/A", 0],
      ],
    });
  });

  it("tells a namespace declaration below the root from an attribute that only begins like one", () => {
    const cell = (attribute: string) =>
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" ${attribute}><v>7</v></c></row></sheetData></worksheet>`;
    for (const lookalike of ['xmlnsx="1"', 'xml:space="preserve"', 'xmlns_="1"', 'xmln="1"'])
      expect(scanner(cell(lookalike))).toEqual({
        calls: [
          ["row", 1, false],
          ["cell", 1, 1, 7, 0],
        ],
      });
    for (const declaration of [`xmlns="${MAIN}"`, 'xmlns:y="urn:other"'])
      expect(scanner(cell(declaration))).toEqual({ unusual: true });
  });

  it("finds a tag's one-letter attributes, never the last tag's", () => {
    // Each cell has another subset of r, s and t, in another order: what one cell had must not show in the next.
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
      '<c t="s" s="1" r="B1"><v>1</v></c><c r="C1"><v>5</v></c><c s="1"><v>6</v></c><c t="b" r="F1"><v>1</v></c>' +
      '<c rr="G1" ss="1" tt="s"><v>2</v></c></row></sheetData></worksheet>';
    expect(scanner(xml)).toEqual({
      calls: [
        ["row", 1, false],
        ["cell", 1, 2, "one", 1],
        ["cell", 1, 3, 5, 0],
        ["cell", 1, 4, 6 + 1462, 1],
        ["cell", 1, 6, true, 0],
        ["cell", 1, 7, 2, 0],
      ],
    });
    expect(scanner(xml)).toEqual(saxes(xml));
  });

  it("reads what LibreOffice writes itself: row and cell attributes, booleans as formulas, page setup", () => {
    // As LibreOffice 7 re-saves a contact sheet (abridged): every row and cell attribute, TRUE() over a boolean.
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" ` +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
      `xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
      `xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" ` +
      `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D3"/>` +
      `<sheetViews><sheetView showFormulas="false" tabSelected="true" workbookViewId="0">` +
      `<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultColWidth="8.5" defaultRowHeight="12.8" zeroHeight="false"></sheetFormatPr>` +
      `<cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="4" min="2" style="1" width="11.5"/></cols>` +
      `<sheetData>` +
      `<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c></row>` +
      `<row r="2" customFormat="false" ht="12.8" hidden="true" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A2" s="0" t="b"><f aca="false">TRUE()</f><v>1</v></c><c r="B2" s="0" t="b"><f aca="false">FALSE()</f><v>0</v></c>` +
      `<c r="C2" s="1" t="n"><v>41965</v></c><c r="D2" s="0" t="n"><v>-28</v></c></row>` +
      `<row r="3" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A3" s="0" t="str"><f aca="false">A1&amp;"x"</f><v>zerox</v></c><c r="B3" s="0" t="e"><f aca="false">NA()</f><v>#N/A</v></c></row>` +
      `</sheetData><printOptions headings="false" gridLines="false" gridLinesSet="true"/>` +
      `<pageMargins left="0.747916666666667" right="0.747916666666667" top="0.984027777777778" bottom="0.984027777777778" header="0.511811023622047" footer="0.511811023622047"/>` +
      `<headerFooter differentFirst="false" differentOddEven="false"><oddHeader></oddHeader><oddFooter></oddFooter></headerFooter></worksheet>`;
    expect(scanner(xml)).toEqual(saxes(xml));
    expect(scanner(xml)).toEqual({
      calls: [
        ["col", 2, 4, 1],
        ["row", 1, false],
        ["cell", 1, 1, "zero", 0],
        ["cell", 1, 2, "one", 0],
        ["row", 2, true],
        ["formula", 2, 1],
        ["cell", 2, 1, true, 0],
        ["formula", 2, 2],
        ["cell", 2, 2, false, 0],
        ["cell", 2, 3, 41965 + 1462, 1],
        ["cell", 2, 4, -28, 0],
        ["row", 3, false],
        ["formula", 3, 1],
        ["cell", 3, 1, "zerox", 0],
        ["formula", 3, 2],
        ["cell", 3, 2, "#N/A", 0],
      ],
    });
  });

  it.each([
    ["a mismatched end tag", `<worksheet xmlns="${MAIN}"><sheetData><row></sheetData></row></worksheet>`],
    ["an unclosed root", `<worksheet xmlns="${MAIN}"><sheetData>`],
    ["an unbound prefix", `<worksheet xmlns="${MAIN}"><z:sheetData/></worksheet>`],
    [
      "a bare ampersand",
      `<worksheet xmlns="${MAIN}"><sheetData><row><c><v>a & b</v></c></row></sheetData></worksheet>`,
    ],
    [
      "a control character",
      `<worksheet xmlns="${MAIN}"><sheetData><row><c t="str"><v>a\u0001</v></c></row></sheetData></worksheet>`,
    ],
    ["text after the root", `<worksheet xmlns="${MAIN}"></worksheet>x`],
    ["two roots", `<worksheet xmlns="${MAIN}"></worksheet><worksheet/>`],
    ["an unquoted attribute", `<worksheet xmlns="${MAIN}"><sheetData><row r=1/></sheetData></worksheet>`],
    [
      "]]> in text",
      `<worksheet xmlns="${MAIN}"><sheetData><row><c t="str"><v>a]]>b</v></c></row></sheetData></worksheet>`,
    ],
  ])("leaves %s to saxes, which refuses it", (_, xml) => {
    expect(saxes(xml)).toEqual({ refused: true });
    expect(scanner(xml)).toEqual({ unusual: true });
  });
});

describe("the byte scanner reads shared strings as saxes does", () => {
  const item = fc
    .tuple(text, text, fc.constantFrom("plain", "rich", "phonetic", "preserve"))
    .map(([a, b, kind]) =>
      kind === "plain"
        ? `<si><t>${a}</t></si>`
        : kind === "preserve"
          ? `<si><t xml:space="preserve">${a}</t></si>`
          : kind === "rich"
            ? `<si><r><rPr><b/></rPr><t>${a}</t></r><r><t>${b}</t></r></si>`
            : `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`,
    );

  it("reads LibreOffice's shared strings itself: every item preserved, rich text in runs", () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="4" uniqueCount="3">` +
      `<si><t xml:space="preserve">No.</t></si><si><t xml:space="preserve"> Hanssons Café KB </t></si>` +
      `<si><r><rPr><b val="true"/><sz val="10"/><rFont val="Arial"/><family val="2"/></rPr><t xml:space="preserve">PRESS</t></r>` +
      `<r><rPr><sz val="10"/><rFont val="Arial"/><family val="2"/></rPr><t xml:space="preserve">; VIP</t></r></si></sst>`;
    // The scanner reads it through, without leaving it to saxes.
    expect(() => new FastXml(bytes(xml), ["si", "rPh", "t"]).scan({ open() {}, text() {}, close() {} })).not.toThrow();
    const scanned = readSharedStrings(bytes(xml));
    expect(scanned).toEqual(["No.", " Hanssons Café KB ", "PRESS; VIP"]);
  });

  it("gives the same strings (with or without something that needs saxes)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.constantFrom("", "<!-- c -->"), (items, odd) => {
        const xml = `<?xml version="1.0"?>\n<sst xmlns="${MAIN}" count="${items.length}">${items.join("")}${odd}</sst>`;
        // The scanner's result, else saxes's: compared with saxes's alone, reached through a comment.
        const withSaxes = `<?xml version="1.0"?>\n<sst xmlns="${MAIN}" count="${items.length}"><!-- saxes -->${items.join("")}</sst>`;
        expect(readSharedStrings(bytes(xml))).toEqual(readSharedStrings(bytes(withSaxes)));
      }),
      { numRuns: 300 },
    );
  });
});
