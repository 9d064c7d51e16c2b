import {
  Button,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { CancelDirection, CancelSubject } from "../../i18n/interactionStrings";
import { Details } from "./Details";
import type { EntriesView } from "./entriesView";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

export interface EntriesTableProps {
  readonly view: EntriesView;
  readonly onCancel: (subject: CancelSubject, direction: CancelDirection) => void;
}

/**
 * A page of interaction log entries, newest first, as a compact table that fits the pane: Entry No. | contact No. ·
 * name, under it template, date, cost, duration and Canceled | Cancel or Uncancel.
 */
export function EntriesTable({ view, onCancel }: EntriesTableProps) {
  const strings = useStrings();
  const text = strings.interactions;
  const styles = useInteractionsPanelStyles();
  const columns = text.entries.columns;
  return (
    <Table size="extra-small" aria-label={text.entries.listLabel} className={styles.list}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.numberColumn}>{columns.entryNo}</TableHeaderCell>
          <TableHeaderCell className={styles.mainColumn}>
            {view.hasNames ? `${columns.contactNo} · ${columns.contactName}` : columns.contactNo}
          </TableHeaderCell>
          <TableHeaderCell className={styles.buttonColumn}>
            <span className={styles.visuallyHidden}>{columns.actions}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {view.rows.map((entry) => {
          const contact = entry.contactName.trim() ? `${entry.contactNo} · ${entry.contactName}` : entry.contactNo;
          return (
            <TableRow key={entry.entryNo}>
              <TableCell className={mergeClasses(styles.numberColumn, styles.nowrap)}>{entry.entryNo}</TableCell>
              <TableCell className={styles.mainColumn}>
                <span className={styles.wrappedLine}>{contact}</span>
                <Details
                  parts={[
                    entry.interactionTemplateCode,
                    strings.dates.format(entry.date),
                    text.format.money(entry.cost),
                    text.format.minutes(entry.duration),
                  ]}
                  canceled={entry.canceled}
                />
              </TableCell>
              <TableCell className={styles.buttonColumn}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.rowButton}
                  aria-label={
                    entry.canceled ? text.entries.uncancelEntry(entry.entryNo) : text.entries.cancelEntry(entry.entryNo)
                  }
                  onClick={() => onCancel({ entry: entry.entryNo }, entry.canceled ? "uncancel" : "cancel")}
                >
                  {entry.canceled ? text.entries.uncancel : text.entries.cancel}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
