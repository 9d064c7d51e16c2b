import { useCallback, useMemo, useState } from "react";
import type { HeaderFieldId } from "../../../domain/segments/headerFields";
import { useStrings } from "../../i18n";
import type { Notice } from "../../notice";
import { useStepBuilder } from "./builder/useStepBuilder";
import { useCriteriaActions } from "./criteria/useCriteriaActions";
import { useHeaderEditor } from "./header/useHeaderEditor";
import { useHistoryStep } from "./history/useHistoryStep";
import { useMembers } from "./members/useMembers";
import { useSegmentData } from "./useSegmentData";

/** Where a notice is shown: next to what caused it, so the user reads it where they are working. */
export type NoticePlace = "top" | "header" | "step";

export interface PlacedNotice {
  readonly place: NoticePlace;
  readonly notice: Notice;
}

/** The panel's sections: the header's fields, the next step, the criteria. */
export type SectionId = "header" | "members" | "step" | "criteria";

/** The Segment panel's state: the segment as read, and every action on it; each action's result lands in one notice. */
export function useSegmentPanel(segmentNo: string) {
  const strings = useStrings();
  const data = useSegmentData(segmentNo);
  const { refresh } = data;
  const [placed, setPlaced] = useState<PlacedNotice>();
  // After any action the segment is read again: lines, totals, criteria and Go Back's state all may have changed.
  const report = useMemo(() => {
    const at = (place: NoticePlace) => ({
      done: (next: Notice) => {
        setPlaced({ place, notice: next });
        refresh();
      },
      say: (next: Notice) => setPlaced({ place, notice: next }),
    });
    return { top: at("top"), header: at("header"), step: at("step") };
  }, [refresh]);
  const header = useHeaderEditor(segmentNo, report.header.done, report.header.say);
  const history = useHistoryStep(segmentNo, report.top.done);
  const criteria = useCriteriaActions(segmentNo, report.top.done);
  const { goBack } = history;
  // The message after a step offers to undo it: Go Back, one click from where the step was applied.
  const applied = useCallback(
    (next: Notice) => report.step.done({ ...next, action: { label: strings.segment.undo, run: goBack } }),
    [report, strings, goBack],
  );
  const ready = data.view.status === "ready" && data.view.data.fields !== undefined;
  const builder = useStepBuilder({
    segmentNo,
    linesVersion: data.generation,
    ready,
    onApplied: applied,
    onFailed: report.step.say,
  });
  /** One act at a time: while a step, a Go Back, a header save or a criteria act runs, the others wait disabled. */
  const busy = builder.applying || history.busy || header.saving || criteria.busy;
  // Open sections are known here, so a section is drawn only while open (a collapsing panel would carry an inert
  // attribute React 18 warns about) and "Choose a template" can open the header and put focus in the field.
  const [openSections, setOpenSections] = useState<readonly SectionId[]>(["step"]);
  const [fieldToFocus, setFieldToFocus] = useState<HeaderFieldId>();
  const openHeaderField = useCallback((field: HeaderFieldId) => {
    setOpenSections((open) => (open.includes("header") ? open : [...open, "header"]));
    setFieldToFocus(field);
  }, []);
  const members = useMembers(segmentNo, data.generation, openSections.includes("members"));
  const noticeAt = (place: NoticePlace) => (placed?.place === place ? placed.notice : undefined);
  return {
    view: data.view,
    version: data.generation,
    reload: refresh,
    done: report.top.done,
    noticeAt,
    dismissNotice: () => setPlaced(undefined),
    header,
    history,
    criteria,
    builder,
    busy,
    openSections,
    setOpenSections,
    openHeaderField,
    members,
    /** The header field to put focus in once the Header section is drawn. */
    fieldToFocus,
    fieldFocused: useCallback(() => setFieldToFocus(undefined), []),
  };
}
