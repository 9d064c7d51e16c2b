import { useEffect, useRef } from "react";

/**
 * Remembers what had focus when a dialog opened and gives focus back to it when the dialog closes, so keyboard and
 * screen-reader users land where they were instead of at the top of the document. The opener is read while the
 * dialog is being drawn, before the dialog takes focus.
 */
export function useRestoreFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  if (
    open &&
    opener.current === null &&
    typeof document !== "undefined" &&
    document.activeElement instanceof HTMLElement &&
    document.activeElement !== document.body
  ) {
    opener.current = document.activeElement;
  }
  useEffect(() => {
    if (open) return;
    const element = opener.current;
    opener.current = null;
    // After the dialog's own focus handling has run: it may move focus on its way out.
    if (element) requestAnimationFrame(() => element.isConnected && element.focus());
  }, [open]);
}
