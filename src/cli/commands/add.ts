import { addContacts } from "../../app/addContacts";
import { describeUnjudged } from "../../domain/segments/unjudged";
import { filterGroups } from "../args";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const add: Command = {
  options: {
    where: { type: "string", multiple: true },
    interaction: { type: "string", multiple: true },
    or: { type: "boolean", multiple: true },
    "allow-existing": { type: "boolean" },
    "expand-companies": { type: "boolean" },
    "allow-related-companies": { type: "boolean" },
    "ignore-exclusion": { type: "boolean" },
    preview: { type: "boolean" },
  },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const v = args.values;
    const result = await addContacts(book, ctx, {
      segmentNo,
      groups: filterGroups(args.ordered),
      options: {
        allowExistingContacts: v["allow-existing"] === true,
        expandCompanies: v["expand-companies"] === true,
        allowRelatedCompanies: v["allow-related-companies"] === true,
        ignoreExclusion: v["ignore-exclusion"] === true,
        entireCompanies: false,
      },
      preview: v.preview === true,
      contacts: { name: args.common.contacts },
    });
    const added = result.added;
    const skipped = `${result.excluded} excluded, ${result.alreadyPresent} already in the segment`;
    const summary = result.preview
      ? `Would add ${plural(added, "contact")} to ${result.segmentNo} (${skipped}). Nothing written.`
      : `Added ${plural(added, "line")} to ${result.segmentNo} (${skipped}).`;
    const text = [summary, ...describeUnjudged(result.unjudged)].join("\n");
    const json = {
      segmentNo: result.segmentNo,
      preview: result.preview,
      added,
      matched: result.matched,
      excluded: result.excluded,
      alreadyPresent: result.alreadyPresent,
      lines: result.newLines.map((line) => ({ lineNo: line.lineNo, contactNo: line.contactNo })),
      unjudged: result.unjudged,
    };
    return { text, json, changed: !result.preview };
  },
};
