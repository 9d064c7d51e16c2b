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
