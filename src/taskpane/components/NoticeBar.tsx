import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { Notice } from "../notice";

export interface NoticeBarProps {
  readonly notice: Notice | undefined;
  readonly onDismiss?: () => void;
}

/** The pane's one place for results and errors; errors are announced, results are polite. */
export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  const strings = useStrings();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.detail && <span> {notice.detail}</span>}
        {notice.hint && <span> {notice.hint}</span>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              {strings.common.close}
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}
