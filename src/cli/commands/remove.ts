import { removeContacts } from "../../app/removeContacts";
import { describeUnjudged } from "../../domain/segments/unjudged";
import type { RemoveKind } from "../../domain/segments/removeContacts";
import { filterGroups } from "../args";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function removeCommand(kind: RemoveKind): Command {
  return {
    options: {
      where: { type: "string", multiple: true },
      interaction: { type: "string", multiple: true },
      or: { type: "boolean", multiple: true },
      "entire-companies": { type: "boolean" },
      preview: { type: "boolean" },
    },
    positionals: ["SEG"],
    readsContacts: true,
    async run(book, ctx, args, [segmentNo]) {
      const result = await removeContacts(book, ctx, {
        segmentNo,
        kind,
        groups: filterGroups(args.ordered),
        entireCompanies: args.values["entire-companies"] === true,
        preview: args.values.preview === true,
        contacts: { name: args.common.contacts },
      });
      const what = `${plural(result.removedContacts, "contact")} (${plural(result.removedLines, "line")})`;
      const summary = result.preview
        ? `Would remove ${what} from ${result.segmentNo}, keeping ${result.kept}. Nothing written.`
        : `Removed ${what} from ${result.segmentNo}; ${plural(result.kept, "line")} left.`;
      const text = [summary, ...describeUnjudged(result.unjudged)].join("\n");
      return { text, json: result, changed: !result.preview };
    },
  };
}

export const reduce = removeCommand("reduce");
export const refine = removeCommand("refine");
