/** How the pane watches a long read of the contact sheet: its progress, and a signal that stops it between blocks. */

/** Rows of the contact sheet read so far, of all its rows; reported after each block. */
export type ReadProgress = (rows: number, total: number) => void;

/** How a long read is watched: its progress, and a signal that stops it between two blocks. */
export interface ReadWatch {
  readonly progress?: ReadProgress;
  readonly signal?: AbortSignal;
}
