import { reuseSegment } from "../../app/reuseSegment";
import { UsageError } from "../usage";
import type { Command } from "./command";
import { entryNumber } from "./entryNumbers";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `reuse-segment SEG --logged N [--include-excluded] [--include-canceled] [--force]` (docs/business-rules.md §5.5, docs/decisions.md §D4). */
export const reuseSegmentCommand: Command = {
  options: {
    logged: { type: "string" },
    "include-excluded": { type: "boolean" },
    "include-canceled": { type: "boolean" },
    force: { type: "boolean" },
  },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const v = args.values;
    if (typeof v.logged !== "string") throw new UsageError("reuse-segment needs --logged N.");
    const result = await reuseSegment(book, ctx, {
      segmentNo,
      loggedEntryNo: entryNumber(v.logged, "--logged"),
      includeExcluded: v["include-excluded"] === true,
      includeCanceled: v["include-canceled"] === true,
      force: v.force === true,
      contacts: { name: args.common.contacts },
    });
    const skipped = [
      [result.skippedCanceled, "canceled entry", "(--include-canceled)"],
      [result.skippedExcluded, "excluded contact", "(--include-excluded)"],
      [result.skippedMissing, "contact no longer on the contact sheet", ""],
    ] as const;
    const left = skipped
      .filter(([n]) => n > 0)
      .map(([n, what, flag]) => `${plural(n, what)} left out${flag ? ` ${flag}` : ""}`);
    const text =
      `Added ${plural(result.added.length, "line")} to ${result.segmentNo} from logged segment ${result.loggedEntryNo}` +
      (left.length > 0 ? `; ${left.join(", ")}.` : ".");
    return { text, json: result, changed: true };
  },
};
