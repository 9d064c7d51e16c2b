import { isoToSerial } from "../contacts/column";
import { DomainError } from "../errors";
import type { SegmentHeader } from "./header";

/** The header fields a user may change (docs/business-rules.md §1.1); No. and the counts are not among them. */
export type HeaderFieldId =
  | "interactionTemplateCode"
  | "description"
  | "salespersonCode"
  | "date"
  | "languageCode"
  | "subject"
  | "ignoreContactCorresType"
  | "correspondenceType"
  | "informationFlow"
  | "initiatedBy"
  | "unitCost"
  | "unitDuration"
  | "campaignNo"
  | "campaignTarget"
  | "campaignResponse";

export type HeaderChanges = Partial<Pick<SegmentHeader, HeaderFieldId>>;

type FieldKind = "text" | "date" | "number" | "boolean" | "choice";

export interface HeaderFieldSpec {
  readonly id: HeaderFieldId;
  /** The column header on the Segments sheet, used in every message. */
  readonly caption: string;
  readonly kind: FieldKind;
  /** The allowed values of a choice field, blank first. */
  readonly choices?: readonly string[];
}

const field = (id: HeaderFieldId, caption: string, kind: FieldKind, choices?: readonly string[]): HeaderFieldSpec => ({
  id,
  caption,
  kind,
  choices,
});

/**
 * In the order a change is applied. The template comes first because choosing one overwrites the header defaults
 * (docs/business-rules.md §1.2), so values given with it must land after it; the rest follow BC's Segment page, top to bottom.
 */
export const HEADER_FIELDS: readonly HeaderFieldSpec[] = [
  field("interactionTemplateCode", "Interaction Template Code", "text"),
  field("description", "Description", "text"),
  field("salespersonCode", "Salesperson Code", "text"),
  field("date", "Date", "date"),
  field("languageCode", "Language Code", "text"),
  field("subject", "Subject", "text"),
  field("ignoreContactCorresType", "Ignore Contact Corres. Type", "boolean"),
  field("correspondenceType", "Correspondence Type", "choice", ["", "Hard Copy", "Email"]),
  field("informationFlow", "Information Flow", "choice", ["", "Outbound", "Inbound"]),
  field("initiatedBy", "Initiated By", "choice", ["", "Us", "Them"]),
  field("unitCost", "Unit Cost (LCY)", "number"),
  field("unitDuration", "Unit Duration (Min.)", "number"),
  field("campaignNo", "Campaign No.", "text"),
  field("campaignTarget", "Campaign Target", "boolean"),
  field("campaignResponse", "Campaign Response", "boolean"),
];

export function headerField(id: HeaderFieldId): HeaderFieldSpec {
  return HEADER_FIELDS.find((f) => f.id === id)!;
}

const TRUE_WORDS = ["yes", "true", "1", "ja"];
const FALSE_WORDS = ["no", "false", "0", "nej"];

/** A value typed for a field, checked and normalised; the message names the field and what it accepts. */
export function parseHeaderValue(spec: HeaderFieldSpec, text: string): SegmentHeader[HeaderFieldId] {
  const value = text.trim();
  const fail = (expected: string, expect: string, choices: readonly string[] = []): never => {
    throw new DomainError(`${spec.caption} "${text}" is not valid: ${expected}.`, "validation", {
      key: "header-value-invalid",
      field: spec.id,
      text,
      expect,
      choices,
    });
  };
  switch (spec.kind) {
    case "text":
      return value;
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(isoToSerial(value))
        ? value
        : fail("use a date in the form yyyy-mm-dd", "date");
    case "number": {
      if (/^-\s*\d+([.,]\d+)?$/.test(value)) return fail("it must not be negative", "not-negative");
      // A decimal comma is accepted, as Swedish users type it.
      return /^\d+([.,]\d+)?$/.test(value)
        ? Number(value.replace(",", "."))
        : fail("use a number such as 2.50", "number");
    }
    case "boolean": {
      const word = value.toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      return fail("use yes or no", "yes-no");
    }
    case "choice": {
      // Spaces, hyphens and case are ignored, so "hard copy", "HardCopy" and "e-mail" are understood.
      const key = (s: string) => s.replace(/[\s-]/g, "").toLowerCase();
      const choices = spec.choices ?? [];
      const found = choices.find((choice) => key(choice) === key(value));
      if (found !== undefined) return found;
      return fail(
        `use ${choices.filter((c) => c !== "").join(", ")} or blank ("")`,
        "choice",
        choices.filter((c) => c !== ""),
      );
    }
  }
}

/** Typed values for the fields named, each checked; a field given twice is a mistake rather than "last wins". */
export function parseHeaderChanges(
  entries: readonly { readonly id: HeaderFieldId; readonly text: string }[],
): HeaderChanges {
  const changes: Partial<Record<HeaderFieldId, unknown>> = {};
  for (const { id, text } of entries) {
    const spec = headerField(id);
    if (id in changes)
      throw new DomainError(`${spec.caption} is given twice: give each field once.`, "validation", {
        key: "header-field-twice",
        field: id,
      });
    changes[id] = parseHeaderValue(spec, text);
  }
  return changes as HeaderChanges;
}
