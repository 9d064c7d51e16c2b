/**
 * Runs Add / Reduce / Refine steps on a segment's lines with the domain's plans, the way the app layer applies
 * them: Add appends the plan's new lines, Reduce and Refine drop the plan's removed lines. For property tests
 * with random step sequences (see contactTableArbitrary.ts).
 */
import type { ContactTable } from "../../src/domain/contacts/table";
import type { FilterEnv } from "../../src/domain/filter/contract";
import { planAddContacts } from "../../src/domain/segments/addContacts";
import { newSegmentHeader, type SegmentHeader } from "../../src/domain/segments/header";
import type { SegmentLine } from "../../src/domain/segments/line";
import { planReduce } from "../../src/domain/segments/reduceContacts";
import { planRefine } from "../../src/domain/segments/refineContacts";
import { linesAfterRemoval } from "../../src/domain/segments/removeContacts";
import type { StepSpec } from "../../src/domain/segments/step";

export const STEP_ENV: FilterEnv = { today: "2025-03-04", workdate: "2025-03-01", locale: "en" };
export const STEP_HEADER: SegmentHeader = newSegmentHeader(
  "SEG00001",
  { description: "Random steps" },
  STEP_ENV.workdate,
);

export function applyStep(
  table: ContactTable,
  lines: readonly SegmentLine[],
  step: StepSpec,
  header: SegmentHeader = STEP_HEADER,
  env: FilterEnv = STEP_ENV,
): readonly SegmentLine[] {
  if (step.action === "Add Contacts") {
    return [
      ...lines,
      ...planAddContacts({ table, header, lines, groups: step.groups, options: step.options, env }).newLines,
    ];
  }
  const input = { table, lines, groups: step.groups, entireCompanies: step.options.entireCompanies, env };
  const plan = step.action === "Remove Contacts (Reduce)" ? planReduce(input) : planRefine(input);
  return linesAfterRemoval(lines, plan);
}

export function applySteps(
  table: ContactTable,
  steps: readonly StepSpec[],
  start: readonly SegmentLine[] = [],
): readonly SegmentLine[] {
  return steps.reduce((lines, step) => applyStep(table, lines, step), start);
}
