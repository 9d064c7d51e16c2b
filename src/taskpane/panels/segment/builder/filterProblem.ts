import type { MessageParams } from "../../../../domain/errors";
import { ConditionError } from "../../../../domain/segments/matchStep";
import type { StepRequest } from "./stepDraft";

/** A filter error placed on the condition the user typed it in, with the 1-based character it points at. */
export interface FilterProblem {
  readonly conditionId: number;
  readonly position?: number;
  readonly message: string;
  /** What the message is built from, for strings.filterErrors.describe to say it in the pane's language. */
  readonly params?: MessageParams;
}

/** The draft condition a ConditionError is about; undefined for any other error. */
export function filterProblemOf(error: unknown, request: StepRequest): FilterProblem | undefined {
  if (!(error instanceof ConditionError)) return undefined;
  const conditionId = request.origin[error.groupIndex]?.[error.conditionIndex];
  return conditionId === undefined
    ? undefined
    : { conditionId, position: error.position, message: error.message, params: error.params };
}
