/**
 * How the pane watches a long read of the contact sheet: its progress, a signal that stops it between blocks, and a
 * pause that lets the pane answer while a block is worked on.
 */

/** Rows of the contact sheet read so far, of all its rows; reported after each block. */
export type ReadProgress = (rows: number, total: number) => void;

/** How a long read is watched: its progress, and a signal that stops it between two blocks. */
export interface ReadWatch {
  readonly progress?: ReadProgress;
  readonly signal?: AbortSignal;
  /**
   * Gives the host its thread back while the read works on a block (the pane: hostYield), called often; a read
   * without it works on each block in one go.
   */
  readonly pause?: () => Promise<void>;
}
