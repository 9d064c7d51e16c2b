/** Export mailing list (docs/decisions.md §D10): who is listed, what is left out and counted, and CSV that is safe and reads back. */
import fc from "fast-check";
import { buildContactTable } from "../../../src/domain/contacts";
import { contactFacts } from "../../../src/domain/segments/contactFacts";
import { newSegmentHeader } from "../../../src/domain/segments/header";
import { fillLine, type SegmentLine } from "../../../src/domain/segments/line";
import {
  buildMailingList,
  mailingListCsv,
  MAILING_LIST_HEADER,
  neutraliseCell,
} from "../../../src/domain/segments/mailingList";
import { bcBaseSheet, bcBaseValues } from "../../support/bcBaseData";
import { parseCsv, shownAsText } from "../../support/csv";
import { SMALL_CONTACTS } from "../../support/smallContacts";

const table = buildContactTable(bcBaseSheet()).table;
const header = newSegmentHeader("SM001", { description: "Spring" }, "2025-03-01");

function linesOf(numbers: readonly string[], on = table): SegmentLine[] {
  return numbers.map((no, i) =>
    fillLine(header.no, (i + 1) * 10000, header, contactFacts(on, on.rowByNumber.get(no.toLowerCase())!), undefined),
  );
}

const numbers = (rows: readonly (readonly string[])[]) => rows.map((row) => row[0]);

describe("buildMailingList", () => {
  it("lists the contacts in line order with the seven columns, from the contact sheet as it is", () => {
    const list = buildMailingList({ table, lines: linesOf(["CT06", "CT02"]), emailOnly: false });
    expect(list.header).toEqual([...MAILING_LIST_HEADER]);
    expect(list.rows).toEqual([
      ["CT06", "Erik Fors", "Blue Corp", "", "", "DEU", ""],
      ["CT02", "Anna Berg", "Alpine Ltd", "anna@alp", "Email", "", "JO"],
    ]);
  });

  it("leaves out excluded contacts (also when lines were added ignoring exclusion) and counts them", () => {
    const list = buildMailingList({ table, lines: linesOf(["CT04", "CT05", "CT06", "CT07"]), emailOnly: false });
    expect(numbers(list.rows)).toEqual(["CT04", "CT06"]);
    expect(list.counts).toEqual({
      listed: 2,
      excluded: 2,
      noEmail: 0,
      duplicateEmail: 0,
      notOnSheet: 0,
      repeatedContact: 0,
    });
  });

  it("for e-mail, leaves out blank e-mails and counts them", () => {
    const list = buildMailingList({ table, lines: linesOf(["CT01", "CT03", "CT04", "CT09"]), emailOnly: true });
    expect(numbers(list.rows)).toEqual(["CT01", "CT09"]);
    expect(list.counts).toMatchObject({ listed: 2, noEmail: 2 });
  });

  it("keeps the first contact of an e-mail address, ignoring case, and counts the others", () => {
    const values = bcBaseValues();
    values[9][8] = " ANNA@alp "; // CT09 shares CT02's address
    const own = buildContactTable({ ...bcBaseSheet(), values }).table;
    const list = buildMailingList({ table: own, lines: linesOf(["CT02", "CT09", "CT10"], own), emailOnly: false });
    expect(numbers(list.rows)).toEqual(["CT02", "CT10"]);
    expect(list.counts).toMatchObject({ duplicateEmail: 1, noEmail: 0 });
  });

  it("counts lines of contacts gone from the sheet and contacts on two lines", () => {
    const [a, b] = linesOf(["CT01", "CT02"]);
    const lines = [
      a,
      b,
      { ...a, lineNo: 30000 },
      { ...b, lineNo: 40000, contactNo: "CT99" },
      { ...b, lineNo: 50000, contactNo: "" },
    ];
    const list = buildMailingList({ table, lines, emailOnly: false });
    expect(numbers(list.rows)).toEqual(["CT01", "CT02"]);
    expect(list.counts).toMatchObject({ listed: 2, notOnSheet: 2, repeatedContact: 1 });
  });

  it("gives a person without a Company Name the name of the company its Company No. names", () => {
    const values = bcBaseValues();
    values[2][4] = "";
    const own = buildContactTable({ ...bcBaseSheet(), values }).table;
    expect(buildMailingList({ table: own, lines: linesOf(["CT02"], own), emailOnly: false }).rows[0][2]).toBe(
      "Alpine Ltd",
    );
  });

  it("adds up: every line is listed or counted once", () => {
    fc.assert(
      fc.property(fc.subarray(table.numbers.slice()), fc.boolean(), (chosen, emailOnly) => {
        const lines = linesOf(chosen);
        const { counts } = buildMailingList({ table, lines, emailOnly });
        const total =
          counts.listed +
          counts.excluded +
          counts.noEmail +
          counts.duplicateEmail +
          counts.notOnSheet +
          counts.repeatedContact;
        expect(total).toBe(lines.length);
      }),
    );
  });
});

describe("CSV", () => {
  it("neutralises cells Excel would read as formulas, as OWASP recommends", () => {
    for (const text of ["=1+1", "+46", "-2", "@SUM(A1)", "\tx", "\rx", "\0x"])
      expect(neutraliseCell(text)).toBe(`'${text}`);
    for (const text of ["Anna", "", "a=b", " =x", "'quoted"]) expect(neutraliseCell(text)).toBe(text);
  });

  it("writes a BOM, a header, every field quoted, CRLF after every record", () => {
    const csv = mailingListCsv({
      header: ["No.", "Name"],
      rows: [
        ["K1", 'Say "hi", all'],
        ["K6", "=1+1 Åsa Ölund"],
      ],
    });
    expect(csv).toBe('\uFEFF"No.","Name"\r\n"K1","Say ""hi"", all"\r\n"K6","\'=1+1 Åsa Ölund"\r\n');
  });

  it("reads back to the list (formula-looking names shown as typed), for the small contact sheet", () => {
    const small = buildContactTable({ sheetName: "Contacts", values: SMALL_CONTACTS, locale: "en" }).table;
    const list = buildMailingList({ table: small, lines: linesOf(["K6", "K7", "K2"], small), emailOnly: false });
    const read = parseCsv(mailingListCsv(list));
    expect(read[0]).toEqual([...MAILING_LIST_HEADER]);
    expect(read.slice(1).map((row) => row[1])).toEqual(["'=1+1 Åsa Ölund", "'+46 Gus Hill", "Anna Berg"]);
    expect(read.slice(1).map((row) => row.map(shownAsText))).toEqual(list.rows);
  });

  it("round-trips any text: each field reads back as written, a neutralised one with its leading quote", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        (rows) => {
          const read = parseCsv(mailingListCsv({ header: ["a", "b"], rows }));
          expect(read).toEqual([["a", "b"], ...rows.map((row) => row.map(neutraliseCell))]);
        },
      ),
    );
  });
});
