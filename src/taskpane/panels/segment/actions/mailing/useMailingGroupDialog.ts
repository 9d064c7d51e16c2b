import { useCallback, useState } from "react";
import { applyMailingGroup, type ApplyMailingGroupResult } from "../../../../../app/applyMailingGroup";
import { mailingGroupCode } from "../../../../../domain/segments/mailingGroups";
import type { MailingGroupCount } from "../../../../i18n/segmentActionStrings";
import { useStrings } from "../../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../../notice";
import { useBookServices, usePreviewBook } from "../../../../services";
import { useGuardedAction } from "../../../../useGuardedAction";
import { PREVIEW_DELAY_MS, shownValue, usePreview } from "../usePreview";

export const mailingCount = (r: ApplyMailingGroupResult): MailingGroupCount => ({
  code: r.code,
  changed: r.contactsChanged,
  added: r.added,
  removed: r.removed,
  alreadyAssigned: r.alreadyAssigned,
});

/** The code as the use case will take it, or why it will not: the domain's own rule, worded for the pane. */
function checkCode(typed: string): { code?: string; problem?: "blank" | "invalid" } {
  try {
    return { code: mailingGroupCode(typed) };
  } catch {
    return { problem: typed.trim() === "" ? "blank" : "invalid" };
  }
}

/**
 * Apply Mailing Group's dialog: the code checked as it is typed, the use case's live count of the contacts it
 * changes, and Apply only while that count is current and not zero.
 */
export function useMailingGroupDialog(segmentNo: string, onDone: (notice: Notice) => void) {
  const { openBook, runContext } = useBookServices();
  const previewBook = usePreviewBook();
  const strings = useStrings();
  const text = strings.segmentActions.mailing;
  const [typed, setTyped] = useState("");
  const [touched, setTouched] = useState(false);
  const [deleteOld, setDeleteOld] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const { busy, run } = useGuardedAction();

  const { code, problem } = checkCode(typed);
  // A blank box is not an error until the user has typed in it.
  const codeError =
    problem === "invalid" ? text.codeInvalid(typed) : problem === "blank" && touched ? text.codeBlank : undefined;
  const preview = usePreview(
    code === undefined ? undefined : JSON.stringify([code, deleteOld]),
    async () =>
      applyMailingGroup(await previewBook(), runContext(), { segmentNo, code: code ?? "", deleteOld, preview: true }),
    text.countFailed,
    PREVIEW_DELAY_MS,
  );
  const current = preview.status === "ready" ? preview.value : undefined;
  const canApply = current !== undefined && current.contactsChanged > 0;

  const apply = useCallback(async () => {
    if (code === undefined) return;
    await run(async () => {
      try {
        const result = await applyMailingGroup(await openBook(), runContext(), { segmentNo, code, deleteOld });
        onDone(successNotice(text.done(mailingCount(result), result.segmentNo)));
      } catch (error) {
        setNotice(errorNotice(strings, text.failed, error));
      }
    });
  }, [run, openBook, runContext, segmentNo, code, deleteOld, onDone, strings, text]);

  return {
    typed,
    setTyped: (value: string) => {
      setTyped(value);
      setTouched(true);
    },
    code,
    codeError,
    deleteOld,
    setDeleteOld,
    preview,
    count: shownValue(preview),
    canApply,
    apply: () => void apply(),
    busy,
    notice,
    dismissNotice: () => setNotice(undefined),
  };
}
