import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n";
import type { Notice } from "../notice";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ActionDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The primary button names the act; disabled until what the dialog shows is current and allows it. */
  readonly confirm: { readonly label: string; readonly disabled: boolean };
  readonly onConfirm: () => void;
  /** The act's error: the dialog stays open with it, so the user can fix the input and try again. */
  readonly notice?: Notice;
  readonly onDismissNotice?: () => void;
  /** The act is running: every button is disabled and Esc ignored, so nothing acts twice or half. */
  readonly busy: boolean;
  readonly onClose: () => void;
}

/** The shell of the pane's action dialogs (Log, Apply Mailing Group, Export, Reuse Segment): modal (focus trapped, Esc closes), labelled by its title; Enter confirms. */
export function ActionDialog({
  title,
  children,
  confirm,
  onConfirm,
  notice,
  onDismissNotice,
  busy,
  onClose,
}: ActionDialogProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!confirm.disabled && !busy) onConfirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              <NoticeBar notice={notice} onDismiss={onDismissNotice} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={confirm.disabled || busy}>
                {confirm.label}
              </Button>
              <Button appearance="secondary" disabled={busy} onClick={onClose}>
                {strings.common.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
