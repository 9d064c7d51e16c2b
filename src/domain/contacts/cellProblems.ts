/**
 * Cells the table cannot read as their column's type: error values, formulas without a computed result, and stray
 * values in a typed column. Each column keeps the contacts it cannot judge (filters on it never select them), and
 * the sheet gets one problem per column and kind, naming the first few cells and counting the rest: a column of
 * broken formulas is one line, not a flood.
 */
import { quote, sheetPrefix, type ProblemLog } from "./problems";

/** How many cells a problem names before it only counts them. */
export const CELLS_NAMED = 5;

export type CellProblemKind = "error-cells" | "unresolved-formulas" | "stray-values";

/** What a problem says of its cells, and what the type column holds when a value does not fit it. */
const WHAT: Record<CellProblemKind, string> = {
  "error-cells": "error values",
  "unresolved-formulas": "formulas without a computed result",
  "stray-values": "values that do not fit the column's type",
};

const UNRESOLVED_ADVICE = "formula without a computed result; open and save the book in Excel or LibreOffice";

/** One column as the sheet shows it. */
export interface CellColumn {
  readonly header: string;
  readonly letter: string;
  /** The column's type, for stray values ("number", "date", "boolean"). */
  readonly type?: string;
}

interface Group {
  readonly kind: CellProblemKind;
  readonly column: CellColumn;
  readonly rows: number[];
  readonly values: string[];
  count: number;
}

export class CellProblems {
  private readonly groups = new Map<string, Group>();

  /** A cell at a 1-based sheet row; `value` is what it holds (the error, the stray text). */
  add(kind: CellProblemKind, column: CellColumn, row: number, value = ""): void {
    const key = `${kind}\u0000${column.letter}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { kind, column, rows: [], values: [], count: 0 };
      this.groups.set(key, group);
    }
    group.count++;
    if (group.rows.length < CELLS_NAMED) {
      group.rows.push(row);
      group.values.push(value);
    }
  }

  /** Puts one warning per column and kind into the log, in the order first found. */
  report(log: ProblemLog): void {
    for (const group of this.groups.values()) log.warn(describe(log.sheet, group), WHAT[group.kind]);
  }
}

function describe(sheet: string, { kind, column, rows, values, count }: Group) {
  const { header, letter } = column;
  const cells = rows.map((row) => `${letter}${row}`);
  const more = count - cells.length;
  const params = {
    sheet,
    column: header,
    letter,
    row: rows[0],
    cells,
    count,
    ...(more > 0 ? { more } : {}),
    ...(kind === "unresolved-formulas" ? {} : { values }),
    ...(kind === "stray-values" ? { type: column.type ?? "text" } : {}),
  };
  const place = `${sheetPrefix(sheet)}!`;
  const them = count === 1 ? "this contact" : "these contacts";
  const judge = `filters on ${quote(header)} cannot judge ${them}`;
  const rest = more > 0 ? ` and ${more} more` : "";
  let message: string;
  switch (kind) {
    case "error-cells": {
      const listed = cells.map((cell, i) => `${cell}: ${values[i]}`).join(", ");
      message = `${place}${listed}${rest}${count > 1 ? ` (${count} error values in ${header})` : ` (${header})`}; read as blank, and ${judge}.`;
      break;
    }
    case "unresolved-formulas":
      message = `${place}${cells.join(", ")}${rest}${count > 1 ? ` (${count} cells in ${header})` : ` (${header})`}: ${UNRESOLVED_ADVICE}. Until then ${judge}.`;
      break;
    case "stray-values": {
      const listed = cells.map((cell, i) => `${cell} ${quote(values[i])}`).join(", ");
      const type = column.type ?? "text";
      message = `${place}${listed}${rest}${count > 1 ? ` (${count} cells in ${header})` : ` (${header})`}: not ${article(type)} ${type} in a ${type} column; ${judge}.`;
      break;
    }
  }
  return { code: kind, row: rows[0], column: header, columnLetter: letter, params, message };
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? "an" : "a";
}
