/**
 * The Interaction Templates sheet is typed by people, so every row is checked before a template is used
 * (docs/business-rules.md §6): a group code, no negative cost or duration, and the option fields from their lists. Values
 * are matched ignoring case (docs/decisions.md §D1) and given back in their canonical spelling.
 */
import type { CorrespondenceType, InformationFlow, InitiatedBy } from "../segments/header";
import type { InteractionTemplate } from "./template";

/** A template row as read, before its option fields are known to be from their lists. */
export interface TemplateRowInput {
  readonly record: Omit<InteractionTemplate, "informationFlow" | "initiatedBy" | "correspondenceType"> & {
    readonly informationFlow: string;
    readonly initiatedBy: string;
    readonly correspondenceType: string;
  };
  /** 1-based sheet row, for the message. */
  readonly sheetRow: number;
}

export interface TemplateProblem {
  readonly sheetRow: number;
  /** The column's header. */
  readonly column: string;
  /** The row's template code ("" when that is the problem). */
  readonly code: string;
  readonly message: string;
}

export interface ValidatedTemplates {
  /** The valid rows, in sheet order. */
  readonly templates: readonly InteractionTemplate[];
  readonly problems: readonly TemplateProblem[];
}

const INFORMATION_FLOWS: readonly InformationFlow[] = ["", "Outbound", "Inbound"];
const INITIATED_BY: readonly InitiatedBy[] = ["", "Us", "Them"];
const CORRESPONDENCE_TYPES: readonly CorrespondenceType[] = ["", "Hard Copy", "Email"];

/** "hard copy", "HardCopy" and "e-mail" name list values too: spaces and hyphens are not part of the value. */
const squeeze = (text: string) => text.replace(/[\s-]/g, "").toLowerCase();

function fromList<T extends string>(value: string, list: readonly T[]): T | undefined {
  return list.find((item) => squeeze(item) === squeeze(value));
}

const listText = (list: readonly string[]) => list.filter((v) => v !== "").join(", ") + " or blank";

export function validateTemplates(rows: readonly TemplateRowInput[]): ValidatedTemplates {
  const templates: InteractionTemplate[] = [];
  const problems: TemplateProblem[] = [];
  for (const { record, sheetRow } of rows) {
    const code = record.code.trim();
    const found: TemplateProblem[] = [];
    const problem = (column: string, message: string) => found.push({ sheetRow, column, code, message });
    if (code === "") problem("Code", "must have a value");
    if (record.interactionGroupCode.trim() === "") problem("Interaction Group Code", "must have a value");
    if (record.unitCost < 0) problem("Unit Cost (LCY)", `must not be negative (${record.unitCost})`);
    if (record.unitDuration < 0) problem("Unit Duration (Min.)", `must not be negative (${record.unitDuration})`);
    const informationFlow = fromList(record.informationFlow, INFORMATION_FLOWS);
    if (informationFlow === undefined)
      problem("Information Flow", `"${record.informationFlow}" is not ${listText(INFORMATION_FLOWS)}`);
    const initiatedBy = fromList(record.initiatedBy, INITIATED_BY);
    if (initiatedBy === undefined) problem("Initiated By", `"${record.initiatedBy}" is not ${listText(INITIATED_BY)}`);
    const correspondenceType = fromList(record.correspondenceType, CORRESPONDENCE_TYPES);
    if (correspondenceType === undefined) {
      problem("Correspondence Type", `"${record.correspondenceType}" is not ${listText(CORRESPONDENCE_TYPES)}`);
    }
    if (
      found.length > 0 ||
      informationFlow === undefined ||
      initiatedBy === undefined ||
      correspondenceType === undefined
    ) {
      problems.push(...found);
      continue;
    }
    templates.push({ ...record, code, informationFlow, initiatedBy, correspondenceType });
  }
  return { templates, problems };
}

/** "Interaction Templates row 4, column Unit Cost (LCY): must not be negative (-1) (template LETTER)." */
export function describeTemplateProblem(sheetName: string, problem: TemplateProblem): string {
  const which = problem.code === "" ? "" : ` (template ${problem.code})`;
  return `${sheetName} row ${problem.sheetRow}, column ${problem.column}: ${problem.message}${which}.`;
}
