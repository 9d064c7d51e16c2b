import { useCallback, useRef, useState } from "react";

/**
 * Runs one action at a time. The guard is a ref, set before the first await, so a double click (two clicks in
 * the same frame, before React re-renders a disabled button) applies once; `busy` disables the button after that.
 */
export function useGuardedAction() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> => {
    if (running.current) return { ran: false };
    running.current = true;
    setBusy(true);
    try {
      return { ran: true, value: await work() };
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
