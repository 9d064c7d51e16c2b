import { useCallback, useEffect, useState } from "react";
import { createSegment } from "../../../app/createSegment";
import { deleteSegment } from "../../../app/deleteSegment";
import { listSegments, type SegmentSummary } from "../../../app/segmentList";
import { useStrings } from "../../i18n";
import { errorNotice, successNotice, type Notice } from "../../notice";
import { useBookServices } from "../../services";
import { useGuardedAction } from "../../useGuardedAction";

export type SegmentsView =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly notice: Notice }
  | { readonly status: "ready"; readonly segments: readonly SegmentSummary[] };

/** Rows a delete touches: the segment's own row, its lines, its criteria lines and its history rows. */
export const rowsOf = (s: Pick<SegmentSummary, "lines" | "criteriaLines" | "historyRows">) =>
  1 + s.lines + s.criteriaLines + s.historyRows;

/**
 * The Segments list: read, create (then open the new one), delete after a confirmation that counts the rows.
 * `notice` is what the pane has to say as the list opens (a segment just logged).
 */
export function useSegments(onOpen: (no: string) => void, notice?: Notice) {
  const { openBook, runContext, segmentsExist } = useBookServices();
  const strings = useStrings();
  const [view, setView] = useState<SegmentsView>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const [shownNotice, setNotice] = useState<Notice | undefined>(notice);
  const [description, setDescription] = useState("");
  const [deleting, setDeleting] = useState<SegmentSummary>();
  const { busy: creating, run: runCreate } = useGuardedAction();
  useEffect(() => setNotice(notice), [notice]);
  const { busy: busyDeleting, run: runDelete } = useGuardedAction();

  useEffect(() => {
    let current = true;
    setView({ status: "loading" });
    openBook()
      .then((book) => listSegments(book))
      .then(
        (segments): SegmentsView => ({ status: "ready", segments }),
        (error: unknown): SegmentsView => ({
          status: "failed",
          notice: errorNotice(strings, strings.segments.loadFailed, error),
        }),
      )
      .then((next) => {
        if (current) setView(next);
        // A book made by the command, or by a teammate, gets the auto-open flag the first time the pane sees it.
        if (next.status === "ready" && next.segments.length > 0) void segmentsExist?.().catch(() => undefined);
      });
    return () => {
      current = false;
    };
  }, [openBook, strings, generation, segmentsExist]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const create = useCallback(async () => {
    const outcome = await runCreate(async () => {
      try {
        const row = await createSegment(await openBook(), runContext(), { description: description.trim() });
        void segmentsExist?.().catch(() => undefined);
        return row.no;
      } catch (error) {
        setNotice(errorNotice(strings, strings.segments.createFailed, error));
        return undefined;
      }
    });
    if (outcome.ran && outcome.value) {
      setDescription("");
      onOpen(outcome.value);
    }
  }, [runCreate, openBook, runContext, segmentsExist, description, strings, onOpen]);

  const confirmDelete = useCallback(async () => {
    if (!deleting) return;
    await runDelete(async () => {
      try {
        const result = await deleteSegment(await openBook(), deleting.no);
        setNotice(
          successNotice(
            strings.segments.deleted(
              result.segmentNo,
              rowsOf({ lines: result.lines, criteriaLines: result.criteria, historyRows: result.historyRows }),
            ),
          ),
        );
      } catch (error) {
        setNotice(errorNotice(strings, strings.segments.deleteFailed, error));
      }
      setDeleting(undefined);
      reload();
    });
  }, [deleting, runDelete, openBook, strings, reload]);

  return {
    view,
    reload,
    notice: shownNotice,
    dismissNotice: () => setNotice(undefined),
    description,
    setDescription,
    create,
    creating,
    deleting,
    askDelete: setDeleting,
    cancelDelete: () => setDeleting(undefined),
    confirmDelete,
    busyDeleting,
  };
}
