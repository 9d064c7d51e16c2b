import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
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
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

export interface LoggedSegmentsTableProps {
  /** Newest first. */
  readonly logged: readonly LoggedSegment[];
  readonly onCancel: (subject: CancelSubject, direction: CancelDirection) => void;
  readonly onReuse: (logged: LoggedSegment) => void;
  readonly onShowEntries: (logged: LoggedSegment) => void;
}

/** The Logged Segments sheet as a compact table; each row's actions sit in its menu. */
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
                <Menu>
                  <MenuTrigger disableButtonEnhancement>
                    <Button appearance="subtle" size="small" aria-label={text.logged.actionsFor(segment.entryNo)}>
                      <span aria-hidden="true">⋯</span>
                    </Button>
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      <MenuItem onClick={() => onCancel({ logged: segment.entryNo }, segment.canceled ? "uncancel" : "cancel")}>
                        {segment.canceled ? text.logged.uncancel : text.logged.cancel}
                      </MenuItem>
                      <MenuItem onClick={() => onReuse(segment)}>{text.logged.reuse}</MenuItem>
                      <MenuItem onClick={() => onShowEntries(segment)}>{text.logged.showEntries}</MenuItem>
                    </MenuList>
                  </MenuPopover>
                </Menu>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
