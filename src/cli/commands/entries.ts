import { interactionEntries } from "../../app/interactionEntries";
import type { InteractionTotal } from "../../domain/interactions/totals";
import { interactionTotals } from "../../domain/interactions/totals";
import { formatTable } from "../format";
import type { Command } from "./command";

const totalsTable = (title: string, totals: readonly InteractionTotal[]) =>
  formatTable(
    [title, "Count", "Cost (LCY)", "Duration (Min.)"],
    totals.map((t) => [t.code || "(blank)", String(t.count), t.cost.toFixed(2), String(t.duration)]),
  );

/** `entries [--segment SEG] [--contact C] [--totals]`: the interaction log, or its totals over entries not canceled. */
export const entries: Command = {
  options: { segment: { type: "string" }, contact: { type: "string" }, totals: { type: "boolean" } },
  positionals: [],
  async run(book, _ctx, args) {
    const v = args.values as Record<string, string | boolean | undefined>;
    const rows = await interactionEntries(book, {
      segmentNo: v.segment as string | undefined,
      contactNo: v.contact as string | undefined,
    });
    if (v.totals === true) {
      const totals = interactionTotals(rows);
      const text = [totalsTable("Template", totals.byTemplate), "", totalsTable("Group", totals.byGroup)].join("\n");
      return { text, json: totals, changed: false };
    }
    const text =
      rows.length === 0
        ? "No interaction log entries."
        : formatTable(
            [
              "Entry No.",
              "Contact No.",
              "Date",
              "Template",
              "Group",
              "Cost",
              "Duration",
              "Corr. Type",
              "Segment No.",
              "Logged",
              "Canceled",
            ],
            rows.map((e) => [
              String(e.entryNo),
              e.contactNo,
              e.date,
              e.interactionTemplateCode,
              e.interactionGroupCode,
              e.cost.toFixed(2),
              String(e.duration),
              e.correspondenceType,
              e.segmentNo,
              e.loggedSegmentEntryNo === 0 ? "" : String(e.loggedSegmentEntryNo),
              e.canceled ? "Yes" : "No",
            ]),
          );
    return { text, json: rows, changed: false };
  },
};
