import fc from "fast-check";
import { buildContactTable, cellText, ERROR_VALUES, serialToIso } from "../../../src/domain/contacts";

/** An independent statement of the normalisation rules, for comparing with what the table holds. */
function normalised(cell: unknown): string {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell !== "string" || ERROR_VALUES.has(cell)) return "";
  return cell
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .trim()
    .normalize("NFC");
}

function expectedText(type: string, multi: boolean, cell: unknown): string {
  const text = normalised(cell);
  if (text === "") return "";
  if (multi) {
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const part of text.split(/[;,]/).map((p) => p.trim())) {
      if (part === "" || seen.has(part.toLowerCase())) continue;
      seen.add(part.toLowerCase());
      parts.push(part);
    }
    return parts.join("; ");
  }
  switch (type) {
    case "number":
      return String(Number(text));
    case "boolean":
      return ["true", "yes", "ja", "sant"].includes(text.toLowerCase()) ? "Yes" : "No";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : serialToIso(Number(text));
    default:
      return text;
  }
}

const space = fc.constantFrom("", "", " ", "\u00a0", "\u202f", "\u2007", "\t");
const padded = (text: fc.Arbitrary<string>) => fc.tuple(space, text, space).map(([a, t, b]) => a + t + b);
const chars = fc.constantFrom("a", "B", "z", "å", "a\u030a", "Ö", " ", "\u00a0", ";", ",", "-", "#", "1", "0", ".");
const anyText = fc.string({ unit: chars, maxLength: 8 });

type Kind = "text" | "number" | "boolean" | "multi" | "any";
const cellOf: Record<Kind, fc.Arbitrary<unknown>> = {
  // Starts with a letter, so it is neither a number, a Yes/No word nor a date: the column must stay text.
  text: padded(fc.tuple(fc.constantFrom("x", "Å", "q"), anyText).map(([a, b]) => a + b)),
  number: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    padded(fc.integer({ min: -1e6, max: 1e6 }).map(String)),
  ),
  boolean: fc.oneof(fc.boolean(), padded(fc.constantFrom("TRUE", "false", "Yes", "no", "JA", "nej"))),
  multi: padded(anyText),
  any: fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constantFrom("#N/A", "2025-03-01", "1 234,5")),
};
const blankCell = fc.constantFrom("", " ", "\u00a0", "\u202f\t", "#N/A");

const sheet = fc
  .record({
    kinds: fc.array(fc.constantFrom<Kind>("text", "number", "boolean", "multi", "any"), { minLength: 0, maxLength: 5 }),
    titleRows: fc.integer({ min: 0, max: 3 }),
    firstRow: fc.integer({ min: 1, max: 50 }),
    rowShapes: fc.array(fc.constantFrom("contact", "contact", "contact", "blank"), { maxLength: 30 }),
  })
  .chain(({ kinds, titleRows, firstRow, rowShapes }) =>
    fc.record({
      kinds: fc.constant(kinds),
      titleRows: fc.constant(titleRows),
      firstRow: fc.constant(firstRow),
      rows: fc.tuple(
        ...rowShapes.map((shape, i) =>
          shape === "blank"
            ? fc.array(blankCell, { minLength: kinds.length + 1, maxLength: kinds.length + 1 })
            : fc.tuple(
                padded(fc.constant(`K${i}`)).map((no) => (i % 5 === 0 ? i + 1000 : no)),
                ...kinds.map((kind) =>
                  fc.oneof({ weight: 3, arbitrary: cellOf[kind] }, { weight: 1, arbitrary: blankCell }),
                ),
              ),
        ),
      ),
    }),
  );

const contactRow = (row: readonly unknown[]) => row.some((cell) => normalised(cell) !== "");

describe("contact table round trip (property)", () => {
  it("makes every non-blank row exactly one contact and keeps every cell's normalised text", () => {
    fc.assert(
      fc.property(sheet, ({ kinds, titleRows, firstRow, rows }) => {
        const header = [
          "No.",
          ...kinds.map((kind, c) => (kind === "multi" ? `Mailing Groups ${"!".repeat(c)}` : `Field ${c}`)),
        ];
        const titles = Array.from({ length: titleRows }, (_, i) => [`Report ${i}`]);
        const values = [...titles, header, ...rows];
        const { table } = buildContactTable({ sheetName: "Contacts", values, firstRow, locale: "en" });

        const kept = rows
          .map((row, i) => ({ row, sheetRow: firstRow + titleRows + 1 + i }))
          .filter(({ row }) => contactRow(row));
        expect(table.rowCount).toBe(kept.length);
        expect(Array.from(table.sheetRows)).toEqual(kept.map((k) => k.sheetRow));
        expect(table.numbers).toEqual(kept.map((k) => normalised(k.row[0])));

        table.columns.forEach((column, c) => {
          const kind = c === 0 ? "text" : kinds[c - 1];
          const multi = column.type === "text" && column.multiValued;
          if (kind === "text") expect(column.type).toBe("text");
          const nonBlank = kept.some((k) => normalised(k.row[c]) !== "");
          if ((kind === "number" || kind === "boolean") && nonBlank) expect(column.type).toBe(kind);
          kept.forEach((k, r) => expect(cellText(column, r)).toBe(expectedText(column.type, multi, k.row[c])));
        });
      }),
      { numRuns: 300 },
    );
  });
});
