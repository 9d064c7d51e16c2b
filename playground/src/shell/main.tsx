/**
 * Entry of the playground page: the sample workbook (converted from assets/sample-contacts.xlsx when the playground
 * was built) in the Excel fake's model, shared with the task pane's iframe through the bridge.
 */
import { createRoot } from "react-dom/client";
import sample from "../../../assets/sample-contacts.xlsx";
import { BRIDGE_NAME, type BridgeWindow, type PlaygroundBridge } from "../bridge";
import { formatSettings, parseSettings } from "../settings";
import { putGeneratedContacts } from "../workbook/generatedContacts";
import { loadWorkbook } from "../workbook/loadWorkbook";
import { Playground } from "./Playground";
import { WorkbookStore } from "./workbookStore";

let settings = parseSettings(window.location.search);
const book = loadWorkbook(sample);
if (settings.contacts > 0) putGeneratedContacts(book, settings.contacts);
const store = new WorkbookStore(book);

const bridge: PlaygroundBridge = {
  book: store.book,
  events: store.events,
  documentSettings: store.documentSettings,
  settings: () => settings,
  changed: store.changed,
};
(window as BridgeWindow)[BRIDGE_NAME] = bridge;

const container = document.getElementById("playground");
if (!container) throw new Error("playground.html has no #playground");
createRoot(container).render(
  <Playground
    store={store}
    initial={settings}
    onSettings={(next) => {
      settings = next;
      // The address keeps the settings, so a reload or a shared link gives the same setup.
      window.history.replaceState(null, "", formatSettings(next));
    }}
  />,
);
