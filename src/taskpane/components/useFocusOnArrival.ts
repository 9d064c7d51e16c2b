import { useEffect, useRef } from "react";

/**
 * Focus for a panel that replaces what the user was on (a new segment after Create, the follow-up after Log, the
 * list after Back): once the panel is drawn, its heading takes focus if focus was lost with the old panel, so the
 * next Tab starts in the panel and a screen reader says where the user is.
 */
export function useFocusOnArrival(headingId: string, ready: boolean): void {
  const arrived = useRef(false);
  useEffect(() => {
    if (!ready || arrived.current) return;
    arrived.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) document.getElementById(headingId)?.focus();
  }, [headingId, ready]);
}
