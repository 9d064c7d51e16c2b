import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
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
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { Details } from "./Details";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

export interface LoggedSegmentsTableProps {
  /** Newest first. */
  readonly logged: readonly LoggedSegment[];
  readonly onCancel: (subject: CancelSubject, direction: CancelDirection) => void;
  readonly onReuse: (logged: LoggedSegment) => void;
  readonly onShowEntries: (logged: LoggedSegment) => void;
}

/** A row's actions in a Fluent Menu: arrow keys move between them, Esc closes it and focus goes back to ⋯. */
function RowActions({ label, actions }: { label: string; actions: readonly { label: string; run: () => void }[] }) {
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" aria-label={label} icon={<MoreHorizontalRegular />} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={label}>
          {actions.map((action) => (
            <MenuItem key={action.label} onClick={action.run}>
              {action.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The Logged Segments sheet as a compact table that fits the pane: Entry No. | segment No. · description, under it
 * the number of interactions, the date and Canceled | the row's actions.
 */
export function LoggedSegmentsTable({ logged, onCancel, onReuse, onShowEntries }: LoggedSegmentsTableProps) {
  const strings = useStrings();
  const text = strings.interactions;
  const styles = useInteractionsPanelStyles();
  const columns = text.logged.columns;
  return (
    <Table size="extra-small" aria-label={text.logged.listLabel} className={styles.list}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.numberColumn}>{columns.entryNo}</TableHeaderCell>
          <TableHeaderCell
            className={styles.mainColumn}
          >{`${columns.segmentNo} · ${columns.description}`}</TableHeaderCell>
          <TableHeaderCell className={styles.buttonColumn}>
            <span className={styles.visuallyHidden}>{columns.actions}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {logged.map((segment) => {
          const name = segment.description ? `${segment.segmentNo} · ${segment.description}` : segment.segmentNo;
          return (
            <TableRow key={segment.entryNo}>
              <TableCell className={mergeClasses(styles.numberColumn, styles.nowrap)}>{segment.entryNo}</TableCell>
              <TableCell className={styles.mainColumn}>
                <span className={styles.truncatedLine} title={name}>
                  {name}
                </span>
                <Details
                  parts={[
                    text.logged.interactionCount(segment.noOfInteractions, segment.canceled),
                    strings.dates.format(segment.creationDate),
                  ]}
                  canceled={segment.canceled}
                />
              </TableCell>
              <TableCell className={styles.buttonColumn}>
                <RowActions
                  label={text.logged.actionsFor(segment.entryNo)}
                  actions={[
                    {
                      label: segment.canceled ? text.logged.uncancel : text.logged.cancel,
                      run: () => onCancel({ logged: segment.entryNo }, segment.canceled ? "uncancel" : "cancel"),
                    },
                    { label: text.logged.reuse, run: () => onReuse(segment) },
                    { label: text.logged.showEntries, run: () => onShowEntries(segment) },
                  ]}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
