import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useStrings } from "../i18n";
import { useRestoreFocus } from "./useRestoreFocus";

export interface DialogChoice {
  readonly label: string;
  readonly onClick: () => void;
  readonly primary?: boolean;
}

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** The answers, in reading order; Cancel (and Esc) always follow and call onCancel. */
  readonly choices: readonly DialogChoice[];
  readonly onCancel: () => void;
  /** An answer is being carried out: every button is disabled (and Esc ignored) so nothing acts twice or half. */
  readonly busy?: boolean;
  /** The question is about a destructive act: the dialog opens on Cancel, so Enter or a hasty click keeps the data. */
  readonly destructive?: boolean;
}

/** The one kind of question the pane asks: say what will happen, then let the user choose or cancel. */
export function ConfirmDialog({ open, title, children, choices, onCancel, busy, destructive }: ConfirmDialogProps) {
  const strings = useStrings();
  useRestoreFocus(open);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Fluent's dialog focuses its first button as it opens (this effect runs after the dialog's own); a destructive
  // question moves on to Cancel. React's autoFocus would act before the dialog's focus trap is set up.
  useEffect(() => {
    if (open && destructive) cancelButton.current?.focus();
  }, [open, destructive]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            {choices.map((choice) => (
              <Button
                key={choice.label}
                appearance={choice.primary ? "primary" : "secondary"}
                disabled={busy}
                onClick={choice.onClick}
              >
                {choice.label}
              </Button>
            ))}
            <Button appearance="secondary" disabled={busy} onClick={onCancel} ref={cancelButton}>
              {strings.common.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
