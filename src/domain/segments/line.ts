import type { InteractionTemplate } from "../interactions/template";
import type { ContactFacts } from "./contactFacts";
import type { CorrespondenceType, InformationFlow, InitiatedBy, SegmentHeader } from "./header";

export type Evaluation = "" | "Very Positive" | "Positive" | "Neutral" | "Negative" | "Very Negative";

/** A row of the Segment Lines sheet. */
export interface SegmentLine {
  readonly segmentNo: string;
  readonly lineNo: number;
  readonly contactNo: string;
  readonly contactCompanyNo: string;
  /** The contact's name when it is a person; blank on a company's line (BC's FlowField). */
  readonly contactName: string;
  readonly contactCompanyName: string;
  readonly description: string;
  readonly date: string;
  readonly salespersonCode: string;
  readonly interactionTemplateCode: string;
  readonly interactionGroupCode: string;
  readonly languageCode: string;
  readonly subject: string;
  readonly correspondenceType: CorrespondenceType;
  readonly cost: number;
  readonly duration: number;
  readonly informationFlow: InformationFlow;
  readonly initiatedBy: InitiatedBy;
  readonly campaignNo: string;
  readonly campaignTarget: boolean;
  readonly campaignResponse: boolean;
  readonly evaluation: Evaluation;
}

export const LINE_NO_STEP = 10000;

/**
 * docs/business-rules.md §2.2: a line filled when a contact is put on it. `template` is the header's template, when the
 * header has one and it exists on the Interaction Templates sheet.
 */
export function fillLine(
  segmentNo: string,
  lineNo: number,
  header: SegmentHeader,
  contact: ContactFacts,
  template: InteractionTemplate | undefined,
): SegmentLine {
  return {
    segmentNo,
    lineNo,
    contactNo: contact.no,
    contactCompanyNo: contact.companyNo,
    contactName: contact.isCompany ? "" : contact.name,
    contactCompanyName: contact.companyName,
    description: header.description,
    date: header.date,
    salespersonCode: header.salespersonCode !== "" ? header.salespersonCode : contact.salespersonCode,
    interactionTemplateCode: header.interactionTemplateCode,
    interactionGroupCode: template?.interactionGroupCode ?? "",
    languageCode: lineLanguage(header, contact, template),
    subject: header.subject,
    correspondenceType: lineCorrespondenceType(header, contact, template),
    cost: header.unitCost,
    duration: header.unitDuration,
    informationFlow: header.informationFlow,
    initiatedBy: header.initiatedBy,
    campaignNo: header.campaignNo,
    campaignTarget: header.campaignTarget,
    campaignResponse: header.campaignResponse,
    evaluation: "",
  };
}

/** docs/business-rules.md §2.2. */
export function lineCorrespondenceType(
  header: SegmentHeader,
  contact: ContactFacts,
  template: InteractionTemplate | undefined,
): CorrespondenceType {
  if (header.ignoreContactCorresType && header.correspondenceType !== "") return header.correspondenceType;
  if (template && (template.ignoreContactCorresType || contact.correspondenceType === ""))
    return template.correspondenceType;
  return contact.correspondenceType;
}

/**
 * docs/business-rules.md §2.2. A template on our sheet has one language; it is the "language row" the contact's language can match.
 */
function lineLanguage(header: SegmentHeader, contact: ContactFacts, template: InteractionTemplate | undefined): string {
  if (
    template &&
    contact.languageCode !== "" &&
    contact.languageCode.toLowerCase() === template.languageCode.toLowerCase()
  ) {
    return template.languageCode;
  }
  return header.languageCode;
}

export function nextLineNo(lines: readonly SegmentLine[]): number {
  let last = 0;
  for (const line of lines) if (line.lineNo > last) last = line.lineNo;
  return last + LINE_NO_STEP;
}
