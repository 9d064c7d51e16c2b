import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { useStrings } from "../i18n";
import { useBookServices } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

const noSubscription = () => () => undefined;
const nothing = () => undefined;

/** "Reading contacts 40,000 of 100,000" with Cancel, while a large contact sheet is read; nothing otherwise. */
export function ReadProgressBar() {
  const { readProgress } = useBookServices();
  const state = useSyncExternalStore(readProgress?.subscribe ?? noSubscription, readProgress?.snapshot ?? nothing);
  const strings = useStrings();
  const styles = useStyles();
  if (!readProgress || !state) return null;
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        validationMessage={strings.contacts.readingProgress(state.rows, state.total)}
        validationState="none"
      >
        <ProgressBar value={state.rows / state.total} aria-label={strings.contacts.readingLabel} />
      </Field>
      <Button size="small" onClick={readProgress.cancel}>
        {strings.contacts.cancelReading}
      </Button>
    </div>
  );
}
