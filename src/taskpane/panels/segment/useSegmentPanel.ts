import { useCallback, useState } from "react";
import type { Notice } from "../../notice";
import { useStepBuilder } from "./builder/useStepBuilder";
import { useCriteriaActions } from "./criteria/useCriteriaActions";
import { useHeaderEditor } from "./header/useHeaderEditor";
import { useHistoryStep } from "./history/useHistoryStep";
import { useSegmentData } from "./useSegmentData";

/** The Segment panel's state: the segment as read, and every action on it; each action's result lands in one notice. */
export function useSegmentPanel(segmentNo: string) {
  const data = useSegmentData(segmentNo);
  const { refresh } = data;
  const [notice, setNotice] = useState<Notice>();
  // After any action the segment is read again: lines, totals, criteria and Go Back's state all may have changed.
  const done = useCallback(
    (next: Notice) => {
      setNotice(next);
      refresh();
    },
    [refresh],
  );
  const header = useHeaderEditor(segmentNo, done);
  const history = useHistoryStep(segmentNo, done);
  const criteria = useCriteriaActions(segmentNo, done);
  const ready = data.view.status === "ready" && data.view.data.fields !== undefined;
  const builder = useStepBuilder({ segmentNo, linesVersion: data.generation, ready, onApplied: done, onFailed: setNotice });
  return { view: data.view, version: data.generation, reload: refresh, done, notice, dismissNotice: () => setNotice(undefined), header, history, criteria, builder };
}
