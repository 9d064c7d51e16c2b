/** The playground page: settings on top, the simulated workbook on the left, the task pane (an iframe, as in Office) on the right. */
import { FluentProvider, makeStyles, Subtitle2, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { formatSettings, type PlaygroundSettings } from "../settings";
import { EventLog } from "./EventLog";
import { SettingsBar } from "./SettingsBar";
import { WorkbookView } from "./WorkbookView";
import type { WorkbookStore } from "./workbookStore";

/** Office's task pane is 320–450 px wide; 360 is its usual default. */
export const PANE_WIDTH = 360;

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: { display: "flex", columnGap: tokens.spacingHorizontalM, flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, rowGap: tokens.spacingVerticalS },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function Playground({
  store,
  initial,
  onSettings,
}: {
  store: WorkbookStore;
  initial: PlaygroundSettings;
  onSettings: (settings: PlaygroundSettings) => void;
}) {
  const styles = useStyles();
  const [settings, setSettings] = useState(initial);
  useSyncExternalStore(store.subscribe, store.getVersion);
  const change = (next: PlaygroundSettings) => {
    setSettings(next);
    onSettings(next);
  };
  // Office starts the pane again when its language or theme changes; so does the playground (the workbook stays).
  const paneKey = `${settings.language}|${settings.theme}|${settings.apiVersion}`;
  const sheetName = (id: string) => store.events.sheetOf(id)?.name ?? id;
  return (
    <FluentProvider theme={settings.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <header>
          <Subtitle2 as="h1">Contact Segments playground: the task pane beside a simulated workbook</Subtitle2>
          <SettingsBar settings={settings} onChange={change} />
        </header>
        <div className={styles.body}>
          <main className={styles.workbook} aria-label="Simulated workbook">
            <WorkbookView store={store} locale={settings.language} />
            <EventLog events={store.log} sheetName={sheetName} />
          </main>
          <iframe
            key={paneKey}
            className={styles.pane}
            title="Contact Segments task pane"
            src={`taskpane.html${formatSettings(settings)}`}
            data-testid="task-pane"
          />
        </div>
      </div>
    </FluentProvider>
  );
}
