import { useCallback, useEffect, useRef, useState } from "react";
import { loadContacts } from "../../../app/store/contactSource";
import { segmentCriteria, type SegmentCriteria } from "../../../app/criteriaUseCases";
import { readTemplates } from "../../../app/store/interactionRecords";
import type { RunContext, SegmentBook } from "../../../app/store/ports";
import { savedCriteriaCodes } from "../../../app/segmentList";
import { segmentOverview, type SegmentOverview } from "../../../app/segmentOverview";
import type { InteractionTemplate } from "../../../domain/interactions/template";
import { valueCountsOf, type ValueCounts } from "../../../domain/segments/valueSuggestions";
import { useStrings } from "../../i18n";
import { errorNotice, type Notice } from "../../notice";
import { useBookServices } from "../../services";
import { fieldChoices, type FieldChoice } from "./builder/fieldChoices";

export interface SegmentData {
  readonly overview: SegmentOverview;
  readonly criteria: SegmentCriteria;
  readonly templates: readonly InteractionTemplate[];
  readonly savedCodes: readonly { code: string; description: string }[];
  /** The field picker's entries; undefined while the contact sheet cannot be used (fieldsNotice says why). */
  readonly fields?: readonly FieldChoice[];
  readonly fieldsNotice?: Notice;
  /** The values of a contact field with their counts, for the value box's suggestions. */
  readonly valueCounts?: (field: string) => ValueCounts;
}

export type SegmentView =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly notice: Notice }
  | { readonly status: "ready"; readonly data: SegmentData };

async function readSegment(
  book: SegmentBook,
  ctx: RunContext,
  segmentNo: string,
): Promise<Omit<SegmentData, "fields" | "fieldsNotice" | "valueCounts">> {
  const overview = await segmentOverview(book, segmentNo);
  const criteria = await segmentCriteria(book, segmentNo);
  const templates = (await readTemplates(book)).templates;
  const savedCodes = await savedCriteriaCodes(book);
  return { overview, criteria, templates, savedCodes };
}

/**
 * The field picker's entries and the value counts, or why the contact sheet cannot be used: the segment can still
 * be read, renamed or stepped back; only the builder needs the contacts. Never rejects, so a read left running when
 * the segment's own read fails is no unhandled rejection.
 */
async function contactFields(
  book: Promise<SegmentBook>,
  ctx: RunContext,
): Promise<Required<Pick<SegmentData, "fields" | "valueCounts">> | { error: unknown }> {
  try {
    const { table } = await loadContacts(await book, ctx);
    return { fields: fieldChoices(table), valueCounts: valueCountsOf(table) };
  } catch (error) {
    return { error };
  }
}

/**
 * Everything the Segment panel shows. After an action, refresh() reads again while the old data stays on screen,
 * so the pane never goes blank between steps.
 */
export function useSegmentData(segmentNo: string) {
  const { openBook, runContext, previews } = useBookServices();
  const strings = useStrings();
  const [view, setView] = useState<SegmentView>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const shown = useRef(false);
  // The contact sheet's columns, read once: reading 100,000 contacts again after every step would be slow, and a
  // step does not change them. "Read again" (after a failure) reads them anew.
  const known = useRef<Pick<SegmentData, "fields" | "fieldsNotice" | "valueCounts">>();

  useEffect(() => {
    let current = true;
    if (!shown.current) setView({ status: "loading" });
    (async (): Promise<SegmentView> => {
      try {
        const ctx = runContext();
        const opened = openBook();
        // The contact sheet is read while the segment's sheets are, not after them (docs/decisions.md §D86); through
        // the kept reads when the pane has them: the live count then starts from this very read.
        const contacts =
          shown.current && known.current?.fields
            ? undefined
            : contactFields(previews ? Promise.resolve(previews.book()) : opened, ctx);
        const segment = await readSegment(await opened, ctx, segmentNo);
        if (contacts) {
          const read = await contacts;
          known.current =
            "error" in read
              ? { fieldsNotice: errorNotice(strings, strings.segment.builder.countFailed, read.error) }
              : read;
        }
        return { status: "ready", data: { ...segment, ...known.current } };
      } catch (error) {
        return { status: "failed", notice: errorNotice(strings, strings.segment.loadFailed(segmentNo), error) };
      }
    })().then((next) => {
      if (!current) return;
      shown.current = next.status === "ready";
      setView(next);
    });
    return () => {
      current = false;
    };
  }, [openBook, runContext, previews, strings, segmentNo, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { view, refresh, generation };
}
