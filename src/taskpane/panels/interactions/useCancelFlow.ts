import { useCallback, useState } from "react";
import { cancelInteractions, previewCancelInteractions, type CancelResult } from "../../../app/cancelInteractions";
import type { CancelTarget } from "../../../domain/interactions/cancel";
import { useStrings } from "../../i18n";
import type { CancelDirection, CancelSubject } from "../../i18n/interactionStrings";
import { errorNotice, successNotice, type Notice } from "../../notice";
import { useBookServices } from "../../services";
import { useGuardedAction } from "../../useGuardedAction";

/** The question on screen: what, which way, and what the use case says it would change. */
export interface CancelQuestion {
  readonly subject: CancelSubject;
  readonly direction: CancelDirection;
  readonly preview: CancelResult;
}

const targetOf = (subject: CancelSubject): CancelTarget =>
  "logged" in subject ? { logged: subject.logged } : { entries: [subject.entry] };

/**
 * Cancel / uncancel a logged segment or one entry: the use case is asked first what it would change (so the
 * question counts the entries, and a refusal shows before anything is asked), then, confirmed, does it.
 */
export function useCancelFlow(onDone: (notice: Notice) => void) {
  const { openBook } = useBookServices();
  const strings = useStrings();
  const text = strings.interactions.cancel;
  const [question, setQuestion] = useState<CancelQuestion>();
  const { run: runAsk } = useGuardedAction();
  const { busy, run: runApply } = useGuardedAction();

  const ask = useCallback(
    async (subject: CancelSubject, direction: CancelDirection) => {
      await runAsk(async () => {
        try {
          const preview = await previewCancelInteractions(await openBook(), {
            target: targetOf(subject),
            mode: direction,
          });
          setQuestion({ subject, direction, preview });
        } catch (error) {
          onDone(errorNotice(strings, text.failed(subject, direction), error));
        }
      });
    },
    [runAsk, openBook, onDone, strings, text],
  );

  const confirm = useCallback(async () => {
    if (!question) return;
    const { subject, direction } = question;
    await runApply(async () => {
      try {
        const result = await cancelInteractions(await openBook(), { target: targetOf(subject), mode: direction });
        onDone(successNotice(text.done(subject, direction, result.entries.length)));
      } catch (error) {
        onDone(errorNotice(strings, text.failed(subject, direction), error));
      }
      setQuestion(undefined);
    });
  }, [question, runApply, openBook, onDone, strings, text]);

  return {
    question,
    ask: (subject: CancelSubject, direction: CancelDirection) => void ask(subject, direction),
    confirm: () => void confirm(),
    dismiss: () => setQuestion(undefined),
    busy,
  };
}
