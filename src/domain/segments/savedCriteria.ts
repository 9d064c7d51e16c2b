/** Save Criteria (docs/business-rules.md §5.3): a segment's criteria lines copied under a new code. */
import { DomainError } from "../errors";
import { foldCase } from "../text";
import { countActions, type CriteriaLine } from "./criteria";

export interface SavedCriteriaLine extends Omit<CriteriaLine, "segmentNo"> {
  readonly code: string;
  readonly description: string;
}

export function saveCriteria(
  segmentNo: string,
  criteria: readonly CriteriaLine[],
  code: string,
  description: string,
  existing: readonly SavedCriteriaLine[],
): SavedCriteriaLine[] {
  const trimmed = code.trim();
  if (trimmed === "")
    throw new DomainError("Save Criteria needs a code.", "validation", { key: "saved-criteria-code-required" });
  if (countActions(criteria) === 0)
    throw new DomainError(`Segment ${segmentNo} has no criteria actions to save.`, "validation", {
      key: "saved-criteria-empty",
      segmentNo,
    });
  if (existing.some((line) => foldCase(line.code.trim()) === foldCase(trimmed))) {
    throw new DomainError(`Saved criteria ${trimmed} already exist. Choose a new code.`, "duplicate-key", {
      key: "saved-criteria-exists",
      code: trimmed,
    });
  }
  return [...criteria]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map(({ segmentNo: _segment, ...line }) => ({ ...line, code: trimmed, description }));
}

/** The lines saved under `code`; an unknown code is an error naming the codes there are. */
export function savedCriteriaFor(code: string, saved: readonly SavedCriteriaLine[]): SavedCriteriaLine[] {
  const lines = saved.filter((line) => foldCase(line.code.trim()) === foldCase(code.trim()));
  if (lines.length === 0) {
    const codes = [...new Set(saved.map((line) => line.code))].join(", ") || "none yet";
    throw new DomainError(`There are no saved criteria ${code} (saved criteria: ${codes}).`, "not-found", {
      key: "saved-criteria-not-found",
      code,
      known: [...new Set(saved.map((line) => line.code))],
    });
  }
  return lines;
}
