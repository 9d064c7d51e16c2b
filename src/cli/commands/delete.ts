import { deleteSegment } from "../../app/deleteSegment";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `delete SEG`: the segment with its lines, criteria and history; its number is never handed out again. */
export const deleteCommand: Command = {
  options: {},
  positionals: ["SEG"],
  async run(book, _ctx, _args, [segmentNo]) {
    const result = await deleteSegment(book, segmentNo);
    const text = `Deleted ${result.segmentNo} with ${plural(result.lines, "line")} and ${plural(result.criteria, "criteria line")}.`;
    return { text, json: result, changed: true };
  },
};
