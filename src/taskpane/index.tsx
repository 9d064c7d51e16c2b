import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { readContactSheet } from "../workbook/excel/readContactSheet";
import { App } from "./components/App";
import { pickStrings, StringsProvider } from "./i18n";
import { pickThemeKind, THEMES, type OfficeThemeLike } from "./theme";

/** Office's theme, when this host has one (reading it can throw where it is unsupported). */
function officeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const strings = pickStrings(Office.context.displayLanguage);
  const forcedColors = window.matchMedia?.("(forced-colors: active)").matches ?? false;
  document.documentElement.lang = strings.locale;
  document.title = strings.appTitle;
  createRoot(container).render(
    <FluentProvider theme={THEMES[pickThemeKind(officeTheme(), forcedColors)]}>
      <StringsProvider strings={strings}>
        <App loadContactSheet={readContactSheet} />
      </StringsProvider>
    </FluentProvider>,
  );
});
