import { useCallback, useMemo, useRef, useState } from "react";
import type { HeaderFieldId } from "../../../domain/segments/headerFields";
import { useStrings } from "../../i18n";
import type { Notice } from "../../notice";
import { useStepBuilder } from "./builder/useStepBuilder";
import { useCriteriaActions } from "./criteria/useCriteriaActions";
import { useHeaderEditor } from "./header/useHeaderEditor";
import { useHistoryStep } from "./history/useHistoryStep";
import { useMembers } from "./members/useMembers";
import { useSegmentData } from "./useSegmentData";

/**
 * Where a notice is shown: next to what caused it, so the user reads it where they are working (under Go Back / Go
 * Forward, under the Log / Export / mailing group buttons, in the Header, the step or the Criteria section).
 */
export type NoticePlace = "history" | "actions" | "header" | "step" | "criteria";

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
    return {
      history: at("history"),
      actions: at("actions"),
      header: at("header"),
      step: at("step"),
      criteria: at("criteria"),
    };
  }, [refresh]);
  const header = useHeaderEditor(segmentNo, report.header.done, report.header.say);
  // Go Back answers where it was asked: under the toolbar, or in the step's message when its Undo ran it.
  const historyPlace = useRef<"history" | "step">("history");
  const historyDone = useCallback((next: Notice) => report[historyPlace.current].done(next), [report]);
  const steps = useHistoryStep(segmentNo, historyDone);
  const history = useMemo(
    () => ({
      ...steps,
      goBack: () => {
        historyPlace.current = "history";
        return steps.goBack();
      },
      goForward: () => {
        historyPlace.current = "history";
        return steps.goForward();
      },
    }),
    [steps],
  );
  const criteria = useCriteriaActions(segmentNo, report.criteria.done);
  const undo = steps.goBack;
  // The message after a step offers to undo it: Go Back, one click from where the step was applied.
  const applied = useCallback(
    (next: Notice) =>
      report.step.done({
        ...next,
        action: {
          label: strings.segment.undo,
          run: () => {
            historyPlace.current = "step";
            undo();
          },
        },
      }),
    [report, strings, undo],
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
    done: report.actions.done,
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
