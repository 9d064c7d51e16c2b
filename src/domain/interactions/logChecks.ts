/**
 * Log Segment's checks (bc-segments §7.2) in BC's order; the first failure stops everything, so the message
 * names the segment, the line and the field. Salesperson, campaign and group codes are free text (decision 9):
 * a salesperson is still required on every line, but no master table is consulted.
 */
import { DomainError } from "../errors";
import type { ContactTable } from "../contacts/table";
import { contactFacts, type ContactFacts } from "../segments/contactFacts";
import type { SegmentHeader } from "../segments/header";
import type { SegmentLine } from "../segments/line";
import { foldCase } from "../text";
import type { LoggedSegment } from "./logEntry";
import type { InteractionTemplate } from "./template";
import { describeTemplateProblem, type ValidatedTemplates } from "./templateValidation";

export const TEMPLATES_SHEET = "Interaction Templates";

/** A line that passed the checks, with what logging it needs. */
export interface CheckedLine {
  readonly line: SegmentLine;
  readonly contact: ContactFacts;
  readonly template: InteractionTemplate;
}

export interface LogCheckInput {
  readonly header: SegmentHeader;
  readonly lines: readonly SegmentLine[];
  readonly table: ContactTable;
  readonly templates: ValidatedTemplates;
  readonly logged: readonly LoggedSegment[];
}

const fail = (message: string) => new DomainError(message, "validation");
const onLine = (line: SegmentLine) => `Segment Line: Segment No.=${line.segmentNo}, Line No.=${line.lineNo}`;
const blank = (text: string) => text.trim() === "";

/** The lines to log in line order (blank Contact No. skipped silently, as BC does); throws on the first failure. */
export function checkLogSegment(input: LogCheckInput): CheckedLine[] {
  const { header } = input;
  const earlier = input.logged.find((l) => foldCase(l.segmentNo.trim()) === foldCase(header.no.trim()));
  if (earlier) throw fail(`Logged Segment for Segment No. ${header.no} already exists (Logged Segments entry ${earlier.entryNo}).`);
  if (blank(header.description)) throw fail(`Description must have a value in Segment: No.=${header.no}. It cannot be blank.`);
  const lines = input.lines.filter((l) => !blank(l.contactNo)).sort((a, b) => a.lineNo - b.lineNo);
  if (lines.length === 0) throw fail(`Segment ${header.no} is empty.`);
  return lines.map((line) => checkLine(input, line));
}

function checkLine(input: LogCheckInput, line: SegmentLine): CheckedLine {
  const must = (field: string) => fail(`${field} must have a value in ${onLine(line)} (contact ${line.contactNo}).`);
  if (blank(line.date)) throw must("Date");
  const row = input.table.rowByNumber.get(foldCase(line.contactNo.trim()));
  if (row === undefined) throw fail(`Contact ${line.contactNo} does not exist on the contact sheet (${onLine(line)}).`);
  if (blank(line.salespersonCode)) throw must("Salesperson Code");
  if (blank(line.interactionTemplateCode)) throw must("Interaction Template Code");
  return { line, contact: contactFacts(input.table, row), template: templateOf(input.templates, line) };
}

function templateOf(templates: ValidatedTemplates, line: SegmentLine): InteractionTemplate {
  const code = foldCase(line.interactionTemplateCode.trim());
  const found = templates.templates.find((t) => foldCase(t.code) === code);
  if (found) return found;
  const problems = templates.problems.filter((p) => foldCase(p.code) === code);
  if (problems.length > 0) {
    const why = problems.map((p) => describeTemplateProblem(TEMPLATES_SHEET, p)).join(" ");
    throw fail(`Interaction template ${line.interactionTemplateCode} on ${onLine(line)} is not valid: ${why}`);
  }
  const known = templates.templates.map((t) => t.code).join(", ") || "none";
  throw fail(
    `Interaction template ${line.interactionTemplateCode} on ${onLine(line)} does not exist on the ${TEMPLATES_SHEET} sheet (templates: ${known}).`,
  );
}
