import { useCallback, useMemo, useReducer, useState } from "react";
import { useStrings } from "../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";
import { useGuardedAction } from "../../../useGuardedAction";
import { filterProblemOf, type FilterProblem } from "./filterProblem";
import { runStep } from "./runStep";
import type { StepKind } from "../../../../domain/segments/step";
import { changeDraft, emptyDraft, hasConditions, stepRequest } from "./stepDraft";
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
  const count = useLiveCount({
    segmentNo,
    kind: draft.kind,
    request,
    options: draft.options,
    linesVersion,
    enabled: ready,
  });
  /** Another kind of step chosen while conditions are typed: asked before they are cleared. */
  const [pendingKind, setPendingKind] = useState<StepKind>();
  /** A Reduce or Refine that would leave the segment empty: the number of lines it removes, asked first. */
  const [removesAll, setRemovesAll] = useState<number>();

  const chooseKind = useCallback(
    (kind: StepKind) => {
      if (kind === draft.kind) return;
      if (hasConditions(draft)) setPendingKind(kind);
      else change({ type: "kind", kind });
    },
    [draft],
  );
  const confirmKind = useCallback(() => {
    if (pendingKind) change({ type: "kind", kind: pendingKind });
    setPendingKind(undefined);
  }, [pendingKind]);

  const apply = useCallback(
    async (confirmed = false) => {
      const outcome = await run(async (): Promise<number | undefined> => {
        setApplyProblem(undefined);
        setRemovesAll(undefined);
        try {
          const book = await openBook();
          const call = { segmentNo, kind: draft.kind, groups: request.groups, options: draft.options };
          if (draft.kind !== "add" && !confirmed) {
            // Asked on the exact preview, not the live count, which may still be counting the previous keystroke.
            const preview = await runStep(book, runContext(), { ...call, preview: true });
            if (preview.kind === "remove" && preview.kept === 0 && preview.removedLines > 0)
              return preview.removedLines;
          }
          const result = await runStep(book, runContext(), { ...call, preview: false });
          onApplied(
            successNotice(
              strings.segment.builder.applied[draft.kind](result.kind === "add" ? result.added : result.removedLines),
            ),
          );
        } catch (error) {
          const problem = filterProblemOf(error, request);
          if (problem) setApplyProblem(problem);
          onFailed(errorNotice(strings, strings.segment.builder.applyFailed, error));
        }
        return undefined;
      });
      // Asked once nothing runs, so the dialog opens with its buttons enabled and focus on Cancel.
      if (outcome.ran && outcome.value !== undefined) setRemovesAll(outcome.value);
    },
    [run, openBook, runContext, segmentNo, draft, request, strings, onApplied, onFailed],
  );

  // The problem under a box is the newest one known: the live count's while typing, the apply's after a click.
  const problem = count.status === "invalid" ? count.problem : applyProblem;
  return {
    draft,
    change,
    request,
    count,
    problem,
    apply,
    applying,
    chooseKind,
    pendingKind,
    confirmKind,
    dismissKind: () => setPendingKind(undefined),
    removesAll,
    confirmRemoveAll: () => void apply(true),
    dismissRemoveAll: () => setRemovesAll(undefined),
  };
}
