/**
 * What the bench filters: a generated contact sheet and, per run, one Add step with three conditions whose
 * literals change from run to run (so no engine can reuse a previous answer).
 */
import { contactNumberFormats, generateContacts, type CellValue } from "../test/support/generateContacts";

export const SHEET_NAME = "Contacts";
export const NAME_HEADER = "Name";
export const MAILING_HEADER = "Mailing Groups";
export const NUMBER_HEADER = "Employees";

export interface Sheet {
  readonly values: CellValue[][];
  readonly numberFormats: (string | undefined)[];
  readonly rowCount: number;
}

/**
 * The generated sheet as a pane receives it: Range.values comes out of JSON.parse, so each row is parsed from its
 * JSON here. The generator joins names and e-mail addresses from parts, which V8 keeps as ropes (each read of their
 * characters goes through a pointer more); Excel's values are never ropes, and every builder reads the same values
 * (docs/decisions.md §D70).
 */
export function makeSheet(rows: number, seed: number): Sheet {
  const values = generateContacts({ rows, seed }).map((row) => JSON.parse(JSON.stringify(row)) as CellValue[]);
  return { values, numberFormats: contactNumberFormats(), rowCount: values.length - 1 };
}

/** One Add step: Mailing Groups = a code list, Name = *substring*, Employees = lo..hi (all ANDed). */
export interface StepQuery {
  /** Codes as a user types them (mixed case); a row matches when one of its codes equals one of them. */
  readonly codes: readonly string[];
  /** Name contains this text (case ignored). */
  readonly substring: string;
  /** Employees within lo..hi inclusive; blanks never match. */
  readonly lo: number;
  readonly hi: number;
  /** The same conditions as BC filter expressions, for ours. */
  readonly expressions: { readonly mailingGroups: string; readonly name: string; readonly number: string };
}

// List lengths are pairwise coprime, so the triple of literals does not repeat for 11 * 9 * 13 runs and
// every single literal differs from the previous run's.
const CODE_LISTS: readonly (readonly string[])[] = [
  ["NEWS", "XMAS"],
  ["event", "Webinar"],
  ["PRESS", "vip"],
  ["Summer", "OFFERS"],
  ["GOLF", "news"],
  ["FAIR", "Xmas"],
  ["webinar", "PRESS", "golf"],
  ["VIP", "Event"],
  ["offers", "FAIR"],
  ["xmas", "SUMMER"],
  ["News", "Golf", "Fair"],
];
const SUBSTRINGS = ["berg", "Ström", "SON", "lund", "gren", "qvist", "Sjö", "ber", "ÖST"];
const RANGES: readonly (readonly [number, number])[] = [
  [10, 250],
  [1, 50],
  [100, 1000],
  [5, 5000],
  [20, 80],
  [200, 20000],
  [0, 10],
  [50, 500],
  [2, 30],
  [1000, 9999],
  [15, 150],
  [3, 300],
  [40, 4000],
];

export function queryFor(run: number): StepQuery {
  const codes = CODE_LISTS[run % CODE_LISTS.length];
  const substring = SUBSTRINGS[run % SUBSTRINGS.length];
  const [lo, hi] = RANGES[run % RANGES.length];
  return {
    codes,
    substring,
    lo,
    hi,
    expressions: { mailingGroups: codes.join("|"), name: `*${substring}*`, number: `${lo}..${hi}` },
  };
}

/** The three filtered columns as plain arrays, read straight from the 2-D values (peers build from these). */
export interface PeerInput {
  readonly rowCount: number;
  /** Name as written. */
  readonly names: readonly string[];
  /** Mailing Groups split on ; and , and trimmed, blanks dropped, as written. */
  readonly mailingGroups: readonly (readonly string[])[];
  /** Employees; NaN for a blank cell. */
  readonly numbers: Float64Array;
}

export function peerInput(sheet: Sheet): PeerInput {
  const header = sheet.values[0];
  const at = (h: string): number => {
    const index = header.indexOf(h);
    if (index < 0) throw new Error(`The sheet has no ${h} column`);
    return index;
  };
  const nameAt = at(NAME_HEADER);
  const mailingAt = at(MAILING_HEADER);
  const numberAt = at(NUMBER_HEADER);
  const rowCount = sheet.rowCount;
  const names: string[] = new Array(rowCount);
  const mailingGroups: string[][] = new Array(rowCount);
  const numbers = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const row = sheet.values[r + 1];
    names[r] = String(row[nameAt]).trim();
    mailingGroups[r] = String(row[mailingAt])
      .split(/[;,]/)
      .map((code) => code.trim())
      .filter((code) => code !== "");
    const number = row[numberAt];
    numbers[r] = typeof number === "number" ? number : NaN;
  }
  return { rowCount, names, mailingGroups, numbers };
}
