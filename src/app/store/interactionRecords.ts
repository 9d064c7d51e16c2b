/** The interaction sheets as records: templates (validated), the Interaction Log and Logged Segments. */
import { DomainError } from "../../domain/errors";
import type { InteractionLogEntry, LoggedSegment } from "../../domain/interactions/logEntry";
import {
  describeTemplateProblem,
  validateTemplates,
  type TemplateProblem,
  type ValidatedTemplates,
} from "../../domain/interactions/templateValidation";
import { INTERACTION_LOG, INTERACTION_TEMPLATES, LOGGED_SEGMENTS } from "./sheetSpecs";
import type { SegmentBook, StoredRow } from "./ports";

/** Every template row checked; valid rows and problems, each problem naming its sheet row and column. */
export async function readTemplates(book: SegmentBook): Promise<ValidatedTemplates> {
  const rows = await book.readRows(INTERACTION_TEMPLATES);
  // A row always comes from a sheet here; the header is row 1 when a gateway does not say otherwise.
  const sheetRow = (row: StoredRow<unknown>, i: number) => row.sheetRow ?? i + 2;
  const validated = validateTemplates(
    rows.flatMap((row, i) => (row.problem ? [] : [{ record: row.record, sheetRow: sheetRow(row, i) }])),
  );
  // A cell the reader could not read makes its template unusable, as a failed check does; the others stay usable.
  const unreadable: TemplateProblem[] = rows.flatMap((row, i) =>
    row.problem
      ? [
          {
            sheetRow: sheetRow(row, i),
            column: row.problem.column,
            code: row.record.code.trim(),
            message: row.problem.detail,
          },
        ]
      : [],
  );
  if (unreadable.length === 0) return validated;
  return {
    templates: validated.templates,
    problems: [...unreadable, ...validated.problems].sort((a, b) => a.sheetRow - b.sheetRow),
  };
}

/** The whole sheet must be valid: one error listing every problem. */
export async function readValidTemplates(book: SegmentBook): Promise<ValidatedTemplates> {
  const validated = await readTemplates(book);
  if (validated.problems.length > 0) {
    const list = validated.problems.map((p) => describeTemplateProblem(INTERACTION_TEMPLATES.sheetName, p));
    throw new DomainError(
      `The ${INTERACTION_TEMPLATES.sheetName} sheet has ${list.length} problem${list.length === 1 ? "" : "s"}:\n${list.join("\n")}`,
      "validation",
    );
  }
  return validated;
}

export async function readLogEntries(book: SegmentBook): Promise<StoredRow<InteractionLogEntry>[]> {
  return book.readRows(INTERACTION_LOG);
}

/**
 * The entries Log numbers its new ones after (docs/business-rules.md §7.3, `lastEntryNos`): on a book that finds them,
 * those holding the largest Entry No. and Logged Segment Entry No. (docs/decisions.md §D67), else the whole log.
 */
export async function readLastLogEntries(book: SegmentBook): Promise<StoredRow<InteractionLogEntry>[]> {
  if (!book.readLastRows) return readLogEntries(book);
  return book.readLastRows(INTERACTION_LOG, ["entryNo", "loggedSegmentEntryNo"]);
}

export async function readLoggedSegments(book: SegmentBook): Promise<StoredRow<LoggedSegment>[]> {
  return book.readRows(LOGGED_SEGMENTS);
}
