import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Spinner,
  Subtitle1,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { LogSegmentResult } from "../../../app/logSegment";
import { NoticeBar } from "../../components/NoticeBar";
import { useFocusOnArrival } from "../../components/useFocusOnArrival";
import { useStrings } from "../../i18n";
import { SegmentActions } from "./actions/SegmentActions";
import { StepBuilder } from "./builder/StepBuilder";
import { CriteriaSection } from "./criteria/CriteriaSection";
import { HeaderSection } from "./header/HeaderSection";
import { HistoryToolbar } from "./history/HistoryToolbar";
import { MembersSection } from "./members/MembersSection";
import { ReadinessLine } from "./readiness/ReadinessLine";
import { useSegmentPanelStyles } from "./SegmentPanel.styles";
import { useSegmentPanel, type SectionId } from "./useSegmentPanel";

export interface SegmentPanelProps {
  readonly segmentNo: string;
  /** Back to the Segments list. */
  readonly onClose: () => void;
  /** The segment was logged (Log Segment removes it): the pane moves on, to the follow-up segment if one was made. */
  readonly onLogged: (result: LogSegmentResult) => void;
}

/** One segment: header, Go Back / Go Forward, the next step with its live count, and the criteria. */
export function SegmentPanel({ segmentNo, onClose, onLogged }: SegmentPanelProps) {
  const state = useSegmentPanel(segmentNo);
  const strings = useStrings();
  const text = strings.segment;
  const styles = useSegmentPanelStyles();
  const { view } = state;
  useFocusOnArrival("segment-title", view.status !== "loading");

  return (
    <section className={styles.root} aria-labelledby="segment-title">
      <Button className={styles.back} appearance="subtle" size="small" icon={<ArrowLeftRegular />} onClick={onClose}>
        {text.backToList}
      </Button>

      {view.status === "loading" && <Spinner size="small" label={text.loading} />}
      {view.status === "failed" && (
        <>
          <Subtitle1 as="h2" id="segment-title" className={styles.heading} tabIndex={-1}>
            {segmentNo}
          </Subtitle1>
          <NoticeBar notice={view.notice} />
          <div>
            <Button onClick={state.reload}>{text.reload}</Button>
          </div>
        </>
      )}
      {view.status === "ready" && (
        <>
          <Subtitle1 as="h2" id="segment-title" className={styles.heading} tabIndex={-1}>
            {text.title(view.data.overview.header.no, view.data.overview.header.description)}
          </Subtitle1>
          <Caption1 className={styles.secondary}>
            {text.totals(
              view.data.overview.lines,
              strings.segments.money(view.data.overview.cost),
              view.data.overview.duration,
            )}
          </Caption1>
          <ReadinessLine gaps={view.data.overview.readiness} onFix={state.openHeaderField} />
          <HistoryToolbar
            history={state.history}
            busy={state.busy}
            canGoBack={view.data.overview.canGoBack}
            canGoForward={view.data.overview.canGoForward}
          />
          <NoticeBar notice={state.noticeAt("history")} onDismiss={state.dismissNotice} />
          <SegmentActions
            segmentNo={segmentNo}
            data={view.data}
            busy={state.busy}
            ready={view.data.overview.readiness.length === 0}
            onDone={state.done}
            onLogged={onLogged}
          />
          <NoticeBar notice={state.noticeAt("actions")} onDismiss={state.dismissNotice} />
          {/* Sections are drawn only while open and without Fluent's collapse motion: a collapsing panel carries an
              inert attribute React 18 warns about, and a field opened from the readiness line must exist at once. */}
          <Accordion
            multiple
            collapsible
            openItems={state.openSections as SectionId[]}
            onToggle={(_, data) => state.setOpenSections(data.openItems as SectionId[])}
          >
            <AccordionItem value="header">
              <AccordionHeader as="h3">
                {text.header.title}
                <Caption1 className={styles.summary}>
                  {text.header.summary(
                    view.data.overview.header.interactionTemplateCode,
                    view.data.overview.header.salespersonCode,
                  )}
                </Caption1>
              </AccordionHeader>
              {state.openSections.includes("header") && (
                <AccordionPanel collapseMotion={null}>
                  <NoticeBar notice={state.noticeAt("header")} onDismiss={state.dismissNotice} />
                  <HeaderSection
                    header={view.data.overview.header}
                    templates={view.data.templates}
                    editor={state.header}
                    version={state.version}
                    focusField={state.fieldToFocus}
                    onFocused={state.fieldFocused}
                  />
                </AccordionPanel>
              )}
            </AccordionItem>
            <AccordionItem value="members">
              <AccordionHeader as="h3">{text.members.title}</AccordionHeader>
              {state.openSections.includes("members") && (
                <AccordionPanel collapseMotion={null}>
                  <MembersSection segmentNo={segmentNo} members={state.members} />
                </AccordionPanel>
              )}
            </AccordionItem>
            <AccordionItem value="step">
              <AccordionHeader as="h3">{text.builder.title}</AccordionHeader>
              {state.openSections.includes("step") && (
                <AccordionPanel collapseMotion={null}>
                  <StepBuilder
                    builder={state.builder}
                    busy={state.busy}
                    fields={view.data.fields}
                    fieldsNotice={view.data.fieldsNotice}
                    onReload={state.reload}
                    notice={state.noticeAt("step")}
                    onDismissNotice={state.dismissNotice}
                    valueCounts={view.data.valueCounts}
                  />
                </AccordionPanel>
              )}
            </AccordionItem>
            <AccordionItem value="criteria">
              <AccordionHeader as="h3">{text.criteria.title(view.data.criteria.steps.length)}</AccordionHeader>
              {state.openSections.includes("criteria") && (
                <AccordionPanel collapseMotion={null}>
                  <NoticeBar notice={state.noticeAt("criteria")} onDismiss={state.dismissNotice} />
                  <CriteriaSection
                    steps={view.data.criteria.steps}
                    savedCodes={view.data.savedCodes}
                    actions={state.criteria}
                  />
                </AccordionPanel>
              )}
            </AccordionItem>
          </Accordion>
        </>
      )}
    </section>
  );
}
