import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelBook } from "../workbook/excel/excelBook";
import { CachedReads } from "../workbook/cachedReads";
import { watchWorkbookChanges } from "../workbook/excel/changeEvents";
import { officeHost } from "../workbook/excel/host";
import { selectCells } from "../workbook/excel/selectCells";
import { openPaneWithWorkbook } from "./autoShow";
import { App } from "./components/App";
import { loadStrings, StringsProvider } from "./i18n";
import { showOutsideExcel } from "./outsideExcel/page";
import { pageLanguage, whereaboutsOf } from "./outsideExcel/where";
import { ReadProgressStore } from "./readProgress";
import { hostYield } from "./hostYield";
import { BookServicesProvider, localRunContext, type BookServices } from "./services";
import { pickThemeKind, THEMES, type OfficeThemeLike } from "./theme";

/** Office's theme, when this host has one (reading it can throw where it is unsupported). */
function officeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The production workbook: one ExcelBook per action (it re-checks at commit what the action read). Dates are the
 * machine's; the locale is the workbook's language, which orders and compares text in filters.
 */
function officeServices(): BookServices {
  const locale = Office.context.contentLanguage || Office.context.displayLanguage || "en-US";
  const host = officeHost();
  // Books opened after a Cancel get a new signal; the kept reads go too, their book had the old one.
  const readProgress = new ReadProgressStore(() => previews.drop());
  // A read pauses as the build of its table does (docs/decisions.md §D76): hashing a 4 MiB block was a long task.
  const open = readProgress.track(() =>
    ExcelBook.open(host, { watch: { ...readProgress.watch(), pause: hostYield() } }),
  );
  const previews = new CachedReads(open);
  watchWorkbookChanges(host, previews.invalidate).catch(previews.stopKeeping);
  return {
    openBook: previews.observe(open),
    previews,
    readProgress,
    selectCells: (sheetName, address) => selectCells(host, sheetName, address),
    runContext: () => ({ ...localRunContext(new Date(), locale), yieldToHost: hostYield() }),
    segmentsExist: () => openPaneWithWorkbook(Office.context.document.settings),
  };
}

async function startPane(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const strings = await loadStrings(Office.context.displayLanguage);
  const forcedColors = window.matchMedia?.("(forced-colors: active)").matches ?? false;
  document.documentElement.lang = strings.locale;
  document.title = strings.appTitle;
  createRoot(container).render(
    <FluentProvider theme={THEMES[pickThemeKind(officeTheme(), forcedColors)]}>
      <StringsProvider strings={strings}>
        <BookServicesProvider services={officeServices()}>
          <App />
        </BookServicesProvider>
      </StringsProvider>
    </FluentProvider>,
  );
}

/** Office's display language where office.js knows one (another Office application), else the browser's. */
function officeOrBrowserLanguage(): "en" | "sv" {
  let officeLanguage: string | undefined;
  try {
    officeLanguage = Office.context?.displayLanguage;
  } catch {
    officeLanguage = undefined;
  }
  return pageLanguage([officeLanguage, ...navigator.languages, navigator.language]);
}

// Office.onReady decides: the pane only in Excel, one honest page anywhere else. When office.js could not load
// (offline, blocked) there is no Office to ask, and nothing of the pane may touch it.
if (typeof Office === "undefined") {
  showOutsideExcel(document, { kind: "no-office" }, pageLanguage([...navigator.languages, navigator.language]));
} else {
  Office.onReady((info) => {
    const where = whereaboutsOf(info);
    if (where.kind === "excel") void startPane();
    else showOutsideExcel(document, where, officeOrBrowserLanguage());
  });
}
