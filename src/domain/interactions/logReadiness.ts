/**
 * What a segment still needs before Log Segment can succeed, in the terms a user fixes on the Segment page: lines,
 * a description, an interaction template and a salesperson. Log's own review (logChecks) stays the full and exact
 * list; this is the short answer the pane shows at all times, from the header and the lines alone.
 */
import type { SegmentHeader } from "../segments/header";
import type { SegmentLine } from "../segments/line";

export type ReadinessGap = "lines" | "description" | "template" | "salesperson";

const blank = (text: string) => text.trim() === "";

/**
 * The gaps in the order the user would fix them. A template or salesperson is missing when a line lacks it, or,
 * with no lines yet, when the header (which new lines copy) lacks it. Empty means ready to log.
 */
export function logReadiness(
  header: Pick<SegmentHeader, "description" | "interactionTemplateCode" | "salespersonCode">,
  lines: readonly Pick<SegmentLine, "interactionTemplateCode" | "salespersonCode">[],
): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  const missing = (pick: (row: Pick<SegmentLine, "interactionTemplateCode" | "salespersonCode">) => string) =>
    lines.length === 0 ? blank(pick(header)) : lines.some((line) => blank(pick(line)));
  if (lines.length === 0) gaps.push("lines");
  if (missing((row) => row.interactionTemplateCode)) gaps.push("template");
  if (missing((row) => row.salespersonCode)) gaps.push("salesperson");
  if (blank(header.description)) gaps.push("description");
  return gaps;
}
