import { useCallback, useMemo, useState } from "react";
import { reuseCriteria, saveSegmentCriteria } from "../../../../app/criteriaUseCases";
import { DomainError } from "../../../../domain/errors";
import { useStrings } from "../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";
import { useGuardedAction } from "../../../useGuardedAction";

/** Save Criteria under a new code; Reuse Criteria, asking first when the segment already has steps (BC asks too). */
export function useCriteriaActions(segmentNo: string, onDone: (notice: Notice) => void) {
  const { openBook, runContext } = useBookServices();
  const strings = useStrings();
  const text = strings.segment.criteria;
  const [saveCode, setSaveCode] = useState("");
  const [saveDescription, setSaveDescription] = useState("");
  const [reuseCode, setReuseCode] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useGuardedAction();

  const save = useCallback(async () => {
    await run(async () => {
      try {
        const description = saveDescription.trim() || undefined;
        const result = await saveSegmentCriteria(await openBook(), { segmentNo, code: saveCode.trim(), description });
        setSaveCode("");
        setSaveDescription("");
        onDone(successNotice(text.saved(result.code, result.actions)));
      } catch (error) {
        onDone(errorNotice(strings, text.saveFailed, error));
      }
    });
  }, [run, openBook, segmentNo, saveCode, saveDescription, onDone, strings, text]);

  const reuse = useCallback(
    async (force: boolean) => {
      const outcome = await run(async (): Promise<boolean> => {
        try {
          const result = await reuseCriteria(await openBook(), runContext(), { segmentNo, code: reuseCode, force });
          setConfirming(false);
          onDone(successNotice(text.reused(result.code, result.lines)));
        } catch (error) {
          // BC's question "add after the existing criteria?": the use case refuses until told to go on.
          if (error instanceof DomainError && error.code === "confirm" && !force) return true;
          setConfirming(false);
          onDone(errorNotice(strings, text.reuseFailed, error));
        }
        return false;
      });
      // Asked once nothing runs, so the dialog opens with its buttons enabled and focus inside it.
      if (outcome.ran && outcome.value) setConfirming(true);
    },
    [run, openBook, runContext, segmentNo, reuseCode, onDone, strings, text],
  );

  // One object while nothing here changes: the section is then not drawn again on every keystroke in the builder.
  return useMemo(
    () => ({
      saveCode,
      setSaveCode,
      saveDescription,
      setSaveDescription,
      save,
      reuseCode,
      setReuseCode,
      reuse: () => void reuse(false),
      confirming,
      confirmReuse: () => void reuse(true),
      cancelReuse: () => setConfirming(false),
      busy,
    }),
    [saveCode, saveDescription, save, reuseCode, reuse, confirming, busy],
  );
}
