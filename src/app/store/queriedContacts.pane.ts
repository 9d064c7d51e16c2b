/**
 * The task pane's stand-in for queriedContacts.ts, which webpack.config.js swaps in for the pane's build: Excel never
 * selects contacts itself (the Excel gateway offers no contactQueries), so the use cases never take these paths
 * there, and the database's code stays out of the pane's scripts. Typed as the real module, so the two cannot drift.
 */
import type * as Queried from "./queriedContacts";

function notInThePane(): never {
  throw new Error("Contacts selected by their source (a database) are not read in the task pane.");
}

const paneQueried: typeof Queried = {
  readQueriedContacts: notInThePane,
  mailingGroupContacts: notInThePane,
  // Without contactQueries there is nothing counted by the source: the caller counts on the contacts it reads.
  countedAddPreview: () => Promise.resolve(undefined),
  countedRemovePreview: () => Promise.resolve(undefined),
};

export const { readQueriedContacts, mailingGroupContacts, countedAddPreview, countedRemovePreview } = paneQueried;
