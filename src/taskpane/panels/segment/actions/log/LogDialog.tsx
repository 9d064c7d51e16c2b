import { Body1, Body1Strong, Caption1, Checkbox, Field, mergeClasses, Spinner } from "@fluentui/react-components";
import type { LogSegmentResult } from "../../../../../app/logSegment";
import { NoticeBar } from "../../../../components/NoticeBar";
import { useStrings } from "../../../../i18n";
import { ActionDialog } from "../../../../components/ActionDialog";
import { useSegmentActionsStyles } from "../SegmentActions.styles";
import { useLogDialog } from "./useLogDialog";

/** Problems and excluded lines listed before a count of the rest: the dialog must fit a task pane. */
const LISTED = 10;

export interface LogDialogProps {
  readonly segmentNo: string;
  readonly onLogged: (result: LogSegmentResult) => void;
  readonly onClose: () => void;
}

/** Log Segment: what will be written, what stops it line by line, the excluded lines and the follow-up choice. */
export function LogDialog({ segmentNo, onLogged, onClose }: LogDialogProps) {
  const state = useLogDialog(segmentNo, onLogged);
  const text = useStrings().segmentActions.log;
  const styles = useSegmentActionsStyles();
  const { preview, summary } = state;
  return (
    <ActionDialog
      title={text.title(segmentNo)}
      confirm={{
        label: state.busy ? text.logging : summary ? text.confirm(summary.entries) : text.confirmPending,
        disabled: !state.canLog,
      }}
      onConfirm={state.log}
      notice={state.notice}
      onDismissNotice={state.dismissNotice}
      busy={state.busy}
      onClose={onClose}
    >
      {preview.status === "loading" && summary === undefined && <Spinner size="small" label={text.checking} />}
      {preview.status === "failed" && <NoticeBar notice={preview.notice} />}
      {summary && (
        <div
          className={mergeClasses(styles.content, preview.status === "loading" && styles.stale)}
          data-testid="log-summary"
        >
          <Body1 block>{text.entries(summary.entries)}</Body1>
          <Body1 block>{text.templates(summary.templates)}</Body1>
          <Body1 block>{text.totals(summary.cost, summary.duration)}</Body1>

          {summary.problems.length > 0 && (
            <div>
              <Body1Strong className={styles.problems}>{text.problemsHeading(summary.problems.length)}</Body1Strong>
              <ul className={styles.list} aria-label={text.problemsLabel}>
                {summary.problems.slice(0, LISTED).map((problem, i) => (
                  <li key={i}>{text.problem(problem, summary.segmentNo)}</li>
                ))}
              </ul>
              {summary.problems.length > LISTED && <Body1 block>{text.more(summary.problems.length - LISTED)}</Body1>}
            </div>
          )}

          {summary.excluded.length > 0 && (
            <div>
              <Body1Strong className={styles.warning}>{text.excludedHeading(summary.excluded.length)}</Body1Strong>
              <ul className={styles.list} aria-label={text.excludedLabel}>
                {summary.excluded.slice(0, LISTED).map((line) => (
                  <li key={line.lineNo}>{text.excludedLine(line.lineNo, line.contactNo)}</li>
                ))}
              </ul>
              {summary.excluded.length > LISTED && <Body1 block>{text.more(summary.excluded.length - LISTED)}</Body1>}
              <Field hint={text.includeExcludedHint}>
                <Checkbox
                  label={text.includeExcluded}
                  checked={state.includeExcluded}
                  disabled={state.busy}
                  onChange={(_, data) => state.setIncludeExcluded(data.checked === true)}
                />
              </Field>
            </div>
          )}

          <Field hint={text.followUpHint}>
            <Checkbox
              label={text.followUp}
              checked={state.followUp}
              disabled={state.busy}
              onChange={(_, data) => state.setFollowUp(data.checked === true)}
            />
          </Field>
          {state.followUp && summary.followUp && (
            <Caption1>
              {text.followUpResult(
                summary.followUp.segmentNo,
                summary.followUp.lines,
                summary.followUp.skippedExcluded,
              )}
            </Caption1>
          )}
          <Caption1 className={styles.secondary}>{text.afterwards}</Caption1>
        </div>
      )}
    </ActionDialog>
  );
}
