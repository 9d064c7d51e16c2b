import { readValidTemplates } from "../../app/store/interactionRecords";
import { formatTable } from "../format";
import type { Command } from "./command";

/** `templates`: the Interaction Templates sheet, checked row by row (docs/business-rules.md §6); any problem is exit 1, each named. */
export const templates: Command = {
  options: {},
  positionals: [],
  async run(book) {
    const { templates: rows } = await readValidTemplates(book);
    const text =
      rows.length === 0
        ? "No interaction templates."
        : formatTable(
            [
              "Code",
              "Description",
              "Group",
              "Unit Cost",
              "Unit Duration",
              "Flow",
              "Initiated By",
              "Corr. Type",
              "Campaign No.",
            ],
            rows.map((t) => [
              t.code,
              t.description,
              t.interactionGroupCode,
              t.unitCost.toFixed(2),
              String(t.unitDuration),
              t.informationFlow,
              t.initiatedBy,
              t.correspondenceType,
              t.campaignNo,
            ]),
          );
    return { text, json: rows, changed: false };
  },
};
