import { useEffect, useMemo, useState } from "react";
import { segmentMembers, type Member, type SegmentMembers } from "../../../../app/segmentMembers";
import { foldCase } from "../../../../domain/text";
import { useStrings } from "../../../i18n";
import { errorNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";

/** Members listed at a time: the pane is a glance, the Segment Lines sheet is the full list. */
export const MEMBERS_SHOWN = 50;

export type MembersView =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly notice: Notice }
  | { readonly status: "ready"; readonly data: SegmentMembers };

/** Members whose name, company, e-mail or number contain the search text (case ignored; plain text, no patterns). */
export function matchingMembers(members: readonly Member[], search: string): Member[] {
  const wanted = foldCase(search.trim());
  if (wanted === "") return [...members];
  return members.filter((m) =>
    [m.name, m.company, m.email, m.contactNo].some((text) => foldCase(text).includes(wanted)),
  );
}

/** The Members section's state: read while the section is open, again after each change to the segment. */
export function useMembers(segmentNo: string, generation: number, open: boolean) {
  const { openBook, runContext, previews } = useBookServices();
  const strings = useStrings();
  const [view, setView] = useState<MembersView>({ status: "loading" });
  const [search, setSearch] = useState("");

  useEffect(() => {
    if (!open) return;
    let current = true;
    (async (): Promise<MembersView> => {
      try {
        // Through the kept reads when the pane has them: the contact sheet is then not read again.
        return {
          status: "ready",
          data: await segmentMembers(previews?.book() ?? (await openBook()), runContext(), segmentNo),
        };
      } catch (error) {
        return { status: "failed", notice: errorNotice(strings, strings.segment.members.failed, error) };
      }
    })().then((next) => current && setView(next));
    return () => {
      current = false;
    };
  }, [open, generation, segmentNo, openBook, runContext, previews, strings]);

  const matching = useMemo(
    () => (view.status === "ready" ? matchingMembers(view.data.members, search) : []),
    [view, search],
  );
  return { view, search, setSearch, matching, shown: matching.slice(0, MEMBERS_SHOWN) };
}
