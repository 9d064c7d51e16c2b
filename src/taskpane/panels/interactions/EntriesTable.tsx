import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { CancelDirection, CancelSubject } from "../../i18n/interactionStrings";
import type { EntriesView } from "./entriesView";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

export interface EntriesTableProps {
  readonly view: EntriesView;
  readonly onCancel: (subject: CancelSubject, direction: CancelDirection) => void;
}

/** A page of interaction log entries, newest first, each with Cancel or Uncancel. */
export function EntriesTable({ view, onCancel }: EntriesTableProps) {
  const text = useStrings().interactions;
  const styles = useInteractionsPanelStyles();
  const columns = text.entries.columns;
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" aria-label={text.entries.listLabel} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{columns.entryNo}</TableHeaderCell>
            <TableHeaderCell>{columns.date}</TableHeaderCell>
            <TableHeaderCell>{columns.contactNo}</TableHeaderCell>
            {view.hasNames && <TableHeaderCell>{columns.contactName}</TableHeaderCell>}
            <TableHeaderCell>{columns.template}</TableHeaderCell>
            <TableHeaderCell>{columns.description}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{columns.cost}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{columns.duration}</TableHeaderCell>
            <TableHeaderCell>{columns.canceled}</TableHeaderCell>
            <TableHeaderCell>
              <span className={styles.secondary}>{columns.actions}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.rows.map((entry) => (
            <TableRow key={entry.entryNo}>
              <TableCell className={styles.number}>{entry.entryNo}</TableCell>
              <TableCell className={styles.nowrap}>{text.format.date(entry.date)}</TableCell>
              <TableCell className={styles.nowrap}>{entry.contactNo}</TableCell>
              {view.hasNames && <TableCell>{entry.contactName}</TableCell>}
              <TableCell className={styles.nowrap}>{entry.interactionTemplateCode}</TableCell>
              <TableCell>{entry.description}</TableCell>
              <TableCell className={styles.number}>{text.format.money(entry.cost)}</TableCell>
              <TableCell className={styles.minutes}>{text.format.minutes(entry.duration)}</TableCell>
              <TableCell>
                {entry.canceled && <span className={styles.canceled}>{text.logged.canceledText}</span>}
              </TableCell>
              <TableCell>
                <Button
                  appearance="subtle"
                  size="small"
                  aria-label={entry.canceled ? text.entries.uncancelEntry(entry.entryNo) : text.entries.cancelEntry(entry.entryNo)}
                  onClick={() => onCancel({ entry: entry.entryNo }, entry.canceled ? "uncancel" : "cancel")}
                >
                  {entry.canceled ? text.logged.uncancel : text.logged.cancel}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
