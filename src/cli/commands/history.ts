import { resetHistory } from "../../app/resetHistory";
import { stepHistory } from "../../app/stepHistory";
import type { Command } from "./command";

function historyCommand(direction: "back" | "forward"): Command {
  return {
    options: { force: { type: "boolean" } },
    positionals: ["SEG"],
    async run(book, _ctx, args, [segmentNo]) {
      const result = await stepHistory(book, { segmentNo, direction, force: args.values.force === true });
      const verb = direction === "back" ? "Went back over" : "Went forward over";
      const text =
        `${verb} "${result.action}" in ${result.segmentNo}: ${result.linesBefore} → ${result.linesAfter} lines, ` +
        `${result.criteriaActions} criteria action${result.criteriaActions === 1 ? "" : "s"}.`;
      return { text, json: result, changed: true };
    },
  };
}

export const back = historyCommand("back");
export const forward = historyCommand("forward");

/** `reset-history SEG`: deletes the segment's Go Back history (the way out of a damaged one); lines stay. */
export const resetHistoryCommand: Command = {
  options: {},
  positionals: ["SEG"],
  async run(book, _ctx, _args, [segmentNo]) {
    const result = await resetHistory(book, segmentNo);
    const text = `Deleted the Go Back history of ${result.segmentNo} (${result.rows} rows); its lines and criteria are unchanged.`;
    return { text, json: result, changed: result.rows > 0 };
  },
};
