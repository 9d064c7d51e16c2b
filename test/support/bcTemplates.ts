import type { InteractionTemplate } from "../../src/domain/interactions/template";

/** The interaction templates of docs/business-rules.md §11.0. */
const base = {
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
  ignoreContactCorresType: false,
  languageCode: "",
  informationFlow: "Outbound",
  initiatedBy: "Us",
} as const;

export const LETTER: InteractionTemplate = {
  ...base,
  code: "LETTER",
  description: "Letter",
  interactionGroupCode: "LETTERS",
  unitCost: 2.5,
  unitDuration: 5,
  correspondenceType: "Hard Copy",
};
export const EMAIL: InteractionTemplate = {
  ...base,
  code: "EMAIL",
  description: "E-mail",
  interactionGroupCode: "EMAILS",
  unitCost: 0.1,
  unitDuration: 2,
  correspondenceType: "Email",
};
