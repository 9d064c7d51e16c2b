import type { ConditionTable, StepAction, StepSpec } from "./step";

/** A row of the Segment Criteria sheet: an Action line, then one Filter line per condition (docs/business-rules.md §5.1). */
export interface CriteriaLine {
  readonly segmentNo: string;
  readonly lineNo: number;
  readonly type: "Action" | "Filter";
  readonly action: StepAction;
  /** 1-based OR group of a Filter line; 0 on an Action line. */
  readonly group: number;
  readonly table: ConditionTable | "";
  readonly field: string;
  readonly filter: string;
  readonly allowExistingContacts: boolean;
  readonly expandCompanies: boolean;
  readonly allowRelatedCompanies: boolean;
  readonly ignoreExclusion: boolean;
  readonly entireCompanies: boolean;
}

export function nextCriteriaLineNo(lines: readonly CriteriaLine[]): number {
  let last = 0;
  for (const line of lines) if (line.lineNo > last) last = line.lineNo;
  return last + 1;
}

/** The criteria lines that record a step; `fieldCaption` names each condition's field as the sheet should show it. */
export function criteriaLinesForStep(
  segmentNo: string,
  firstLineNo: number,
  step: StepSpec,
  fieldCaption: (field: string, table: ConditionTable) => string = (field) => field,
): CriteriaLine[] {
  const { options } = step;
  const lines: CriteriaLine[] = [
    {
      segmentNo,
      lineNo: firstLineNo,
      type: "Action",
      action: step.action,
      group: 0,
      table: "",
      field: "",
      filter: "",
      ...options,
    },
  ];
  step.groups.forEach((group, groupIndex) => {
    for (const condition of group) {
      lines.push({
        segmentNo,
        lineNo: firstLineNo + lines.length,
        type: "Filter",
        action: step.action,
        group: groupIndex + 1,
        table: condition.table,
        field: fieldCaption(condition.field, condition.table),
        filter: condition.filter,
        allowExistingContacts: false,
        expandCompanies: false,
        allowRelatedCompanies: false,
        ignoreExclusion: false,
        entireCompanies: false,
      });
    }
  });
  return lines;
}

export function countActions(lines: readonly Pick<CriteriaLine, "type">[]): number {
  return lines.filter((line) => line.type === "Action").length;
}
