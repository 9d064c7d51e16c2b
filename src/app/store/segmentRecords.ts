import { countActions, type CriteriaLine } from "../../domain/segments/criteria";
import type { SegmentHeader } from "../../domain/segments/header";
import type { SegmentLine } from "../../domain/segments/line";
import type { InteractionTemplate } from "../../domain/interactions/template";
import { DomainError } from "../../domain/errors";
import { describeTemplateProblem, type ValidatedTemplates } from "../../domain/interactions/templateValidation";
import { foldCase } from "../../domain/text";
import {
  INTERACTION_TEMPLATES,
  SEGMENT_CRITERIA,
  SEGMENT_LINES,
  SEGMENTS,
  type SegmentRow,
  type SheetSpec,
} from "./sheetSpecs";
import { readTemplates } from "./interactionRecords";
import type { SegmentBook, StoredRow } from "./ports";
import { NO_EXTRA_CELLS } from "./rows";

export type { SegmentRow };

/** What a segment's lines add up to on its Segments row. */
export function lineFigures(
  lines: readonly Pick<SegmentLine, "cost" | "duration">[],
): Pick<SegmentRow, "noOfLines" | "cost" | "duration"> {
  let cost = 0;
  let duration = 0;
  for (const line of lines) {
    cost += line.cost;
    duration += line.duration;
  }
  // Money in cents, so three lines of 0.10 read 0.3, not 0.30000000000000004.
  return { noOfLines: lines.length, cost: Math.round(cost * 100) / 100, duration: Math.round(duration * 1e6) / 1e6 };
}

/** The header with the figures its lines and criteria give: every writer of a whole Segments row goes through here. */
export function segmentRow(
  header: SegmentHeader,
  lines: readonly Pick<SegmentLine, "cost" | "duration">[],
  criteria: readonly Pick<CriteriaLine, "type">[],
): SegmentRow {
  return { ...header, ...lineFigures(lines), noOfCriteriaActions: countActions(criteria) };
}

/** A segment with its lines and criteria, as read for one action. */
export interface LoadedSegment {
  readonly row: StoredRow<SegmentRow>;
  readonly lines: readonly StoredRow<SegmentLine>[];
  readonly criteria: readonly StoredRow<CriteriaLine>[];
  /** Every row of Segment Lines and Segment Criteria in sheet order: where Go Back puts rows back is among them. */
  readonly sheets: {
    readonly lines: readonly StoredRow<SegmentLine>[];
    readonly criteria: readonly StoredRow<CriteriaLine>[];
  };
}

export const sameNo = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

/**
 * The rows of a sheet keyed by segment that may be `segmentNo`'s: on a book that reads one segment's rows
 * (docs/decisions.md §D67) those, else the whole sheet. The caller keeps the segment's own with `sameNo`.
 */
export function readSegmentRows<R>(book: SegmentBook, spec: SheetSpec<R>, segmentNo: string): Promise<StoredRow<R>[]> {
  return book.readSegmentRows ? book.readSegmentRows(spec, segmentNo) : book.readRows(spec);
}

/**
 * The segment's Segments row, claimed: the one rule for which segment a number names and whether it exists. A
 * cell on it that cannot be read (see StoredRow.problem) is refused here, naming the cell, unless `allowProblems`.
 * What needs no lines (a preview the contact source counts) reads no more than this.
 */
export async function findSegment(
  book: SegmentBook,
  segmentNo: string,
  options: { allowProblems?: boolean } = {},
): Promise<StoredRow<SegmentRow>> {
  await book.claim?.({ segment: segmentNo });
  const segments = await book.readRows(SEGMENTS);
  const found = segments.filter((s) => sameNo(s.record.no, segmentNo));
  if (found.length === 0) {
    const known = segments.map((s) => s.record.no).join(", ") || "none yet";
    throw new DomainError(`Segment ${segmentNo} does not exist. Segments in this workbook: ${known}.`, "not-found", {
      key: "segment-not-found",
      segmentNo,
      known: segments.map((s) => s.record.no),
    });
  }
  if (found.length > 1) {
    throw new DomainError(
      `Segment ${segmentNo} appears ${found.length} times on the Segments sheet. Remove the duplicate rows.`,
      "duplicate-key",
      {
        key: "segment-duplicate",
        segmentNo,
        count: found.length,
      },
    );
  }
  if (!options.allowProblems && found[0].problem) throw found[0].problem.error;
  return found[0];
}

/**
 * The segment's rows; a cell on them that cannot be read (see StoredRow.problem) is refused here, naming the cell,
 * unless `allowProblems` (delete removes the rows whatever they hold). Other segments' bad cells never matter.
 */
export async function loadSegment(
  book: SegmentBook,
  segmentNo: string,
  options: { allowProblems?: boolean } = {},
): Promise<LoadedSegment> {
  return loadSegmentRows(book, await findSegment(book, segmentNo, options), options);
}

/** The lines and criteria of a segment findSegment found, refused as loadSegment's. */
export async function loadSegmentRows(
  book: SegmentBook,
  row: StoredRow<SegmentRow>,
  options: { allowProblems?: boolean } = {},
): Promise<LoadedSegment> {
  const no = row.record.no;
  const sheets = {
    lines: await readSegmentRows(book, SEGMENT_LINES, no),
    criteria: await readSegmentRows(book, SEGMENT_CRITERIA, no),
  };
  const lines = sheets.lines.filter((l) => sameNo(l.record.segmentNo, no));
  const criteria = sheets.criteria.filter((c) => sameNo(c.record.segmentNo, no));
  if (!options.allowProblems) {
    const problem = [...lines, ...criteria].find((line) => line.problem)?.problem;
    if (problem) throw problem.error;
  }
  return { row, lines, criteria, sheets };
}

/** The template with this code; undefined for a blank code or one not on the sheet (Log Segment reports those). */
export async function lookupTemplate(book: SegmentBook, code: string): Promise<InteractionTemplate | undefined> {
  if (code.trim() === "") return undefined;
  return usableTemplate(await readTemplates(book), code);
}

/**
 * The valid template with this code (option values in their canonical spelling); a row that fails the sheet's
 * checks (docs/business-rules.md §6) is refused with its row and column, so its values never reach a header or a line.
 */
function usableTemplate(validated: ValidatedTemplates, code: string): InteractionTemplate | undefined {
  const found = validated.templates.find((t) => sameNo(t.code, code));
  if (found) return found;
  const problems = validated.problems.filter((p) => sameNo(p.code, code));
  if (problems.length > 0) {
    const why = problems.map((p) => describeTemplateProblem(INTERACTION_TEMPLATES.sheetName, p)).join(" ");
    throw new DomainError(`Interaction template ${code} cannot be used: ${why}`, "validation");
  }
  return undefined;
}

/** The template a user chose: a code not on the sheet is an error naming the codes that are. */
export async function findTemplate(
  book: SegmentBook,
  code: string,
  /** The templates of a sheet about to be created (first use), when it does not exist yet. */
  seeded?: readonly InteractionTemplate[],
): Promise<InteractionTemplate | undefined> {
  if (code.trim() === "") return undefined;
  const validated = seeded ? { templates: seeded, problems: [] } : await readTemplates(book);
  const found = usableTemplate(validated, code);
  if (!found) {
    const known = validated.templates.map((t) => t.code).join(", ") || "none";
    throw new DomainError(
      `Interaction template ${code} does not exist on the Interaction Templates sheet (templates: ${known}).`,
      "not-found",
      {
        key: "template-not-found",
        code,
        known: validated.templates.map((t) => t.code),
      },
    );
  }
  return found;
}

export const stored = <R extends object>(
  record: R,
  extra: StoredRow<R>["extra"] = NO_EXTRA_CELLS,
): StoredRow<object> => ({
  record,
  extra,
});
