import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { Notice } from "../notice";

export interface NoticeBarProps {
  readonly notice: Notice | undefined;
  readonly onDismiss?: () => void;
}

// A sheet name or an e-mail address can be one long word: it breaks rather than push Close past the pane's edge.
const useStyles = makeStyles({ body: { overflowWrap: "anywhere" } });

/** The pane's one place for results and errors; errors are announced, results are polite. */
export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  const strings = useStrings();
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      layout="multiline"
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.detail && <span> {notice.detail}</span>}
        {notice.hint && <span> {notice.hint}</span>}
      </MessageBarBody>
      {(onDismiss || notice.action) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button appearance="transparent" size="small" onClick={onDismiss}>
                {strings.common.close}
              </Button>
            )
          }
        >
          {notice.action && (
            <Button size="small" onClick={notice.action.run}>
              {notice.action.label}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
