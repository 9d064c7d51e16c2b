import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { LoggedSegment } from "../../../domain/interactions/logEntry";
import { useStrings } from "../../i18n";
import type { CancelDirection, CancelSubject } from "../../i18n/interactionStrings";
import { useState } from "react";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

export interface LoggedSegmentsTableProps {
  /** Newest first. */
  readonly logged: readonly LoggedSegment[];
  readonly onCancel: (subject: CancelSubject, direction: CancelDirection) => void;
  readonly onReuse: (logged: LoggedSegment) => void;
  readonly onShowEntries: (logged: LoggedSegment) => void;
}

/**
 * A row's actions in a popover of buttons. Not a Fluent Menu: it would be the only one in the pane and cost 33 KiB;
 * the popover's code is already loaded for the InfoLabels. It closes when an action is chosen.
 */
function RowActions({ label, actions }: { label: string; actions: readonly { label: string; run: () => void }[] }) {
  const styles = useInteractionsPanelStyles();
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={(_, data) => setOpen(data.open)} positioning="below-end" trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" aria-label={label}>
          <span aria-hidden="true">⋯</span>
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={label} className={styles.rowActions}>
        {actions.map((action) => (
          <Button
            key={action.label}
            appearance="subtle"
            size="small"
            onClick={() => {
              setOpen(false);
              action.run();
            }}
          >
            {action.label}
          </Button>
        ))}
      </PopoverSurface>
    </Popover>
  );
}

/** The Logged Segments sheet as a compact table; each row's actions sit in a popover. */
export function LoggedSegmentsTable({ logged, onCancel, onReuse, onShowEntries }: LoggedSegmentsTableProps) {
  const text = useStrings().interactions;
  const styles = useInteractionsPanelStyles();
  const columns = text.logged.columns;
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" aria-label={text.logged.listLabel} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{columns.entryNo}</TableHeaderCell>
            <TableHeaderCell>{columns.segmentNo}</TableHeaderCell>
            <TableHeaderCell>{columns.description}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{columns.interactions}</TableHeaderCell>
            <TableHeaderCell>{columns.date}</TableHeaderCell>
            <TableHeaderCell>{columns.canceled}</TableHeaderCell>
            <TableHeaderCell>
              <span className={styles.secondary}>{columns.actions}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {logged.map((segment) => (
            <TableRow key={segment.entryNo}>
              <TableCell className={styles.number}>{segment.entryNo}</TableCell>
              <TableCell className={styles.nowrap}>{segment.segmentNo}</TableCell>
              <TableCell>{segment.description}</TableCell>
              <TableCell className={styles.number}>{text.format.number(segment.noOfInteractions)}</TableCell>
              <TableCell className={styles.nowrap}>{text.format.date(segment.creationDate)}</TableCell>
              <TableCell>
                {segment.canceled && <span className={styles.canceled}>{text.logged.canceledText}</span>}
              </TableCell>
              <TableCell>
                <RowActions
                  label={text.logged.actionsFor(segment.entryNo)}
                  actions={[
                    { label: segment.canceled ? text.logged.uncancel : text.logged.cancel, run: () => onCancel({ logged: segment.entryNo }, segment.canceled ? "uncancel" : "cancel") },
                    { label: text.logged.reuse, run: () => onReuse(segment) },
                    { label: text.logged.showEntries, run: () => onShowEntries(segment) },
                  ]}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
