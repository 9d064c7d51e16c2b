import { useCallback, useState } from "react";
import { logSegment, previewLogSegment, type LogSegmentResult } from "../../../../../app/logSegment";
import { useStrings } from "../../../../i18n";
import { errorNotice, type Notice } from "../../../../notice";
import { useBookServices, usePreviewBook } from "../../../../services";
import { useGuardedAction } from "../../../../useGuardedAction";
import { shownValue, usePreview } from "../usePreview";

/**
 * Log Segment's dialog: the use case's own preview (what will be written, every problem, the excluded lines)
 * before anything is written; Log only once the preview is current, clean, and excluded lines are confirmed.
 */
export function useLogDialog(segmentNo: string, onLogged: (result: LogSegmentResult) => void) {
  const { openBook, runContext } = useBookServices();
  const previewBook = usePreviewBook();
  const strings = useStrings();
  const text = strings.segmentActions.log;
  const [followUp, setFollowUp] = useState(false);
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [logged, setLogged] = useState(false);
  const { busy, run } = useGuardedAction();

  // The follow-up's line count depends on the excluded answer (docs/decisions.md §D4), so that answer reads the preview again.
  const preview = usePreview(
    String(includeExcluded),
    async () => previewLogSegment(await previewBook(), runContext(), { segmentNo, includeExcluded }),
    text.checkFailed,
  );
  const summary = shownValue(preview);
  const current = preview.status === "ready" ? preview.value : undefined;
  const canLog =
    current !== undefined &&
    current.problems.length === 0 &&
    (current.excluded.length === 0 || includeExcluded) &&
    !logged;

  const log = useCallback(async () => {
    await run(async () => {
      try {
        const result = await logSegment(await openBook(), runContext(), { segmentNo, followUp, includeExcluded });
        // The segment is gone: a late second click must not try again while the pane moves on.
        setLogged(true);
        onLogged(result);
      } catch (error) {
        setNotice(errorNotice(strings, text.failed, error));
      }
    });
  }, [run, openBook, runContext, segmentNo, followUp, includeExcluded, onLogged, strings, text]);

  return {
    preview,
    summary,
    followUp,
    setFollowUp,
    includeExcluded,
    setIncludeExcluded,
    canLog,
    log: () => void log(),
    busy,
    notice,
    dismissNotice: () => setNotice(undefined),
  };
}
