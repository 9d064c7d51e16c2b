import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n";

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
}

/** The one kind of question the pane asks: say what will happen, then let the user choose or cancel. */
export function ConfirmDialog({ open, title, children, choices, onCancel, busy }: ConfirmDialogProps) {
  const strings = useStrings();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            {choices.map((choice) => (
              <Button key={choice.label} appearance={choice.primary ? "primary" : "secondary"} disabled={busy} onClick={choice.onClick}>
                {choice.label}
              </Button>
            ))}
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {strings.common.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
