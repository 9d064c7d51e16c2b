import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { StepOptions } from "../../../../domain/segments/step";
import type { StepKind } from "../../../../domain/segments/step";
import { useStrings } from "../../../i18n";
import { errorNotice, type Notice } from "../../../notice";
import { useBookServices, usePreviewBook } from "../../../services";
import { CountCache } from "./countCache";
import { filterProblemOf, type FilterProblem } from "./filterProblem";
import { runStep, type StepCount } from "./runStep";
import type { StepRequest } from "./stepDraft";

const noSubscription = () => () => undefined;
const noVersion = () => 0;

/**
 * No wait beyond the current task (which merges changes made together): with reads kept between keystrokes a count
 * takes a few milliseconds even at 100,000 contacts, so it follows each key; an older count is dropped anyway.
 */
export const COUNT_DELAY_MS = 0;

export type LiveCount =
  | { readonly status: "idle" }
  /** The last count stays on screen, dimmed, until the new one arrives: the line does not jump while typing. */
  | { readonly status: "counting"; readonly previous?: StepCount }
  | { readonly status: "ready"; readonly count: StepCount }
  | { readonly status: "invalid"; readonly problem: FilterProblem }
  | { readonly status: "failed"; readonly notice: Notice };

export interface LiveCountInput {
  readonly segmentNo: string;
  readonly kind: StepKind;
  readonly request: StepRequest;
  readonly options: StepOptions;
  /** Changes when the segment's lines change (a step applied, Go Back): the same filters count differently. */
  readonly linesVersion: number;
  readonly enabled: boolean;
}

/**
 * The exact count of the step being typed, as a preview of the real use case. Debounced; condition results are
 * kept in a cache for the panel's life (emptied when the contact sheet changes, countCache.ts) so only the
 * condition being typed is evaluated again. Each change starts a
 * new generation and a count is shown only if it belongs to the latest one: a slow old count that resolves after
 * a newer one is dropped, never shown over it.
 */
export function useLiveCount({ segmentNo, kind, request, options, linesVersion, enabled }: LiveCountInput): LiveCount {
  const { runContext, previews } = useBookServices();
  const previewBook = usePreviewBook();
  // Kept reads dropped (the user edited a sheet): the count on screen may be out of date, so count again.
  const readsVersion = useSyncExternalStore(previews?.subscribe ?? noSubscription, previews?.version ?? noVersion);
  const strings = useStrings();
  const [count, setCount] = useState<LiveCount>({ status: "idle" });
  const generation = useRef(0);
  const cache = useRef(new CountCache());
  // The request object changes on every render; its key says when the step really changed.
  const latest = useRef({ request, options });
  latest.current = { request, options };

  useEffect(() => {
    const mine = ++generation.current;
    if (!enabled) {
      setCount({ status: "idle" });
      return;
    }
    setCount((shown) => ({
      status: "counting",
      previous: shown.status === "ready" ? shown.count : shown.status === "counting" ? shown.previous : undefined,
    }));
    const timer = setTimeout(() => {
      const { request: sent, options: sentOptions } = latest.current;
      const show = (next: LiveCount) => {
        if (mine === generation.current) setCount(next);
      };
      previewBook()
        .then((book) =>
          runStep(cache.current.watch(book), runContext(), {
            segmentNo,
            kind,
            groups: sent.groups,
            options: sentOptions,
            preview: true,
            cache: cache.current.results,
          }),
        )
        .then(
          (result) => show({ status: "ready", count: result }),
          (error: unknown) => {
            const problem = filterProblemOf(error, sent);
            show(
              problem
                ? { status: "invalid", problem }
                : { status: "failed", notice: errorNotice(strings, strings.segment.builder.countFailed, error) },
            );
          },
        );
    }, COUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [previewBook, runContext, strings, segmentNo, kind, request.key, linesVersion, readsVersion, enabled]);

  return count;
}
