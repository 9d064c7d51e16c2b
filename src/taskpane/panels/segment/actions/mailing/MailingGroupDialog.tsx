import { Body1, Caption1, Checkbox, Field, Input, mergeClasses } from "@fluentui/react-components";
import { NoticeBar } from "../../../../components/NoticeBar";
import { useStrings } from "../../../../i18n";
import type { Notice } from "../../../../notice";
import { ActionDialog } from "../../../../components/ActionDialog";
import { useSegmentActionsStyles } from "../SegmentActions.styles";
import { mailingCount, useMailingGroupDialog } from "./useMailingGroupDialog";

export interface MailingGroupDialogProps {
  readonly segmentNo: string;
  readonly onDone: (notice: Notice) => void;
  readonly onClose: () => void;
}

/** Apply Mailing Group: a code, Delete Old Assignments, and the exact count of the contacts that change. */
export function MailingGroupDialog({ segmentNo, onDone, onClose }: MailingGroupDialogProps) {
  const state = useMailingGroupDialog(segmentNo, onDone);
  const text = useStrings().segmentActions.mailing;
  const styles = useSegmentActionsStyles();
  const { preview, count } = state;
  return (
    <ActionDialog
      title={text.title(segmentNo)}
      confirm={{ label: state.busy ? text.applying : text.apply(state.code ?? ""), disabled: !state.canApply }}
      onConfirm={state.apply}
      notice={state.notice}
      onDismissNotice={state.dismissNotice}
      busy={state.busy}
      onClose={onClose}
    >
      <Field
        label={text.code}
        hint={text.codeHint}
        validationState={state.codeError ? "error" : "none"}
        validationMessage={state.codeError}
      >
        <Input value={state.typed} disabled={state.busy} onChange={(_, data) => state.setTyped(data.value)} />
      </Field>
      <Field hint={text.deleteOldHint}>
        <Checkbox
          label={text.deleteOld}
          checked={state.deleteOld}
          disabled={state.busy}
          onChange={(_, data) => state.setDeleteOld(data.checked === true)}
        />
      </Field>
      {preview.status === "failed" && <NoticeBar notice={preview.notice} />}
      <div
        className={mergeClasses(styles.content, preview.status === "loading" && styles.stale)}
        aria-live="polite"
        data-testid="mailing-count"
      >
        {preview.status === "loading" && count === undefined && <Caption1>{text.counting}</Caption1>}
        {count && state.code !== undefined && (
          <>
            <Body1 block>
              {count.contactsChanged > 0
                ? text.count(mailingCount(count))
                : text.nothing(count.code, count.alreadyAssigned)}
            </Body1>
            {count.removed > 0 && <Body1 className={styles.warning}>{text.removes(count.code, count.removed)}</Body1>}
            {count.columnAdded && <Caption1>{text.columnAdded}</Caption1>}
            {count.notOnSheet.length > 0 && (
              <Caption1 className={styles.secondary}>{text.notOnSheet(count.notOnSheet)}</Caption1>
            )}
          </>
        )}
      </div>
    </ActionDialog>
  );
}
