import { logSegment } from "../../app/logSegment";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `log SEG [--follow-up] [--include-excluded]`: prints the logged segment's entry no. (and the follow-up's No.). */
export const log: Command = {
  options: { "follow-up": { type: "boolean" }, "include-excluded": { type: "boolean" } },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const result = await logSegment(book, ctx, {
      segmentNo,
      followUp: args.values["follow-up"] === true,
      includeExcluded: args.values["include-excluded"] === true,
      contacts: { name: args.common.contacts },
    });
    const warnings = [];
    if (result.excluded.length > 0) {
      const list = result.excluded.map((l) => `line ${l.lineNo} (${l.contactNo})`).join(", ");
      warnings.push(
        `${result.segmentNo}: logged ${plural(result.excluded.length, "line")} whose contact is excluded from segments: ${list}.`,
      );
    }
    const text = [String(result.loggedEntryNo), ...(result.followUp ? [result.followUp.segmentNo] : [])].join("\n");
    return { text, json: result, changed: true, warnings };
  },
};
