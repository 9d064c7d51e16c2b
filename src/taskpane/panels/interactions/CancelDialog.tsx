import { Body1 } from "@fluentui/react-components";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useStrings } from "../../i18n";
import type { CancelQuestion } from "./useCancelFlow";

export interface CancelDialogProps {
  readonly question: CancelQuestion | undefined;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onDismiss: () => void;
}

/** "Cancel logged segment 8?" with the number of entries it changes and the counts that follow, asked once. */
export function CancelDialog({ question, busy, onConfirm, onDismiss }: CancelDialogProps) {
  const text = useStrings().interactions.cancel;
  return (
    <ConfirmDialog
      open={question !== undefined}
      title={question ? text.title(question.subject, question.direction) : ""}
      busy={busy}
      destructive
      onCancel={onDismiss}
      choices={
        question
          ? [
              {
                label: busy ? text.working(question.direction) : text.confirm(question.subject, question.direction),
                onClick: onConfirm,
                primary: true,
              },
            ]
          : []
      }
    >
      {question && (
        <>
          <Body1 block>{text.touches(question.preview.entries.length, question.direction)}</Body1>
          {question.preview.logged.map((l) => (
            <Body1 block key={l.entryNo}>
              {text.recount(l.entryNo, l.noOfInteractions, l.canceled)}
            </Body1>
          ))}
          <Body1 block>{text.note(question.subject, question.direction)}</Body1>
        </>
      )}
    </ConfirmDialog>
  );
}
