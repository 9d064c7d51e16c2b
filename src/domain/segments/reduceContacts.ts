import {
  planRemoveContacts,
  previewRemoveContacts,
  type RemoveContactsInput,
  type RemoveContactsPlan,
  type RemoveContactsPreview,
} from "./removeContacts";

/**
 * Reduce Contacts (docs/business-rules.md §4, "Remove Contacts (Reduce)"): deletes every line, duplicates included, whose
 * contact meets the filters; with Entire Companies, every line of a company one of whose contacts meets them
 * (that contact need not be on the segment). Lines whose contact is blank or gone from the sheet are kept.
 * Exclude from Segment plays no part.
 */
export function planReduce(input: RemoveContactsInput): RemoveContactsPlan {
  return planRemoveContacts("reduce", input);
}

/** The counts of planReduce without collecting the lines: "removes N contacts" while the user types. */
export function previewReduce(input: RemoveContactsInput): RemoveContactsPreview {
  return previewRemoveContacts("reduce", input);
}
