/** Go Back and Go Forward (docs/decisions.md §D2), refusing, unless forced, when lines were changed by hand. */
import { DomainError } from "../domain/errors";
import { countActions } from "../domain/segments/criteria";
import { describeHandChanges, goBack, goForward, handChanges, type HandChange } from "../domain/segments/history";
import type { SegmentBook } from "./store/ports";
import { commitSegment, loadSegmentState } from "./store/segmentState";

export interface StepHistoryRequest {
  readonly segmentNo: string;
  readonly direction: "back" | "forward";
  /** Go on although lines were changed by hand since the last action (the user confirmed). */
  readonly force?: boolean;
}

export interface StepHistoryResult {
  readonly segmentNo: string;
  /** The action undone or redone. */
  readonly action: string;
  readonly linesBefore: number;
  readonly linesAfter: number;
  readonly criteriaActions: number;
  /** Hand changes the user confirmed past. */
  readonly handChanges: readonly HandChange[];
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
}

/** Lines changed by hand: the pane asks, the command wants --force. */
export class HandChangesError extends DomainError {
  constructor(
    readonly segmentNo: string,
    readonly changes: readonly HandChange[],
    direction: "back" | "forward",
  ) {
    super(
      `Lines of segment ${segmentNo} were changed by hand since the last action: ${describeHandChanges(changes)}. ` +
        `Go ${direction === "back" ? "Back" : "Forward"} restores the lines the action touched and keeps the other changes. ` +
        "Confirm to go on (the command: --force).",
      "hand-changes",
    );
    this.name = "HandChangesError";
  }
}

export async function stepHistory(book: SegmentBook, request: StepHistoryRequest): Promise<StepHistoryResult> {
  const state = await loadSegmentState(book, request.segmentNo);
  const segmentNo = state.segment.row.record.no;
  const { history } = state.stored;
  const changes = handChanges(history, state.content.lines);
  const step = request.direction === "back" ? goBack : goForward;
  // Check there is something to do before asking about hand changes.
  const result = step(history, state.content, segmentNo);
  if (changes.length > 0 && !request.force) throw new HandChangesError(segmentNo, changes, request.direction);
  await commitSegment(book, state, result.content, result.history, result.entry);
  return {
    segmentNo,
    action: result.action,
    linesBefore: state.content.lines.length,
    linesAfter: result.content.lines.length,
    criteriaActions: countActions(result.content.criteria.map((c) => c.record)),
    handChanges: changes,
    canGoBack: result.history.undo.length > 0,
    canGoForward: result.history.redo.length > 0,
  };
}
