import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Spinner, Subtitle1 } from "@fluentui/react-components";
import type { LogSegmentResult } from "../../../app/logSegment";
import { NoticeBar } from "../../components/NoticeBar";
import { useStrings } from "../../i18n";
import { SegmentActions } from "./actions/SegmentActions";
import { StepBuilder } from "./builder/StepBuilder";
import { CriteriaSection } from "./criteria/CriteriaSection";
import { HeaderSection } from "./header/HeaderSection";
import { HistoryToolbar } from "./history/HistoryToolbar";
import { useSegmentPanelStyles } from "./SegmentPanel.styles";
import { useSegmentPanel } from "./useSegmentPanel";

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

  return (
    <section className={styles.root} aria-labelledby="segment-title">
      <Button className={styles.back} appearance="subtle" size="small" icon={<span aria-hidden="true">←</span>} onClick={onClose}>
        {text.backToList}
      </Button>

      {view.status === "loading" && <Spinner size="small" label={text.loading} />}
      {view.status === "failed" && (
        <>
          <Subtitle1 as="h2" id="segment-title" className={styles.heading}>
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
          <Subtitle1 as="h2" id="segment-title" className={styles.heading}>
            {text.title(view.data.overview.header.no, view.data.overview.header.description)}
          </Subtitle1>
          <Caption1 className={styles.secondary}>
            {text.totals(view.data.overview.lines, strings.segments.money(view.data.overview.cost), view.data.overview.duration)}
          </Caption1>
          <HistoryToolbar history={state.history} canGoBack={view.data.overview.canGoBack} canGoForward={view.data.overview.canGoForward} />
          <SegmentActions segmentNo={segmentNo} data={view.data} onDone={state.done} onLogged={onLogged} />
          <NoticeBar notice={state.notice} onDismiss={state.dismissNotice} />
          <Accordion multiple collapsible defaultOpenItems={["step"]}>
            <AccordionItem value="header">
              <AccordionHeader as="h3">
                {text.header.title}
                <Caption1 className={styles.summary}>
                  {text.header.summary(view.data.overview.header.interactionTemplateCode, view.data.overview.header.salespersonCode)}
                </Caption1>
              </AccordionHeader>
              <AccordionPanel>
                <HeaderSection header={view.data.overview.header} templates={view.data.templates} editor={state.header} version={state.version} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="step">
              <AccordionHeader as="h3">{text.builder.title}</AccordionHeader>
              <AccordionPanel>
                <StepBuilder builder={state.builder} fields={view.data.fields} fieldsNotice={view.data.fieldsNotice} onReload={state.reload} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="criteria">
              <AccordionHeader as="h3">{text.criteria.title(view.data.criteria.steps.length)}</AccordionHeader>
              <AccordionPanel>
                <CriteriaSection lines={view.data.criteria.text} savedCodes={view.data.savedCodes} actions={state.criteria} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </section>
  );
}
