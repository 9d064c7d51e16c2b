/**
 * Criteria lines back into steps, and steps into words: a step is an Action line followed by its Filter lines
 * (docs/business-rules.md §5.1); the Group column numbers its OR groups (docs/decisions.md §D7), so a step replays from these columns alone.
 */
import { DomainError } from "../errors";
import type { CriteriaLine } from "./criteria";
import type { Condition, StepOptions, StepSpec } from "./step";

type CriteriaFields = Omit<CriteriaLine, "segmentNo">;

/** Steps in Line No. order; `where` names the sheet and owner for messages ("Saved Criteria RETNOALP"). */
export function stepsFromCriteria(lines: readonly CriteriaFields[], where: string): StepSpec[] {
  const steps: { action: StepSpec["action"]; options: StepOptions; groups: Map<number, Condition[]> }[] = [];
  for (const line of [...lines].sort((a, b) => a.lineNo - b.lineNo)) {
    if (line.type === "Action") {
      const { allowExistingContacts, expandCompanies, allowRelatedCompanies, ignoreExclusion, entireCompanies } = line;
      const options = {
        allowExistingContacts,
        expandCompanies,
        allowRelatedCompanies,
        ignoreExclusion,
        entireCompanies,
      };
      steps.push({ action: line.action, options, groups: new Map() });
      continue;
    }
    const step = steps.at(-1);
    if (!step)
      throw new DomainError(`${where}, line ${line.lineNo}: a Filter line comes before any Action line.`, "criteria");
    if (line.table !== "Contact" && line.table !== "Interaction Log") {
      throw new DomainError(
        `${where}, line ${line.lineNo}: Table must be Contact or Interaction Log, not "${line.table}".`,
        "criteria",
      );
    }
    if (line.field.trim() === "")
      throw new DomainError(`${where}, line ${line.lineNo}: the Filter line has no Field.`, "criteria");
    const group = Math.max(1, line.group);
    const conditions = step.groups.get(group) ?? [];
    conditions.push({ table: line.table, field: line.field, filter: line.filter });
    step.groups.set(group, conditions);
  }
  return steps.map(({ action, options, groups }) => ({
    action,
    options,
    groups: [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, conditions]) => conditions),
  }));
}

const FLAG_NAMES: [keyof StepOptions, string][] = [
  ["allowExistingContacts", "Allow Existing Contacts"],
  ["expandCompanies", "Expand Companies"],
  ["allowRelatedCompanies", "Allow Related Companies"],
  ["ignoreExclusion", "Ignore Exclusion"],
  ["entireCompanies", "Entire Companies"],
];

/** "1. Add Contacts (Expand Companies)" then "   Mailing Groups: NEWS|XMAS", OR between groups. */
export function describeSteps(steps: readonly StepSpec[]): string[] {
  const out: string[] = [];
  steps.forEach((step, i) => {
    const flags = FLAG_NAMES.filter(([key]) => step.options[key]).map(([, name]) => name);
    out.push(`${i + 1}. ${step.action}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`);
    if (step.groups.length === 0) out.push("   all contacts");
    step.groups.forEach((group, g) => {
      if (g > 0) out.push("   OR");
      for (const condition of group) {
        const table = condition.table === "Interaction Log" ? "Interaction Log: " : "";
        out.push(`   ${table}${condition.field}: ${condition.filter}`);
      }
    });
  });
  return out;
}
