/**
 * The contacts one step concerns (docs/decisions.md §D45), as a source that selects contacts itself is asked for
 * them: Add, those its groups may select (and, with Expand Companies, every contact of their companies); Reduce and
 * Refine, the segment's lines' contacts (and, with Entire Companies, their companies' contacts the groups select).
 */
import type { FieldId } from "../../domain/contacts/fields";
import type { FilterEnv } from "../../domain/filter/contract";
import type { SegmentLine } from "../../domain/segments/line";
import type { FilterGroup, StepOptions } from "../../domain/segments/step";
import type { ContactConcern } from "./ports";

export function addConcern(
  groups: readonly FilterGroup[],
  options: Pick<StepOptions, "expandCompanies">,
  env: FilterEnv,
  fields?: readonly FieldId[],
): ContactConcern {
  return { step: { groups, env }, members: options.expandCompanies ? "all" : undefined, fields };
}

export function removeConcern(
  groups: readonly FilterGroup[],
  lines: readonly SegmentLine[],
  options: Pick<StepOptions, "entireCompanies">,
  env: FilterEnv,
  fields?: readonly FieldId[],
): ContactConcern {
  return {
    step: { groups, env },
    numbers: lines.map((line) => line.contactNo),
    members: options.entireCompanies ? "matching" : undefined,
    fields,
  };
}
