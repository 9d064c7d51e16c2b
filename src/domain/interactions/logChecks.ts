/**
 * Log Segment's checks (docs/business-rules.md §7.2) in BC's order; the first failure stops the log, and its message
 * names the segment, the line and the field. The review runs them all, so the pane can list every line to fix
 * before anything is written. Salesperson, campaign and group codes are free text (docs/decisions.md §D9): a salesperson is
 * still required on every line, but no master table is consulted.
 */
import { DomainError } from "../errors";
import type { ContactTable } from "../contacts/table";
import { contactFacts, type ContactFacts } from "../segments/contactFacts";
import type { SegmentHeader } from "../segments/header";
import type { SegmentLine } from "../segments/line";
import { foldCase } from "../text";
import type { ExcludedLine } from "./excludedLines";
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

/** Why Log would refuse, as data: the pane words it in the user's language and points at the line. */
export type LogProblemKind =
  | "alreadyLogged"
  | "noDescription"
  | "empty"
  | "noDate"
  | "unknownContact"
  | "noSalesperson"
  | "noTemplate"
  | "unknownTemplate"
  | "invalidTemplate";

export interface LogProblem {
  readonly kind: LogProblemKind;
  /** The line concerned; absent for a problem of the whole segment. */
  readonly lineNo?: number;
  readonly contactNo?: string;
  /** The template code (unknownTemplate, invalidTemplate) or the earlier Logged Segments entry No. (alreadyLogged). */
  readonly code?: string;
  /** What is wrong with an invalid template's row on its sheet (row, column, rule). */
  readonly detail?: string;
  /** The whole message in BC's words, as the command prints it. */
  readonly message: string;
}

/** Every check of docs/business-rules.md §7.2 run to the end: the lines to log, the ones that passed, the excluded ones and every problem. */
export interface LogReview {
  /** Lines with a contact, in line order: one Interaction Log entry each. */
  readonly lines: readonly SegmentLine[];
  readonly checked: readonly CheckedLine[];
  /** Lines whose contact is on the sheet with Exclude from Segment set (docs/decisions.md §D9). */
  readonly excluded: readonly ExcludedLine[];
  /** In BC's order: the segment's own problems, then line by line, each line's fields in BC's order. */
  readonly problems: readonly LogProblem[];
}

/** The lines to log in line order (blank Contact No. skipped silently, as BC does); throws on the first failure. */
export function checkLogSegment(input: LogCheckInput): CheckedLine[] {
  const review = reviewLogSegment(input);
  if (review.problems.length > 0) throw fail(review.problems[0].message);
  return [...review.checked];
}

/** The checks without stopping at the first failure, so the user sees every line to fix before anything is written. */
export function reviewLogSegment(input: LogCheckInput): LogReview {
  const { header } = input;
  const problems: LogProblem[] = [];
  const earlier = input.logged.find((l) => foldCase(l.segmentNo.trim()) === foldCase(header.no.trim()));
  if (earlier) {
    problems.push({
      kind: "alreadyLogged",
      code: String(earlier.entryNo),
      message: `Logged Segment for Segment No. ${header.no} already exists (Logged Segments entry ${earlier.entryNo}).`,
    });
  }
  if (blank(header.description))
    problems.push({
      kind: "noDescription",
      message: `Description must have a value in Segment: No.=${header.no}. It cannot be blank.`,
    });
  const lines = input.lines.filter((l) => !blank(l.contactNo)).sort((a, b) => a.lineNo - b.lineNo);
  if (lines.length === 0) problems.push({ kind: "empty", message: `Segment ${header.no} is empty.` });
  const checked: CheckedLine[] = [];
  const excluded: ExcludedLine[] = [];
  for (const line of lines) {
    const review = reviewLine(input, line);
    problems.push(...review.problems);
    if (review.contact?.excluded) excluded.push({ lineNo: line.lineNo, contactNo: line.contactNo });
    if (review.checked) checked.push(review.checked);
  }
  return { lines, checked, excluded, problems };
}

function reviewLine(
  input: LogCheckInput,
  line: SegmentLine,
): { problems: LogProblem[]; contact?: ContactFacts; checked?: CheckedLine } {
  const problems: LogProblem[] = [];
  const at = { lineNo: line.lineNo, contactNo: line.contactNo };
  const must = (kind: LogProblemKind, field: string) =>
    problems.push({
      kind,
      ...at,
      message: `${field} must have a value in ${onLine(line)} (contact ${line.contactNo}).`,
    });
  if (blank(line.date)) must("noDate", "Date");
  const row = input.table.rowByNumber.get(foldCase(line.contactNo.trim()));
  if (row === undefined) {
    problems.push({
      kind: "unknownContact",
      ...at,
      message: `Contact ${line.contactNo} does not exist on the contact sheet (${onLine(line)}).`,
    });
  }
  if (blank(line.salespersonCode)) must("noSalesperson", "Salesperson Code");
  let template: InteractionTemplate | undefined;
  if (blank(line.interactionTemplateCode)) must("noTemplate", "Interaction Template Code");
  else {
    const found = templateOf(input.templates, line);
    if ("kind" in found) problems.push({ ...found, ...at, code: line.interactionTemplateCode });
    else template = found;
  }
  const contact = row === undefined ? undefined : contactFacts(input.table, row);
  const checked = contact && template && problems.length === 0 ? { line, contact, template } : undefined;
  return { problems, contact, checked };
}

function templateOf(
  templates: ValidatedTemplates,
  line: SegmentLine,
): InteractionTemplate | Pick<LogProblem, "kind" | "detail" | "message"> {
  const code = foldCase(line.interactionTemplateCode.trim());
  const found = templates.templates.find((t) => foldCase(t.code) === code);
  if (found) return found;
  const problems = templates.problems.filter((p) => foldCase(p.code) === code);
  if (problems.length > 0) {
    const why = problems.map((p) => describeTemplateProblem(TEMPLATES_SHEET, p)).join(" ");
    return {
      kind: "invalidTemplate",
      detail: why,
      message: `Interaction template ${line.interactionTemplateCode} on ${onLine(line)} is not valid: ${why}`,
    };
  }
  const known = templates.templates.map((t) => t.code).join(", ") || "none";
  return {
    kind: "unknownTemplate",
    message: `Interaction template ${line.interactionTemplateCode} on ${onLine(line)} does not exist on the ${TEMPLATES_SHEET} sheet (templates: ${known}).`,
  };
}
