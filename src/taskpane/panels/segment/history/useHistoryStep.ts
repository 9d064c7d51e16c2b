import { useCallback, useState } from "react";
import { HandChangesError, stepHistory } from "../../../../app/stepHistory";
import type { HandChange } from "../../../../domain/segments/history";
import type { StepAction } from "../../../../domain/segments/step";
import { useStrings } from "../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";
import { useGuardedAction } from "../../../useGuardedAction";

export type Direction = "back" | "forward";

/** Lines changed by hand since the last step: Go Back / Go Forward asks before it goes on. */
export interface HandChangesQuestion {
  readonly direction: Direction;
  readonly changes: readonly HandChange[];
}

/** Go Back and Go Forward, asking first when lines were changed by hand (docs/decisions.md §D2). */
export function useHistoryStep(segmentNo: string, onDone: (notice: Notice) => void) {
  const { openBook } = useBookServices();
  const strings = useStrings();
  const text = strings.segment.history;
  const [question, setQuestion] = useState<HandChangesQuestion>();
  const { busy, run } = useGuardedAction();

  const go = useCallback(
    async (direction: Direction, force = false) => {
      const outcome = await run(async (): Promise<HandChangesQuestion | undefined> => {
        try {
          const result = await stepHistory(await openBook(), { segmentNo, direction, force });
          setQuestion(undefined);
          const action = text.actionNames[result.action as StepAction] ?? result.action;
          onDone(successNotice(text.done(direction, action, result.linesBefore, result.linesAfter)));
        } catch (error) {
          if (error instanceof HandChangesError && !force) return { direction, changes: error.changes };
          setQuestion(undefined);
          onDone(errorNotice(strings, text.failed, error));
        }
        return undefined;
      });
      // Asked once nothing runs, so the dialog opens with its buttons enabled and focus inside it.
      if (outcome.ran && outcome.value) setQuestion(outcome.value);
    },
    [run, openBook, segmentNo, onDone, strings, text],
  );

  const goBack = useCallback(() => void go("back"), [go]);
  return {
    goBack,
    goForward: () => void go("forward"),
    question,
    confirm: () => question && void go(question.direction, true),
    cancel: () => setQuestion(undefined),
    busy,
  };
}
