import type { InteractionTemplate } from "../interactions/template";
import type { ContactFacts } from "./contactFacts";
import type { SegmentHeader } from "./header";
import { fillLine, type SegmentLine } from "./line";

/** A contact that is no longer on the sheet: BC's "contact not found" (blank preferences). */
function missingContact(line: SegmentLine): ContactFacts {
  return {
    row: -1,
    no: line.contactNo,
    name: line.contactName,
    isCompany: false,
    companyNo: line.contactCompanyNo,
    companyName: line.contactCompanyName,
    salespersonCode: "",
    correspondenceType: "",
    languageCode: "",
    email: "",
    excluded: false,
  };
}

/**
 * docs/decisions.md §D5: a confirmed template change gives a line every value the template decides, computed as docs/business-rules.md §2.2
 * would for a new line (template and group code, cost, duration, flow, initiator, campaign flags, correspondence
 * type by the contact rule of step 4, language by step 5, the segment's subject). What the template does not decide
 * stays as the line has it: contact, description, date, salesperson, evaluation, and the campaign unless the
 * template brings one.
 */
export function withTemplateDefaults(
  line: SegmentLine,
  header: SegmentHeader,
  contact: ContactFacts | undefined,
  template: InteractionTemplate | undefined,
): SegmentLine {
  const fresh = fillLine(line.segmentNo, line.lineNo, header, contact ?? missingContact(line), template);
  return {
    ...line,
    interactionTemplateCode: fresh.interactionTemplateCode,
    interactionGroupCode: fresh.interactionGroupCode,
    cost: fresh.cost,
    duration: fresh.duration,
    informationFlow: fresh.informationFlow,
    initiatedBy: fresh.initiatedBy,
    campaignTarget: fresh.campaignTarget,
    campaignResponse: fresh.campaignResponse,
    correspondenceType: fresh.correspondenceType,
    languageCode: fresh.languageCode,
    subject: fresh.subject,
    campaignNo: template !== undefined && template.campaignNo !== "" ? fresh.campaignNo : line.campaignNo,
  };
}
