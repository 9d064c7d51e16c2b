import { DomainError } from "../errors";
import type { CheckedLine } from "./logChecks";

/** A line whose contact has Exclude from Segment set (typed by hand, or added with Ignore Exclusion). */
export interface ExcludedLine {
  readonly lineNo: number;
  readonly contactNo: string;
}

export function excludedLines(lines: readonly CheckedLine[]): ExcludedLine[] {
  return lines.filter((c) => c.contact.excluded).map((c) => ({ lineNo: c.line.lineNo, contactNo: c.line.contactNo }));
}

/** docs/decisions.md §D9: Log lists them and goes on only when told (the pane asks; the command wants --include-excluded). */
export class ExcludedContactsError extends DomainError {
  constructor(
    readonly segmentNo: string,
    readonly lines: readonly ExcludedLine[],
  ) {
    const list = lines.map((l) => `line ${l.lineNo} (${l.contactNo})`).join(", ");
    const n = lines.length;
    super(
      `Segment ${segmentNo} has ${n} line${n === 1 ? "" : "s"} whose contact is excluded from segments: ${list}. ` +
        "Remove the lines, or confirm to log them anyway (the command: --include-excluded).",
      "excluded-contacts",
    );
    this.name = "ExcludedContactsError";
  }
}
