/**
 * The task pane's stand-in for queriedContacts.ts, which webpack.config.js swaps in for the pane's build: the Excel
 * gateway offers neither contactQueries nor readContactColumns, so the use cases never take these paths there, and
 * their code stays out of the pane's scripts. Typed as the real module, so the two cannot drift.
 */
import type * as Queried from "./queriedContacts";

function notInThePane(): never {
  throw new Error("Not in the task pane.");
}

const paneQueried: typeof Queried = {
  readQueriedContacts: notInThePane,
  readWantedColumns: notInThePane,
  mailingGroupContacts: notInThePane,
  // Without contactQueries there is nothing counted by the source: the caller counts on the contacts it reads.
  countedAddPreview: () => Promise.resolve(undefined),
  countedRemovePreview: () => Promise.resolve(undefined),
};

export const { readQueriedContacts, readWantedColumns, mailingGroupContacts, countedAddPreview, countedRemovePreview } =
  paneQueried;
