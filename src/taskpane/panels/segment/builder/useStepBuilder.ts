import { useCallback, useMemo, useReducer, useState } from "react";
import { useStrings } from "../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";
import { useGuardedAction } from "../../../useGuardedAction";
import { filterProblemOf, type FilterProblem } from "./filterProblem";
import { runStep } from "./runStep";
import { changeDraft, emptyDraft, stepRequest } from "./stepDraft";
import { useLiveCount } from "./useLiveCount";

export interface StepBuilderInput {
  readonly segmentNo: string;
  /** Changes whenever the segment's lines may have changed, so the count is made again. */
  readonly linesVersion: number;
  /** The contact sheet's columns are known: without them there is nothing to count. */
  readonly ready: boolean;
  /** Called after a step was applied, with what to tell the user. */
  readonly onApplied: (notice: Notice) => void;
  readonly onFailed: (notice: Notice) => void;
}

/** The Add / Reduce / Refine builder: the draft, its live count, and applying it once however often it is clicked. */
export function useStepBuilder({ segmentNo, linesVersion, ready, onApplied, onFailed }: StepBuilderInput) {
  const { openBook, runContext } = useBookServices();
  const strings = useStrings();
  const [draft, change] = useReducer(changeDraft, undefined, () => emptyDraft());
  const request = useMemo(() => stepRequest(draft), [draft]);
  const [applyProblem, setApplyProblem] = useState<FilterProblem>();
  const { busy: applying, run } = useGuardedAction();
  const count = useLiveCount({ segmentNo, kind: draft.kind, request, options: draft.options, linesVersion, enabled: ready });

  const apply = useCallback(async () => {
    await run(async () => {
      setApplyProblem(undefined);
      try {
        const result = await runStep(await openBook(), runContext(), { segmentNo, kind: draft.kind, groups: request.groups, options: draft.options, preview: false });
        onApplied(successNotice(strings.segment.builder.applied[draft.kind](result.kind === "add" ? result.added : result.removedLines)));
      } catch (error) {
        const problem = filterProblemOf(error, request);
        if (problem) setApplyProblem(problem);
        onFailed(errorNotice(strings, strings.segment.builder.applyFailed, error));
      }
    });
  }, [run, openBook, runContext, segmentNo, draft, request, strings, onApplied, onFailed]);

  // The problem under a box is the newest one known: the live count's while typing, the apply's after a click.
  const problem = count.status === "invalid" ? count.problem : applyProblem;
  return { draft, change, request, count, problem, apply, applying };
}
