import type { InteractionTemplate } from "../interactions/template";

export type CorrespondenceType = "" | "Hard Copy" | "Email";
export type InformationFlow = "" | "Outbound" | "Inbound";
export type InitiatedBy = "" | "Us" | "Them";

/** A row of the Segments sheet, without the counts the gateway derives (No. of Lines, No. of Criteria Actions). */
export interface SegmentHeader {
  readonly no: string;
  readonly description: string;
  readonly salespersonCode: string;
  /** ISO yyyy-mm-dd. */
  readonly date: string;
  readonly interactionTemplateCode: string;
  readonly campaignNo: string;
  readonly subject: string;
  readonly languageCode: string;
  readonly correspondenceType: CorrespondenceType;
  readonly ignoreContactCorresType: boolean;
  readonly unitCost: number;
  readonly unitDuration: number;
  readonly informationFlow: InformationFlow;
  readonly initiatedBy: InitiatedBy;
  readonly campaignTarget: boolean;
  readonly campaignResponse: boolean;
}

export interface NewSegmentFields {
  readonly description: string;
  readonly salespersonCode?: string;
  readonly date?: string;
  readonly campaignNo?: string;
  readonly subject?: string;
}

const SERIES_PREFIX = "SEG";
const SERIES_DIGITS = 5;

/** Segment numbers come from a series that is never reused: the workbook stores the last number used. */
export function segmentNoFromSeries(lastUsed: number): { no: string; lastUsed: number } {
  const next = lastUsed + 1;
  return { no: SERIES_PREFIX + String(next).padStart(SERIES_DIGITS, "0"), lastUsed: next };
}

/** The series number of an existing segment No., so a counter lost or behind is never reused below it. */
export function seriesNumberOf(no: string): number {
  const match = /^SEG(\d+)$/i.exec(no.trim());
  return match ? Number(match[1]) : 0;
}

/** What a header holds where no template gave defaults (a new header, or the template cleared). */
export const NO_TEMPLATE_DEFAULTS = {
  interactionTemplateCode: "",
  languageCode: "",
  correspondenceType: "",
  ignoreContactCorresType: false,
  unitCost: 0,
  unitDuration: 0,
  informationFlow: "",
  initiatedBy: "",
  campaignTarget: false,
  campaignResponse: false,
} as const satisfies Partial<SegmentHeader>;

/**
 * A new header. BC sets Date to the work date on insert; we keep a date the user gives explicitly.
 * Choosing a template copies its defaults (docs/business-rules.md §1.2).
 */
export function newSegmentHeader(
  no: string,
  fields: NewSegmentFields,
  workdate: string,
  template?: InteractionTemplate,
): SegmentHeader {
  const header: SegmentHeader = {
    no,
    description: fields.description,
    salespersonCode: fields.salespersonCode ?? "",
    date: fields.date ?? workdate,
    campaignNo: fields.campaignNo ?? "",
    subject: fields.subject ?? "",
    ...NO_TEMPLATE_DEFAULTS,
  };
  if (!template) return header;
  return { ...applyTemplateToHeader(header, template), subject: fields.subject ?? "" };
}

/** docs/business-rules.md §1.2: plain copy of the template's defaults; Subject cleared; campaign replaced only if the template has one. */
export function applyTemplateToHeader(header: SegmentHeader, template: InteractionTemplate): SegmentHeader {
  return {
    ...header,
    interactionTemplateCode: template.code,
    languageCode: template.languageCode,
    unitCost: template.unitCost,
    unitDuration: template.unitDuration,
    informationFlow: template.informationFlow,
    initiatedBy: template.initiatedBy,
    campaignTarget: template.campaignTarget,
    campaignResponse: template.campaignResponse,
    correspondenceType: template.correspondenceType,
    ignoreContactCorresType: template.ignoreContactCorresType,
    subject: "",
    campaignNo: template.campaignNo !== "" ? template.campaignNo : header.campaignNo,
  };
}
