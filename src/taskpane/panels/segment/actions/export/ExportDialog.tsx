import { Body1, Checkbox, Field, Input } from "@fluentui/react-components";
import { useStrings } from "../../../../i18n";
import type { Notice } from "../../../../notice";
import { ActionDialog } from "../../../../components/ActionDialog";
import { useExportDialog } from "./useExportDialog";

export interface ExportDialogProps {
  readonly segmentNo: string;
  readonly onDone: (notice: Notice) => void;
  readonly onClose: () => void;
}

/** Export mailing list: a new sheet's name and the e-mail-only choice; what was left out comes in the notice. */
export function ExportDialog({ segmentNo, onDone, onClose }: ExportDialogProps) {
  const state = useExportDialog(segmentNo, onDone);
  const text = useStrings().segmentActions.export;
  return (
    <ActionDialog
      title={text.title(segmentNo)}
      confirm={{ label: state.busy ? text.exporting : text.confirm, disabled: !state.canExport }}
      onConfirm={state.exportList}
      notice={state.notice}
      onDismissNotice={state.dismissNotice}
      busy={state.busy}
      onClose={onClose}
    >
      <Body1 block>{text.intro}</Body1>
      <Field
        label={text.sheetName}
        validationState={state.nameProblem ? "error" : "none"}
        validationMessage={state.nameProblem}
      >
        <Input value={state.sheetName} disabled={state.busy} onChange={(_, data) => state.setSheetName(data.value)} />
      </Field>
      <Field hint={text.emailOnlyHint}>
        <Checkbox
          label={text.emailOnly}
          checked={state.emailOnly}
          disabled={state.busy}
          onChange={(_, data) => state.setEmailOnly(data.checked === true)}
        />
      </Field>
    </ActionDialog>
  );
}
