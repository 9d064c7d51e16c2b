import type { InteractionTemplate } from "../../domain/interactions/template";
import { DEDICATED_SHEETS, INTERACTION_TEMPLATES } from "./sheetSpecs";
import type { BookChange, SegmentBook, StoredRow } from "./ports";
import { NO_EXTRA_CELLS } from "./rows";

/** Common templates a new workbook starts with; an existing Interaction Templates sheet is never touched. */
export const SEED_TEMPLATES: readonly InteractionTemplate[] = [
  template("EMAIL", "E-mail", "EMAILS", 0.1, 2, "Email"),
  template("LETTER", "Letter", "LETTERS", 2.5, 5, "Hard Copy"),
  template("PHONE", "Phone call", "PHONE", 0, 10, ""),
  template("MEETING", "Meeting", "MEETINGS", 0, 60, ""),
];

function template(
  code: string,
  description: string,
  interactionGroupCode: string,
  unitCost: number,
  unitDuration: number,
  correspondenceType: InteractionTemplate["correspondenceType"],
): InteractionTemplate {
  return {
    code,
    description,
    interactionGroupCode,
    unitCost,
    unitDuration,
    informationFlow: "Outbound",
    initiatedBy: "Us",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    correspondenceType,
    ignoreContactCorresType: false,
    languageCode: "",
  };
}

const row = <R extends object>(record: R): StoredRow<object> => ({ record, extra: NO_EXTRA_CELLS });

/** The sheets to create so every dedicated sheet exists (docs/workbook-contract.md §2: created on first use). */
export async function missingSheets(book: SegmentBook): Promise<NonNullable<BookChange["createSheets"]>> {
  const missing = [];
  for (const spec of DEDICATED_SHEETS) {
    if (await book.hasSheet(spec)) continue;
    missing.push({ spec, rows: spec === INTERACTION_TEMPLATES ? SEED_TEMPLATES.map(row) : [] });
  }
  return missing;
}
