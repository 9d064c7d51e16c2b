import { useEffect, useRef, useState } from "react";
import { useStrings } from "../../../i18n";
import { errorNotice, type Notice } from "../../../notice";

/** Long enough to let a code be typed, short enough to feel live. */
export const PREVIEW_DELAY_MS = 250;

export type Preview<T> =
  | { readonly status: "idle" }
  /** The last result stays on screen until the new one arrives, so the dialog does not jump while the user types. */
  | { readonly status: "loading"; readonly previous?: T }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "failed"; readonly notice: Notice };

/** The value to show: the fresh one, or the last one while a new one is read. */
export const shownValue = <T>(preview: Preview<T>): T | undefined =>
  preview.status === "ready" ? preview.value : preview.status === "loading" ? preview.previous : undefined;

/**
 * A use case's preview for what the dialog shows now. `key` names the input (undefined while the input is not
 * valid); a new key reads again after `delayMs`, and only the latest key's answer is shown, so a slow old read
 * never lands over a newer one.
 */
export function usePreview<T>(
  key: string | undefined,
  read: () => Promise<T>,
  failedTitle: string,
  delayMs = 0,
): Preview<T> {
  const strings = useStrings();
  const [preview, setPreview] = useState<Preview<T>>(key === undefined ? { status: "idle" } : { status: "loading" });
  const generation = useRef(0);
  // read is a new closure on every render; the key says when the input really changed.
  const latest = useRef(read);
  latest.current = read;

  useEffect(() => {
    const mine = ++generation.current;
    if (key === undefined) {
      setPreview({ status: "idle" });
      return;
    }
    setPreview((shown) => ({ status: "loading", previous: shownValue(shown) }));
    const show = (next: Preview<T>) => mine === generation.current && setPreview(next);
    const timer = setTimeout(() => {
      latest.current().then(
        (value) => show({ status: "ready", value }),
        (error: unknown) => show({ status: "failed", notice: errorNotice(strings, failedTitle, error) }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, strings, failedTitle, delayMs]);

  return preview;
}
