import {
  planRemoveContacts,
  previewRemoveContacts,
  type RemoveContactsInput,
  type RemoveContactsPlan,
  type RemoveContactsPreview,
} from "./removeContacts";

/**
 * Refine Contacts (docs/business-rules.md §4, "Remove Contacts (Refine)"): keeps only the lines whose contact meets the
 * filters; with Entire Companies, every line of a company one of whose contacts meets them (on the segment or
 * not). As in BC, a line whose contact is blank or no longer on the contact sheet cannot meet anything and is
 * deleted; the plan counts such lines (unknownContactLines) so the preview can say so. Exclusion plays no part.
 */
export function planRefine(input: RemoveContactsInput): RemoveContactsPlan {
  return planRemoveContacts("refine", input);
}

/** The counts of planRefine without collecting the lines. */
export function previewRefine(input: RemoveContactsInput): RemoveContactsPreview {
  return previewRemoveContacts("refine", input);
}
