/** The last events the simulated Excel fired, so one can see what an add-in listening to them would be told. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookEvent } from "../workbook/events";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXXL,
    maxHeight: "96px",
    overflow: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

function describe(event: WorkbookEvent, sheetName: (id: string) => string): string {
  return event.type === "WorksheetChanged"
    ? `WorksheetChanged ${event.changeType} ${sheetName(event.worksheetId)}!${event.address}`
    : `WorksheetNameChanged ${event.nameBefore} → ${event.nameAfter}`;
}

export function EventLog({
  events,
  sheetName,
}: {
  events: readonly WorkbookEvent[];
  sheetName: (id: string) => string;
}) {
  const styles = useStyles();
  return (
    <section aria-label="Events fired">
      <Caption1>Events fired (newest first){events.length === 0 ? ": none yet" : ""}</Caption1>
      <ol className={styles.list} data-testid="event-log">
        {events.slice(0, 10).map((event, i) => (
          <li key={`${events.length - i}`}>{describe(event, sheetName)}</li>
        ))}
      </ol>
    </section>
  );
}
