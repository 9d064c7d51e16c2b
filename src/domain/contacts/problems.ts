import type { Problem } from "./table";

/** Cell-level warnings of one kind beyond this many are only counted: a sheet of broken formulas would drown the pane. */
export const WARNING_CAP = 50;

/** Excel's column letters for a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Excel-style cell address with its header, e.g. Contacts!F14 (E-Mail). */
export function cellAddress(sheet: string, letter: string, row: number, header: string): string {
  return `${sheetPrefix(sheet)}!${letter}${row} (${header})`;
}

/** Quotes user text in messages so blanks and spaces show. */
export function quote(text: string): string {
  return `"${text}"`;
}

/** "row 3", "rows 3 and 14", "rows 3, 8 and 14". */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
}

type Draft = Omit<Problem, "severity" | "sheet">;

/** Collects the problems of one build: every error, and warnings capped per code with a count of the rest. */
export class ProblemLog {
  readonly errors: Problem[] = [];
  private readonly listed: Problem[] = [];
  private readonly perCode = new Map<string, number>();
  private readonly overflow = new Map<string, { count: number; what: string }>();

  constructor(readonly sheet: string) {}

  error(draft: Draft): void {
    this.errors.push({ severity: "error", sheet: this.sheet, ...draft });
  }

  /** A warning; `what` names the kind in the summary once WARNING_CAP of this code are listed. */
  warn(draft: Draft, what: string): void {
    const seen = (this.perCode.get(draft.code) ?? 0) + 1;
    this.perCode.set(draft.code, seen);
    if (seen <= WARNING_CAP) {
      this.listed.push({ severity: "warning", sheet: this.sheet, ...draft });
      return;
    }
    const more = this.overflow.get(draft.code);
    if (more) more.count++;
    else this.overflow.set(draft.code, { count: 1, what });
  }

  /** Listed warnings in the order found, then one summary per capped code. */
  warnings(): Problem[] {
    const summaries: Problem[] = [...this.overflow].map(([code, { count, what }]) => ({
      severity: "warning",
      sheet: this.sheet,
      code,
      message: `${this.sheet}: ${count} more ${what} not listed.`,
      params: { sheet: this.sheet, more: count },
    }));
    return [...this.listed, ...summaries];
  }
}
