import { useCallback, useMemo, useState } from "react";
import { setHeader } from "../../../../app/setHeader";
import type { UpdateLinesAnswer } from "../../../../domain/segments/headerChange";
import {
  headerField,
  parseHeaderValue,
  type HeaderChanges,
  type HeaderFieldId,
} from "../../../../domain/segments/headerFields";
import { useStrings } from "../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";
import { useGuardedAction } from "../../../useGuardedAction";
import { focusHeaderField } from "./headerFocus";

/** BC's "update lines?" question, waiting for the user: the change and how many lines a yes would change. */
export interface UpdateLinesQuestion {
  readonly changes: HeaderChanges;
  readonly field: HeaderFieldId;
  readonly lineCount: number;
}

/**
 * One header field at a time, as BC's Segment page: checked, then written with BC's update-lines rules. When BC
 * would ask, nothing is written until the user answers in the dialog (or cancels, which changes nothing).
 */
export function useHeaderEditor(
  segmentNo: string,
  onDone: (notice: Notice) => void,
  onNotice: (notice: Notice) => void,
) {
  const { openBook, runContext } = useBookServices();
  const strings = useStrings();
  const text = strings.segment.header;
  const [question, setQuestion] = useState<UpdateLinesQuestion>();
  const { busy, run } = useGuardedAction();

  const send = useCallback(
    async (field: HeaderFieldId, changes: HeaderChanges, updateLines?: UpdateLinesAnswer) => {
      const outcome = await run(async (): Promise<UpdateLinesQuestion | undefined> => {
        try {
          const result = await setHeader(await openBook(), runContext(), { segmentNo, changes, updateLines });
          if (result.kind === "question") return { changes, field, lineCount: result.lineCount };
          setQuestion(undefined);
          onDone(successNotice(text.linesUpdated(result.lines.length)));
        } catch (error) {
          setQuestion(undefined);
          onDone(errorNotice(strings, text.saveFailed(text.fields[field]), error));
        }
        return undefined;
      });
      // The question opens once the save has stopped running: opened during it, its buttons would be disabled and
      // the dialog would open with nothing to focus, leaving Tab and the screen reader outside it.
      if (outcome.ran && outcome.value) setQuestion(outcome.value);
    },
    [run, openBook, runContext, segmentNo, onDone, strings, text],
  );

  /** A field's new text: checked here first so a typo never reaches the workbook. */
  const change = useCallback(
    (field: HeaderFieldId, value: string | boolean) => {
      let parsed;
      try {
        parsed = typeof value === "boolean" ? value : parseHeaderValue(headerField(field), value);
      } catch (error) {
        onDone(errorNotice(strings, text.saveFailed(text.fields[field]), error));
        return;
      }
      void send(field, { [field]: parsed } as HeaderChanges);
    },
    [send, onDone, strings, text],
  );

  const answer = useCallback(
    (updateLines: UpdateLinesAnswer) => question && void send(question.field, question.changes, updateLines),
    [question, send],
  );
  const cancel = useCallback(() => {
    setQuestion(undefined);
    if (!question) return;
    // Nothing is read again: the box keeps what was typed, and focus goes back to it, to fix or leave again.
    onNotice({ intent: "info", title: text.notSavedYet(text.fields[question.field]) });
    const field = question.field;
    requestAnimationFrame(() => focusHeaderField(field));
  }, [onNotice, question, text]);

  // One object while nothing here changes: the header is then not drawn again on every keystroke in the builder.
  return useMemo(() => ({ change, question, answer, cancel, saving: busy }), [change, question, answer, cancel, busy]);
}
