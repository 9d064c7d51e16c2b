/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The only ribbon button opens the task pane
 * (ShowTaskpane), so no command runs here yet; Office still loads this page and needs Office.onReady to be called.
 * Function commands (ExecuteFunction) will be registered below with Office.actions.associate.
 */

/** Completes a command event without doing anything, so a stray call never leaves Office waiting. */
export function noop(event?: Office.AddinCommands.Event): void {
  event?.completed();
}

Office.onReady(() => {
  // Office.actions is missing on hosts and versions without it; the guard keeps the page harmless there.
  Office.actions?.associate("noop", noop);
});
