import { Body1, Toolbar, ToolbarButton } from "@fluentui/react-components";
import { ArrowRedoRegular, ArrowUndoRegular } from "@fluentui/react-icons";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useStrings } from "../../../i18n";
import type { useHistoryStep } from "./useHistoryStep";

/** Hand changes listed in the dialog before a count of the rest: the dialog must fit a task pane. */
const LISTED_CHANGES = 8;

export interface HistoryToolbarProps {
  readonly history: ReturnType<typeof useHistoryStep>;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
  /** Another act on the segment is running: going back or forward now would step over it. */
  readonly busy: boolean;
}

export function HistoryToolbar({ history, canGoBack, canGoForward, busy }: HistoryToolbarProps) {
  const text = useStrings().segment.history;
  const { question } = history;
  return (
    <>
      <Toolbar aria-label={text.toolbar} size="small">
        {/* The hints as the buttons' descriptions and native titles: Fluent's Tooltip would add 11 KiB for two lines. */}
        <ToolbarButton
          icon={<ArrowUndoRegular />}
          disabled={!canGoBack || busy}
          onClick={history.goBack}
          title={text.goBackHint}
          aria-describedby="go-back-hint"
        >
          {text.goBack}
        </ToolbarButton>
        <ToolbarButton
          icon={<ArrowRedoRegular />}
          disabled={!canGoForward || busy}
          onClick={history.goForward}
          title={text.goForwardHint}
          aria-describedby="go-forward-hint"
        >
          {text.goForward}
        </ToolbarButton>
      </Toolbar>
      <span id="go-back-hint" hidden>
        {text.goBackHint}
      </span>
      <span id="go-forward-hint" hidden>
        {text.goForwardHint}
      </span>
      <ConfirmDialog
        open={question !== undefined}
        title={text.handTitle}
        busy={history.busy}
        destructive
        onCancel={history.cancel}
        choices={
          question ? [{ label: text.handConfirm(question.direction), onClick: history.confirm, primary: true }] : []
        }
      >
        {question && (
          <>
            <Body1 block>{text.handBody(question.direction)}</Body1>
            <ul>
              {question.changes.slice(0, LISTED_CHANGES).map((change) => (
                <li key={`${change.lineNo}:${change.kind}`}>{text.handChange(change)}</li>
              ))}
            </ul>
            {question.changes.length > LISTED_CHANGES && (
              <Body1 block>{text.handMore(question.changes.length - LISTED_CHANGES)}</Body1>
            )}
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
