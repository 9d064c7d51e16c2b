import { useCallback, useEffect, useRef, useState } from "react";
import type { Notice } from "../../../notice";

export type SegmentActionId = "log" | "mailing" | "export";

/**
 * Which action's dialog is open. A dialog is mounted only while open, so each opening starts fresh (a new
 * preview, the default choices); on closing, focus goes back to the button that opened it.
 */
export function useSegmentActions(onDone: (notice: Notice) => void) {
  const [open, setOpen] = useState<SegmentActionId>();
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (open !== undefined) return;
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  }, [open]);

  const show = useCallback((id: SegmentActionId) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(id);
  }, []);
  const close = useCallback(() => setOpen(undefined), []);
  /** The act is done: the dialog closes and the panel shows the notice and reads the segment again. */
  const done = useCallback(
    (notice: Notice) => {
      setOpen(undefined);
      onDone(notice);
    },
    [onDone],
  );
  return { open, show, close, done };
}
