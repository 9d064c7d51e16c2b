import { useCallback, useState } from "react";
import { reuseSegment, reuseSegmentIntoNew, type ReuseSegmentResult } from "../../../app/reuseSegment";
import { listSegments, type SegmentSummary } from "../../../app/segmentList";
import type { LoggedSegment } from "../../../domain/interactions/logEntry";
import { DomainError } from "../../../domain/errors";
import { useStrings } from "../../i18n";
import { errorNotice, type Notice } from "../../notice";
import { useBookServices } from "../../services";
import { useGuardedAction } from "../../useGuardedAction";

export interface ReuseForm {
  readonly logged: LoggedSegment;
  readonly into: "new" | "existing";
  /** Of the new segment. */
  readonly description: string;
  /** The existing segment chosen ("" until one is). */
  readonly segmentNo: string;
  readonly includeCanceled: boolean;
  readonly includeExcluded: boolean;
  /** "steps": the chosen segment already has steps and BC's question is on screen. */
  readonly stage: "form" | "steps";
}

export type SegmentChoices =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly segments: readonly SegmentSummary[] }
  | { readonly status: "failed"; readonly notice: Notice };

/**
 * Reuse Segment from a logged segment, into a new segment (one commit, named after the logged one) or an
 * existing one (asking first when it already has steps, as BC does); done, onReused decides what the user sees.
 */
export function useReuseFlow(onDone: (notice: Notice) => void, onReused: (result: ReuseSegmentResult) => void) {
  const { openBook, runContext } = useBookServices();
  const strings = useStrings();
  const text = strings.interactions.reuse;
  const [form, setForm] = useState<ReuseForm>();
  const [choices, setChoices] = useState<SegmentChoices>({ status: "loading" });
  const { busy, run } = useGuardedAction();

  const open = useCallback(
    (logged: LoggedSegment) => {
      // docs/decisions.md §D4 leaves canceled entries out; of a canceled logged segment every entry is canceled, so reusing it
      // means wanting them: the box starts ticked there, and the user sees it.
      setForm({
        logged,
        into: "new",
        description: logged.description,
        segmentNo: "",
        includeCanceled: logged.canceled,
        includeExcluded: false,
        stage: "form",
      });
      setChoices({ status: "loading" });
      openBook()
        .then((book) => listSegments(book))
        .then(
          (segments) => setChoices({ status: "ready", segments }),
          (error: unknown) =>
            setChoices({ status: "failed", notice: errorNotice(strings, text.segmentsFailed, error) }),
        );
    },
    [openBook, strings, text],
  );

  const ready = form !== undefined && (form.into === "new" ? form.description.trim() !== "" : form.segmentNo !== "");
  const submit = useCallback(
    async (force: boolean) => {
      if (!form || !ready) return;
      await run(async () => {
        const options = {
          loggedEntryNo: form.logged.entryNo,
          includeCanceled: form.includeCanceled,
          includeExcluded: form.includeExcluded,
        };
        let result: ReuseSegmentResult;
        try {
          const book = await openBook();
          result =
            form.into === "new"
              ? await reuseSegmentIntoNew(book, runContext(), { ...options, description: form.description })
              : await reuseSegment(book, runContext(), { ...options, segmentNo: form.segmentNo, force });
        } catch (error) {
          // BC's question "add after the existing criteria?": the use case refuses until told to go on.
          if (error instanceof DomainError && error.code === "confirm" && !force) {
            setForm({ ...form, stage: "steps" });
            return;
          }
          setForm(undefined);
          onDone(errorNotice(strings, text.failed, error));
          return;
        }
        setForm(undefined);
        onReused(result);
      });
    },
    [form, ready, run, openBook, runContext, onDone, onReused, strings, text],
  );

  return {
    form,
    choices,
    open,
    update: (change: Partial<Omit<ReuseForm, "logged" | "stage">>) => setForm((f) => (f ? { ...f, ...change } : f)),
    ready,
    submit: () => void submit(false),
    confirmSteps: () => void submit(true),
    dismiss: () => setForm(undefined),
    busy,
  };
}
