/** The contact fields the add-in understands; every other column is filterable by its header text. */
export type FieldId =
  | "no"
  | "name"
  | "type"
  | "companyNo"
  | "companyName"
  | "salespersonCode"
  | "correspondenceType"
  | "languageCode"
  | "email"
  | "excludeFromSegment"
  | "industryGroups"
  | "businessRelations"
  | "mailingGroups"
  | "jobResponsibilities";

export interface FieldSpec {
  readonly id: FieldId;
  /** English caption, as docs/workbook-contract.md §1 and the criteria sheet write it. */
  readonly caption: string;
  /** Header spellings (English and Swedish) that recognise the column. */
  readonly headers: readonly string[];
  readonly kind: "text" | "boolean" | "multi";
}

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    id: "no",
    caption: "No.",
    headers: ["No.", "Contact No.", "Nr", "Nr.", "Kontaktnr", "Kontaktnr.", "Number", "Nummer"],
    kind: "text",
  },
  { id: "name", caption: "Name", headers: ["Name", "Contact Name", "Namn", "Kontaktnamn"], kind: "text" },
  { id: "type", caption: "Type", headers: ["Type", "Contact Type", "Typ", "Kontakttyp"], kind: "text" },
  {
    id: "companyNo",
    caption: "Company No.",
    headers: ["Company No.", "Företagsnr", "Företagsnr.", "Företagsnummer"],
    kind: "text",
  },
  {
    id: "companyName",
    caption: "Company Name",
    headers: ["Company Name", "Company", "Företag", "Företagsnamn"],
    kind: "text",
  },
  {
    id: "salespersonCode",
    caption: "Salesperson Code",
    headers: ["Salesperson Code", "Salesperson", "Säljare", "Säljarkod"],
    kind: "text",
  },
  {
    id: "correspondenceType",
    caption: "Correspondence Type",
    headers: ["Correspondence Type", "Korrespondenstyp"],
    kind: "text",
  },
  {
    id: "languageCode",
    caption: "Language Code",
    headers: ["Language Code", "Language", "Språkkod", "Språk"],
    kind: "text",
  },
  {
    id: "email",
    caption: "E-Mail",
    headers: ["E-Mail", "Email", "E-mail Address", "E-post", "Epost", "E-postadress"],
    kind: "text",
  },
  {
    id: "excludeFromSegment",
    caption: "Exclude from Segment",
    headers: ["Exclude from Segment", "Exkludera från segment", "Uteslut från segment"],
    kind: "boolean",
  },
  {
    id: "industryGroups",
    caption: "Industry Groups",
    headers: ["Industry Groups", "Industry Group", "Industry Group Code", "Branschgrupper", "Branschgrupp"],
    kind: "multi",
  },
  {
    id: "businessRelations",
    caption: "Business Relations",
    headers: [
      "Business Relations",
      "Business Relation",
      "Business Relation Code",
      "Affärsrelationer",
      "Affärsrelation",
    ],
    kind: "multi",
  },
  {
    id: "mailingGroups",
    caption: "Mailing Groups",
    headers: ["Mailing Groups", "Mailing Group", "Mailing Group Code", "Utskicksgrupper", "Utskicksgrupp"],
    kind: "multi",
  },
  {
    id: "jobResponsibilities",
    caption: "Job Responsibilities",
    headers: [
      "Job Responsibilities",
      "Job Responsibility",
      "Job Responsibility Code",
      "Befattningsansvar",
      "Arbetsansvar",
    ],
    kind: "multi",
  },
];

/** Header text reduced for matching: case, spaces and punctuation ignored. */
export function headerKey(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

const FIELD_BY_KEY = new Map<string, FieldSpec>(
  FIELD_SPECS.flatMap((spec) => spec.headers.map((h) => [headerKey(h), spec] as const)),
);

export function recogniseField(header: string): FieldSpec | undefined {
  return FIELD_BY_KEY.get(headerKey(header));
}

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELD_SPECS.find((s) => s.id === id);
  if (!spec) throw new Error(`Unknown field ${id}`);
  return spec;
}
