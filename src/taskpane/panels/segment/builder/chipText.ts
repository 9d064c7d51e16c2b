/**
 * The step in plain words, one chip a condition ("Name contains berg"), grouped as the step's OR groups: what the
 * builder shows under the conditions so the user reads back what they built. Pure: the caption of each field and
 * the words come in.
 */
import { VALUELESS, type OperatorId } from "./operators";
import { conditionFilter, type ConditionDraft, type GroupDraft } from "./stepDraft";

export interface ChipWords {
  /** A BC expression typed by hand: "Salesperson Code matches JO|PS". */
  readonly matches: string;
  /** "1 and 10": the two ends of "is between". */
  readonly range: (from: string, to: string) => string;
  /** "NEWS or XMAS": the values of "is one of". */
  readonly anyOf: (values: readonly string[]) => string;
}

/** The words of a chip: the operator menu's ("is", "contains") and those of ChipWords. */
export type ChipText = ChipWords & { readonly operators: Readonly<Record<OperatorId, string>> };

/** One chip: the condition in words. */
export function conditionChip(condition: ConditionDraft, caption: string, words: ChipText): string {
  const { mode } = condition;
  const value = condition.value.trim();
  if (mode === "expression") return `${caption} ${words.matches} ${value}`;
  if (VALUELESS.has(mode)) return `${caption} ${words.operators[mode]}`;
  if (mode === "between") {
    const [from, to] = value.split("..").map((end) => end.trim());
    if (to !== undefined && from !== "" && to !== "")
      return `${caption} ${words.operators[mode]} ${words.range(from, to)}`;
  }
  if (mode === "oneOf") {
    const values = value
      .split("|")
      .map((one) => one.trim())
      .filter((one) => one !== "");
    return `${caption} ${words.operators[mode]} ${words.anyOf(values)}`;
  }
  return `${caption} ${words.operators[mode]} ${value}`;
}

/**
 * The chips of each group's conditions that the step sends (a field and a filter); groups without one are left
 * out, as the step leaves them out.
 */
export function stepChips(
  groups: readonly GroupDraft[],
  captionOf: (condition: ConditionDraft) => string,
  words: ChipText,
): string[][] {
  return groups
    .map((group) =>
      group.conditions
        .filter((c) => c.field.trim() !== "" && conditionFilter(c).trim() !== "")
        .map((c) => conditionChip(c, captionOf(c), words)),
    )
    .filter((chips) => chips.length > 0);
}
