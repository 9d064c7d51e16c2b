import { makeStyles, tokens } from "@fluentui/react-components";
import type { ContactSheetLoader } from "../../workbook/excel/readContactSheet";
import { ContactsPanel } from "../panels/contacts/ContactsPanel";

export interface AppProps {
  /** office-js enters the pane only through these injected functions (index.tsx passes the real ones). */
  readonly loadContactSheet: ContactSheetLoader;
}

const useAppStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function App({ loadContactSheet }: AppProps) {
  const styles = useAppStyles();
  return (
    <main className={styles.root}>
      <ContactsPanel load={loadContactSheet} />
    </main>
  );
}
