import {
  Body1Strong,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { InteractionTotals } from "../../../domain/interactions/totals";
import { useStrings } from "../../i18n";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

/** Count, cost and duration of the filter's entries not canceled (the use case's totals), in all and per template. */
export function EntriesTotals({ totals }: { readonly totals: InteractionTotals }) {
  const text = useStrings().interactions;
  const styles = useInteractionsPanelStyles();
  const columns = text.totals.columns;
  return (
    <div className={styles.section}>
      <Caption1 className={styles.secondary}>{text.totals.heading}</Caption1>
      <Body1Strong>{text.totals.all(totals.all.count, totals.all.cost, totals.all.duration)}</Body1Strong>
      {totals.byTemplate.length > 1 && (
        <Table size="extra-small" aria-label={text.totals.listLabel} className={styles.list}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{columns.template}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.count}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.cost}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.duration}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {totals.byTemplate.map((total) => (
              <TableRow key={total.code}>
                <TableCell className={styles.wrap}>{total.code || text.totals.blankCode}</TableCell>
                <TableCell className={styles.number}>{text.format.number(total.count)}</TableCell>
                <TableCell className={styles.number}>{text.format.money(total.cost)}</TableCell>
                <TableCell className={styles.minutes}>{text.format.minutes(total.duration)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
