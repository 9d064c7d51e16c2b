import { useCallback, useMemo, useState } from "react";
import type { EntriesFilter } from "../../../app/interactionEntries";
import type { ReuseSegmentResult } from "../../../app/reuseSegment";
import type { LoggedSegment } from "../../../domain/interactions/logEntry";
import { useStrings } from "../../i18n";
import { successNotice, type Notice } from "../../notice";
import { entriesView } from "./entriesView";
import { useCancelFlow } from "./useCancelFlow";
import { useInteractionsData } from "./useInteractionsData";
import { useReuseFlow } from "./useReuseFlow";

/** The filter as typed: applied on Filter (or Enter), or at once when a logged segment is picked. */
export interface FilterDraft {
  readonly loggedEntryNo?: number;
  readonly segmentNo: string;
  readonly contactNo: string;
}

const EMPTY_DRAFT: FilterDraft = { segmentNo: "", contactNo: "" };

function toFilter(draft: FilterDraft): EntriesFilter {
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  return { loggedEntryNo: draft.loggedEntryNo, segmentNo: text(draft.segmentNo), contactNo: text(draft.contactNo) };
}

const isEmpty = (filter: EntriesFilter) =>
  filter.loggedEntryNo === undefined && filter.segmentNo === undefined && filter.contactNo === undefined;

/** The Interactions tab: logged segments and the filtered interaction log, cancel/uncancel, Reuse Segment. */
export function useInteractionsPanel(onOpenSegment: (segmentNo: string) => void) {
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_DRAFT);
  const [filter, setFilter] = useState<EntriesFilter>({});
  const [showCanceled, setShowCanceled] = useState(true);
  const [notice, setNotice] = useState<Notice>();
  /** A segment Reuse Segment made or filled, offered beside the notice that says what it left out. */
  const [offer, setOffer] = useState<string>();
  const { view, refresh } = useInteractionsData(filter);
  const text = useStrings().interactions.reuse;

  const done = useCallback(
    (next: Notice) => {
      setNotice(next);
      setOffer(undefined);
      refresh();
    },
    [refresh],
  );

  const reused = useCallback(
    (result: ReuseSegmentResult) => {
      const left = {
        canceled: result.skippedCanceled,
        excluded: result.skippedExcluded,
        missing: result.skippedMissing,
      };
      if (left.canceled + left.excluded + left.missing === 0) {
        onOpenSegment(result.segmentNo);
        return;
      }
      // Contacts were left out: opening the segment at once would hide that. Say it, and offer the segment.
      done(successNotice(text.done(result.segmentNo, result.added.length, left)));
      setOffer(result.segmentNo);
    },
    [onOpenSegment, done, text],
  );
  const cancel = useCancelFlow(done);
  const reuse = useReuseFlow(done, reused);

  const apply = useCallback((next: FilterDraft) => {
    setDraft(next);
    setFilter(toFilter(next));
  }, []);

  const showEntries = useCallback(
    (logged: LoggedSegment) => {
      apply({ ...EMPTY_DRAFT, loggedEntryNo: logged.entryNo });
      // A canceled logged segment's entries are all canceled: hidden, the list would look empty.
      setShowCanceled(true);
    },
    [apply],
  );

  const data = view.status === "ready" ? view.data : undefined;
  const entries = useMemo(() => (data ? entriesView(data.entries, showCanceled) : undefined), [data, showCanceled]);
  // Nothing logged and no entry at all: the empty state says how to get some.
  const empty = data !== undefined && data.logged.length === 0 && data.entries.length === 0 && isEmpty(data.filter);

  return {
    view,
    entries,
    empty,
    reload: refresh,
    notice,
    dismissNotice: () => {
      setNotice(undefined);
      setOffer(undefined);
    },
    offer,
    openOffer: () => offer && onOpenSegment(offer),
    draft,
    editDraft: (change: Partial<FilterDraft>) => setDraft((d) => ({ ...d, ...change })),
    applyDraft: () => apply(draft),
    pickLogged: (loggedEntryNo: number | undefined) => apply({ ...draft, loggedEntryNo }),
    clearFilter: () => apply(EMPTY_DRAFT),
    filtered: !isEmpty(filter),
    showCanceled,
    setShowCanceled,
    showEntries,
    cancel,
    reuse,
  };
}
