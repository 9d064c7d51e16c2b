import type { CorrespondenceType, InformationFlow, InitiatedBy } from "../segments/header";

/** A row of the Interaction Templates sheet (docs/business-rules.md §6). */
export interface InteractionTemplate {
  readonly code: string;
  readonly description: string;
  readonly interactionGroupCode: string;
  readonly unitCost: number;
  readonly unitDuration: number;
  readonly informationFlow: InformationFlow;
  readonly initiatedBy: InitiatedBy;
  readonly campaignNo: string;
  readonly campaignTarget: boolean;
  readonly campaignResponse: boolean;
  readonly correspondenceType: CorrespondenceType;
  readonly ignoreContactCorresType: boolean;
  readonly languageCode: string;
}
