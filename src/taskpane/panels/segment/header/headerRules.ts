import type { SegmentHeader } from "../../../../domain/segments/header";
import type { HeaderFieldId } from "../../../../domain/segments/headerFields";

/** Why BC's Segment page keeps a field disabled: a key of the strings' header.disabled texts. */
export type DisabledReason = "needsTemplate" | "needsIgnoreCorresType" | "needsCampaign";

const NEEDS_TEMPLATE: readonly HeaderFieldId[] = [
  "languageCode",
  "ignoreContactCorresType",
  "informationFlow",
  "initiatedBy",
  "unitCost",
  "unitDuration",
];

/**
 * The Segment page's enabled rules (the domain enforces them in headerChange.ts; the pane shows them up front so the
 * user is told before typing, not after). Undefined when the field can be changed.
 */
export function disabledReason(header: SegmentHeader, id: HeaderFieldId): DisabledReason | undefined {
  if (header.interactionTemplateCode === "" && NEEDS_TEMPLATE.includes(id)) return "needsTemplate";
  if (id === "correspondenceType" && !header.ignoreContactCorresType) return "needsIgnoreCorresType";
  // Only Yes needs a campaign: a Yes left over from an earlier campaign can still be cleared.
  if ((id === "campaignTarget" || id === "campaignResponse") && header.campaignNo === "" && header[id] !== true)
    return "needsCampaign";
  return undefined;
}
