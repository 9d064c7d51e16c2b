import { useCallback, useEffect, useRef, useState } from "react";
import { interactionEntries, interactionEntryTotals, type EntriesFilter } from "../../../app/interactionEntries";
import { loggedSegmentList } from "../../../app/loggedSegments";
import type { SegmentBook } from "../../../app/store/ports";
import type { InteractionLogEntry, LoggedSegment } from "../../../domain/interactions/logEntry";
import type { InteractionTotals } from "../../../domain/interactions/totals";
import { useStrings } from "../../i18n";
import { errorNotice, type Notice } from "../../notice";
import { useBookServices } from "../../services";

export interface InteractionsData {
  /** Newest first. */
  readonly logged: readonly LoggedSegment[];
  /** The filter's entries in entry-number order, canceled ones included. */
  readonly entries: readonly InteractionLogEntry[];
  readonly totals: InteractionTotals;
  /** The filter these entries and totals are for. */
  readonly filter: EntriesFilter;
}

export type InteractionsView =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly notice: Notice }
  /** `failure`: reading again failed; the data shown is the last read. */
  | {
      readonly status: "ready";
      readonly data: InteractionsData;
      readonly refreshing: boolean;
      readonly failure?: Notice;
    };

/** One book per read: the gateway reads each sheet once per book, so the three use cases share one read of the log. */
async function readInteractions(book: SegmentBook, filter: EntriesFilter): Promise<InteractionsData> {
  const logged = await loggedSegmentList(book);
  const entries = await interactionEntries(book, filter);
  const totals = await interactionEntryTotals(book, filter);
  return { logged: [...logged].reverse(), entries, totals, filter };
}

/**
 * The Logged Segments list and the entries of `filter`. Reading again (after an action, or for a new filter)
 * keeps the old data on screen, so the pane never goes blank, also when that read fails; a failed first read
 * offers Try again.
 */
export function useInteractionsData(filter: EntriesFilter) {
  const { openBook } = useBookServices();
  const strings = useStrings();
  const [view, setView] = useState<InteractionsView>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const shown = useRef<InteractionsData>();

  useEffect(() => {
    let current = true;
    setView(shown.current ? { status: "ready", data: shown.current, refreshing: true } : { status: "loading" });
    openBook()
      .then((book) => readInteractions(book, filter))
      .then(
        (data): InteractionsView => ({ status: "ready", data, refreshing: false }),
        (error: unknown): InteractionsView => {
          const notice = errorNotice(strings, strings.interactions.loadFailed, error);
          return shown.current
            ? { status: "ready", data: shown.current, refreshing: false, failure: notice }
            : { status: "failed", notice };
        },
      )
      .then((next) => {
        if (!current) return;
        if (next.status === "ready") shown.current = next.data;
        setView(next);
      });
    return () => {
      current = false;
    };
  }, [openBook, strings, filter, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { view, refresh };
}
