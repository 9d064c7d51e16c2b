import { reuseCriteria, saveSegmentCriteria, segmentCriteria } from "../../app/criteriaUseCases";
import { UsageError } from "../usage";
import type { Command } from "./command";

export const criteria: Command = {
  options: {},
  positionals: ["SEG"],
  async run(book, _ctx, _args, [segmentNo]) {
    const result = await segmentCriteria(book, segmentNo);
    const text = result.steps.length === 0 ? `${result.segmentNo} has no criteria yet.` : result.text.join("\n");
    return { text, json: result, changed: false };
  },
};

const codeOf = (value: unknown, command: string): string => {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`${command} needs --code C.`);
  return value;
};

export const saveCriteriaCommand: Command = {
  options: { code: { type: "string" }, description: { type: "string" } },
  positionals: ["SEG"],
  async run(book, _ctx, args, [segmentNo]) {
    const description = args.values.description as string | undefined;
    const result = await saveSegmentCriteria(book, {
      segmentNo,
      code: codeOf(args.values.code, "save-criteria"),
      description,
    });
    const text = `Saved the ${result.actions} criteria action${result.actions === 1 ? "" : "s"} of ${segmentNo} as ${result.code}.`;
    return { text, json: result, changed: true };
  },
};

export const reuseCriteriaCommand: Command = {
  options: { code: { type: "string" }, force: { type: "boolean" } },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const result = await reuseCriteria(book, ctx, {
      segmentNo,
      code: codeOf(args.values.code, "reuse-criteria"),
      force: args.values.force === true,
      contacts: { name: args.common.contacts },
    });
    const steps = result.actions.map(
      (a, i) => `  ${i + 1}. ${a.action}: ${a.action === "Add Contacts" ? `+${a.added}` : `-${a.removed}`} lines`,
    );
    const text = [`Reused ${result.code} in ${result.segmentNo}: ${result.lines} lines.`, ...steps].join("\n");
    return { text, json: result, changed: true };
  },
};
