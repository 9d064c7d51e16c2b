/**
 * Once a workbook holds segments, Office is asked to open the pane for whoever opens it
 * (AutoShowTaskpaneWithDocument), so teammates do not edit the add-in's sheets blind. The setting is stored in
 * the document; the manifest's ShowTaskpane action carries the TaskpaneId Office looks for.
 */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The part of Office.Settings this needs, so tests can pass their own. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/** Sets the flag once; saving is skipped when it is already set, so opening the pane does not dirty the book. */
export function openPaneWithWorkbook(settings: DocumentSettings): Promise<void> {
  if (settings.get(AUTO_SHOW_SETTING) === true) return Promise.resolve();
  settings.set(AUTO_SHOW_SETTING, true);
  return new Promise((resolve, reject) =>
    // Compared as text: the Office enum does not exist outside Office (tests), its value is "succeeded".
    settings.saveAsync((result) =>
      String(result.status) === "succeeded"
        ? resolve()
        : reject(new Error(result.error?.message ?? "Could not save the setting.")),
    ),
  );
}
