import { createSegment } from "../../app/createSegment";
import { UsageError } from "../usage";
import type { Command } from "./command";

export const create: Command = {
  options: {
    description: { type: "string" },
    salesperson: { type: "string" },
    date: { type: "string" },
    template: { type: "string" },
    campaign: { type: "string" },
    subject: { type: "string" },
  },
  positionals: [],
  async run(book, ctx, args) {
    const v = args.values as Record<string, string | undefined>;
    if (v.description === undefined) throw new UsageError("create needs --description T.");
    const segment = await createSegment(book, ctx, {
      description: v.description,
      salespersonCode: v.salesperson,
      date: v.date,
      templateCode: v.template,
      campaignNo: v.campaign,
      subject: v.subject,
    });
    return { text: segment.no, json: segment, changed: true };
  },
};
