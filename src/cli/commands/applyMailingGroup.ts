import { applyMailingGroup as applyMailingGroupUseCase } from "../../app/applyMailingGroup";
import { UsageError } from "../usage";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `apply-mailing-group SEG --group C [--delete-old] [--preview]` (docs/business-rules.md §9); --preview is the confirmation's count. */
export const applyMailingGroupCommand: Command = {
  options: { group: { type: "string" }, "delete-old": { type: "boolean" }, preview: { type: "boolean" } },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const group = args.values.group as string | undefined;
    if (group === undefined) throw new UsageError("apply-mailing-group needs --group CODE, e.g. --group XMAS.");
    const deleteOld = args.values["delete-old"] === true;
    const result = await applyMailingGroupUseCase(book, ctx, {
      segmentNo,
      code: group,
      deleteOld,
      preview: args.values.preview === true,
      contacts: { name: args.common.contacts },
    });
    const parts = [`${result.added} given it`];
    if (deleteOld) parts.push(`${result.removed} outside the segment losing it`);
    parts.push(`${result.alreadyAssigned} already had it`);
    const detail = `${plural(result.contactsChanged, "contact")} (${parts.join(", ")})`;
    const column = result.columnAdded ? " The contact sheet gets a Mailing Groups column at the right end." : "";
    const text = result.preview
      ? `Applying Mailing Group ${result.code} to ${result.segmentNo} would change ${detail}.${column} Nothing written.`
      : `Mailing Group ${result.code} is now applied to Segment ${result.segmentNo}: changed ${detail}.${column}`;
    const warnings = [...result.warnings];
    if (result.notOnSheet.length > 0)
      warnings.push(`not on the contact sheet, left out: ${result.notOnSheet.join(", ")}.`);
    return { text, json: result, changed: !result.preview && result.contactsChanged > 0, warnings };
  },
};
