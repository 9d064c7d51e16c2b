import { memo } from "react";
import { Toolbar, ToolbarButton } from "@fluentui/react-components";
import type { LogSegmentResult } from "../../../../app/logSegment";
import { useStrings } from "../../../i18n";
import type { Notice } from "../../../notice";
import type { SegmentData } from "../useSegmentData";
import { ExportDialog } from "./export/ExportDialog";
import { LogDialog } from "./log/LogDialog";
import { MailingGroupDialog } from "./mailing/MailingGroupDialog";
import { useSegmentActionsStyles } from "./SegmentActions.styles";
import { useSegmentActions } from "./useSegmentActions";

export interface SegmentActionsProps {
  readonly segmentNo: string;
  readonly data: SegmentData;
  /** Another act on the segment is running: its dialogs wait until it is done. */
  readonly busy: boolean;
  /** Nothing is missing for Log: only then is it the primary action. */
  readonly ready: boolean;
  /** An action changed the workbook but the segment stays: show the notice and read the segment again. */
  readonly onDone: (notice: Notice) => void;
  /** The segment was logged (and so removed); the pane leaves it. */
  readonly onLogged: (result: LogSegmentResult) => void;
}

/** Log Segment, Apply Mailing Group and Export for the open segment, each in its own dialog that shows the consequence first. */
function SegmentActionsView({ segmentNo, busy, ready, onDone, onLogged }: SegmentActionsProps) {
  const text = useStrings().segmentActions;
  const actions = useSegmentActions(onDone);
  const styles = useSegmentActionsStyles();
  return (
    <>
      <Toolbar className={styles.toolbar} aria-label={text.toolbar} size="small">
        <ToolbarButton appearance={ready ? "primary" : undefined} disabled={busy} onClick={() => actions.show("log")}>
          {text.log.open}
        </ToolbarButton>
        <ToolbarButton disabled={busy} onClick={() => actions.show("mailing")}>
          {text.mailing.open}
        </ToolbarButton>
        <ToolbarButton disabled={busy} onClick={() => actions.show("export")}>
          {text.export.open}
        </ToolbarButton>
      </Toolbar>
      {actions.open === "log" && <LogDialog segmentNo={segmentNo} onLogged={onLogged} onClose={actions.close} />}
      {actions.open === "mailing" && (
        <MailingGroupDialog segmentNo={segmentNo} onDone={actions.done} onClose={actions.close} />
      )}
      {actions.open === "export" && (
        <ExportDialog segmentNo={segmentNo} onDone={actions.done} onClose={actions.close} />
      )}
    </>
  );
}

/** Drawn again only when its own props change, not on each keystroke's count in the builder beside it. */
export const SegmentActions = memo(SegmentActionsView);
