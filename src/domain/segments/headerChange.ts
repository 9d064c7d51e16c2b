import { DomainError } from "../errors";
import type { InteractionTemplate } from "../interactions/template";
import { foldCase } from "../text";
import type { ContactFacts } from "./contactFacts";
import { applyTemplateToHeader, NO_TEMPLATE_DEFAULTS, type SegmentHeader } from "./header";
import { HEADER_FIELDS, headerField, type HeaderChanges, type HeaderFieldId } from "./headerFields";
import type { SegmentLine } from "./line";
import { withTemplateDefaults } from "./lineTemplateDefaults";

/** The answer to BC's "Do you want to update the segment lines?". */
export type UpdateLinesAnswer = "yes" | "no";

export interface HeaderChangeInput {
  readonly header: SegmentHeader;
  readonly lines: readonly SegmentLine[];
  readonly changes: HeaderChanges;
  /** The template named by changes.interactionTemplateCode, read from the Interaction Templates sheet (none for blank). */
  readonly template?: InteractionTemplate;
  /** A line's contact, for docs/business-rules.md §2.2 when a template change refills the lines; undefined when not on the sheet. */
  readonly contactOf?: (contactNo: string) => ContactFacts | undefined;
  /** Undefined when the user has not answered yet. */
  readonly updateLines?: UpdateLinesAnswer;
}

/** What one field's change does to the lines. */
export interface LineUpdate {
  readonly field: string;
  readonly lines: number;
  /** "all" for a template change; otherwise the template code the lines concerned carry ("" for none). */
  readonly scope: string;
}

export interface HeaderChanged {
  readonly kind: "changed";
  readonly header: SegmentHeader;
  /** The lines with new values; empty when the answer was no or no line was concerned. */
  readonly lines: readonly SegmentLine[];
  /** What each field changed on the lines (or would have, had the answer been yes). */
  readonly updates: readonly LineUpdate[];
}

/** BC would ask and no answer was given: nothing may be written until the user says yes or no. */
export interface HeaderQuestion {
  readonly kind: "question";
  readonly header: SegmentHeader;
  readonly updates: readonly LineUpdate[];
  /** How many lines a yes would change. */
  readonly lineCount: number;
}

/** Header field -> the line field it is copied to (docs/business-rules.md §1.3 table). */
const PROPAGATES: Partial<Record<HeaderFieldId, keyof SegmentLine>> = {
  description: "description",
  campaignNo: "campaignNo",
  salespersonCode: "salespersonCode",
  date: "date",
  unitCost: "cost",
  unitDuration: "duration",
  informationFlow: "informationFlow",
  initiatedBy: "initiatedBy",
  campaignTarget: "campaignTarget",
  campaignResponse: "campaignResponse",
};

/** BC's Segment page leaves these disabled until a template is chosen. */
const NEEDS_TEMPLATE: readonly HeaderFieldId[] = [
  "languageCode",
  "ignoreContactCorresType",
  "informationFlow",
  "initiatedBy",
  "unitCost",
  "unitDuration",
];

const sameCode = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

/**
 * A header change with BC's line propagation (docs/business-rules.md §1.3) and docs/decisions.md §D5. Fields are applied in
 * HEADER_FIELDS order. Each field reaches only the lines that carry the header's template at that moment; a template
 * change reaches every line. One answer serves every question the change raises. A question is returned only when
 * the answer matters, i.e. a yes would change some line (BC also asks when the lines already hold the values).
 */
export function changeHeader(input: HeaderChangeInput): HeaderChanged | HeaderQuestion {
  const header = finalHeader(input);
  checkEditable(header, input.changes);
  const { lines, updates } = propagate(input, header);
  const changed = lines.filter((line, i) => line !== input.lines[i] && !sameValues(line, input.lines[i]));
  if (changed.length === 0) return { kind: "changed", header, lines: [], updates: [] };
  if (input.updateLines === undefined) return { kind: "question", header, updates, lineCount: changed.length };
  return { kind: "changed", header, lines: input.updateLines === "yes" ? changed : [], updates };
}

function requestedFields(changes: HeaderChanges) {
  return HEADER_FIELDS.filter((spec) => Object.prototype.hasOwnProperty.call(changes, spec.id));
}

/** The header after one field's change, with the side effects BC's table and page give that field. */
function nextHeader(
  header: SegmentHeader,
  id: HeaderFieldId,
  value: unknown,
  template: InteractionTemplate | undefined,
): SegmentHeader {
  if (id === "interactionTemplateCode") {
    const code = String(value);
    if (code.trim() === "") return withoutTemplate(header);
    if (!template || !sameCode(template.code, code))
      throw new DomainError(`Interaction template ${code} was not found.`, "not-found", {
        key: "header-template-not-found",
        code,
      });
    return applyTemplateToHeader(header, template);
  }
  const next = { ...header, [id]: value } as SegmentHeader;
  // The Segment page clears the campaign flags with the campaign (header only, no line question).
  if (id === "campaignNo" && next.campaignNo === "") return { ...next, campaignTarget: false, campaignResponse: false };
  return next;
}

/**
 * Blank means "no template" (docs/business-rules.md §1.1 [UNCERTAIN]): the defaults a template gave are cleared as BC's copy
 * from an empty template does; the campaign stays, since docs/business-rules.md §1.2 only ever replaces it with a template's own.
 */
function withoutTemplate(header: SegmentHeader): SegmentHeader {
  return { ...header, ...NO_TEMPLATE_DEFAULTS, subject: "" };
}

function finalHeader(input: HeaderChangeInput): SegmentHeader {
  return requestedFields(input.changes).reduce(
    (h, spec) => nextHeader(h, spec.id, input.changes[spec.id], input.template),
    input.header,
  );
}

/** The Segment page's enabled rules, checked on the header as it will be, so one command may set a field and its gate. */
function checkEditable(header: SegmentHeader, changes: HeaderChanges): void {
  const refuse = (id: HeaderFieldId, why: string, needs: string): never => {
    throw new DomainError(`${headerField(id).caption} cannot be set ${why}.`, "validation", {
      key: "header-needs",
      field: id,
      needs,
    });
  };
  if (header.interactionTemplateCode === "") {
    for (const id of NEEDS_TEMPLATE)
      if (id in changes)
        refuse(id, "on a segment without an interaction template: choose the template first", "template");
  }
  if ("correspondenceType" in changes && !header.ignoreContactCorresType) {
    refuse(
      "correspondenceType",
      "unless Ignore Contact Corres. Type is Yes (otherwise each contact's own type is used)",
      "ignore-corres-type",
    );
  }
  for (const id of ["campaignTarget", "campaignResponse"] as const) {
    if (changes[id] === true && header.campaignNo === "")
      refuse(id, "to Yes on a segment without a Campaign No.", "campaign");
  }
}

function propagate(input: HeaderChangeInput, final: SegmentHeader): { lines: SegmentLine[]; updates: LineUpdate[] } {
  let header = input.header;
  let lines = [...input.lines];
  const updates: LineUpdate[] = [];
  for (const spec of requestedFields(input.changes)) {
    const value = input.changes[spec.id];
    const previous = header;
    header = nextHeader(header, spec.id, value, input.template);
    const before = lines;
    let scope = header.interactionTemplateCode;
    const inScope = (line: SegmentLine) => sameCode(line.interactionTemplateCode, header.interactionTemplateCode);
    const lineField = PROPAGATES[spec.id];
    if (spec.id === "interactionTemplateCode") {
      // docs/decisions.md §D5: every line, refilled from the header as this whole change leaves it.
      scope = "all";
      lines = lines.map((line) => withTemplateDefaults(line, final, input.contactOf?.(line.contactNo), input.template));
    } else if (lineField) {
      lines = lines.map((line) => (inScope(line) ? ({ ...line, [lineField]: value } as SegmentLine) : line));
    } else if (spec.id === "subject") {
      // Only lines still showing the old default subject in the default language take the new one.
      lines = lines.map((line) =>
        inScope(line) && sameCode(line.languageCode, header.languageCode) && line.subject === previous.subject
          ? { ...line, subject: header.subject }
          : line,
      );
    }
    // Correspondence Type reaches lines in BC only with a Word template or attachment, which a workbook has none of;
    // Language Code and Ignore Contact Corres. Type never do.
    const count = lines.filter((line, i) => line !== before[i] && !sameValues(line, before[i])).length;
    if (count > 0) updates.push({ field: spec.caption, lines: count, scope });
  }
  return { lines, updates };
}

function sameValues(a: SegmentLine, b: SegmentLine): boolean {
  return (Object.keys(a) as (keyof SegmentLine)[]).every((key) => a[key] === b[key]);
}
