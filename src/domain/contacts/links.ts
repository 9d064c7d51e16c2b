/** Contact numbers (unique, never blank) and the company/person links between rows. */
import type { TextColumn } from "./column";
import { NumberIndex } from "./numberIndex";
import { quote, rowList, type ProblemLog } from "./problems";
import { foldCase } from "../text";

export interface ContactNumbers {
  readonly numbers: string[];
  readonly rowByNumber: NumberIndex;
}

/**
 * Reads the No. column: an error per contact with a blank number, and one per number used more than once
 * (ignoring case, as every text compare does) listing all its rows.
 */
export function readNumbers(no: TextColumn, sheetRows: Int32Array, log: ProblemLog): ContactNumbers {
  const { codes, dictionary } = no;
  const numbers = new Array<string>(codes.length);
  const rowByNumber = new NumberIndex(numbers, codes.length);
  const repeats = new Map<string, number[]>();
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    numbers[r] = dictionary[code];
    if (code === 0) {
      log.error({
        code: "blank-no",
        row: sheetRows[r],
        column: no.header,
        params: { sheet: log.sheet, row: sheetRows[r], column: no.header },
        message: `${log.sheet} row ${sheetRows[r]}: the contact number (${no.header}) is blank. Give every contact a number, or delete the row.`,
      });
      continue;
    }
    const first = rowByNumber.addFirst(r);
    if (first >= 0) {
      const key = foldCase(numbers[r]);
      const rows = repeats.get(key);
      if (rows) rows.push(r);
      else repeats.set(key, [first, r]);
    }
  }
  for (const rows of repeats.values()) {
    const sheet = rows.map((r) => sheetRows[r]);
    const spellings = [...new Set(rows.map((r) => numbers[r]))];
    const times = rows.length === 2 ? "twice" : `${rows.length} times`;
    const asWritten = spellings.length > 1 ? `, ignoring case (${spellings.join(", ")})` : "";
    log.error({
      code: "duplicate-no",
      row: sheet[sheet.length - 1],
      column: no.header,
      params: {
        sheet: log.sheet,
        row: sheet[sheet.length - 1],
        number: numbers[rows[0]],
        count: rows.length,
        rows: sheet,
        ...(spellings.length > 1 ? { spellings } : {}),
      },
      message: `${log.sheet} row ${sheet[sheet.length - 1]}: contact number ${numbers[rows[0]]} appears ${times}${asWritten} (${rowList(sheet)}). Make each number unique.`,
    });
  }
  return { numbers, rowByNumber };
}

export interface CompanyLinks {
  readonly isCompany: Uint8Array;
  readonly companyRow: Int32Array;
}

const BLANK_TYPE = 0;
const COMPANY = 1;
const PERSON = 2;
const OTHER_TYPE = 3;

const TYPE_WORDS = new Map<string, number>([
  ["company", COMPANY],
  ["företag", COMPANY],
  ["person", PERSON],
]);

/**
 * Who is a company and whose company a person belongs to. Type decides when it says Company or Person; a blank
 * (or missing) Type makes a contact a company when its Company No. is its own No., as in Business Central. A person's
 * company is the row whose No. is its Company No.; one that is missing or is not a company is reported, and the
 * person is treated as independent.
 */
export function linkCompanies(
  numbers: ContactNumbers,
  type: TextColumn | undefined,
  companyNo: TextColumn | undefined,
  sheetRows: Int32Array,
  log: ProblemLog,
): CompanyLinks {
  const rowCount = numbers.numbers.length;
  const isCompany = new Uint8Array(rowCount);
  const companyRow = new Int32Array(rowCount).fill(-1);
  // Work per distinct value, not per row: a sheet has few types and far fewer companies than contacts.
  const typeOf = type
    ? type.folded.map((word) => (word === "" ? BLANK_TYPE : (TYPE_WORDS.get(word) ?? OTHER_TYPE)))
    : [];
  const rowOfCompanyNo = companyNo
    ? companyNo.dictionary.map((text, code) => (code === 0 ? -1 : numbers.rowByNumber.rowIgnoringCase(text)))
    : [];

  for (let r = 0; r < rowCount; r++) {
    const kind = type ? typeOf[type.codes[r]] : BLANK_TYPE;
    const target = companyNo ? rowOfCompanyNo[companyNo.codes[r]] : -1;
    if (kind === OTHER_TYPE && type) {
      log.warn(
        {
          code: "unknown-type",
          row: sheetRows[r],
          column: type.header,
          params: {
            sheet: log.sheet,
            row: sheetRows[r],
            value: type.dictionary[type.codes[r]],
            number: numbers.numbers[r],
          },
          message: `${log.sheet} row ${sheetRows[r]}: type ${quote(type.dictionary[type.codes[r]])} is neither Company nor Person; ${numbers.numbers[r]} is treated as a person.`,
        },
        "unknown types",
      );
    }
    if (kind === COMPANY || (kind === BLANK_TYPE && target === r)) isCompany[r] = 1;
  }

  for (let r = 0; r < rowCount; r++) {
    if (isCompany[r]) {
      companyRow[r] = r;
      continue;
    }
    if (!companyNo || companyNo.codes[r] === 0) continue; // an independent person
    const target = rowOfCompanyNo[companyNo.codes[r]];
    const written = companyNo.dictionary[companyNo.codes[r]];
    if (target >= 0 && isCompany[target]) {
      companyRow[r] = target;
      continue;
    }
    const why =
      target < 0
        ? "matches no company on the sheet"
        : `is ${numbers.numbers[target]} (row ${sheetRows[target]}), which is a person, not a company`;
    log.warn(
      {
        code: target < 0 ? "unknown-company" : "company-not-company",
        row: sheetRows[r],
        column: companyNo.header,
        params: {
          sheet: log.sheet,
          row: sheetRows[r],
          number: numbers.numbers[r],
          company: written,
          ...(target < 0 ? {} : { companyNumber: numbers.numbers[target], companyRow: sheetRows[target] }),
        },
        message: `${log.sheet} row ${sheetRows[r]}: person ${numbers.numbers[r]}: company no. ${written} ${why}; treated as having no company.`,
      },
      target < 0 ? "persons whose company is not on the sheet" : "persons whose company is a person",
    );
  }
  return { isCompany, companyRow };
}
