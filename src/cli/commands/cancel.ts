import { cancelInteractions } from "../../app/cancelInteractions";
import type { CancelTarget } from "../../domain/interactions/cancel";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usage";
import type { Command } from "./command";
import { entryNumber, entryNumbers } from "./entryNumbers";

function target(args: ParsedArgs, name: string): CancelTarget {
  const logged = args.values.logged as string | undefined;
  const entries = (args.values.entry as string[] | undefined) ?? [];
  if ((logged === undefined) === (entries.length === 0))
    throw new UsageError(`${name} needs either --logged N or --entry N[,N...].`);
  return logged !== undefined
    ? { logged: entryNumber(logged, "--logged") }
    : { entries: entryNumbers(entries, "--entry") };
}

/** `cancel` / `uncancel` with BC's cascade (a logged segment's state overwrites its entries') and refusal rules. */
function cancelCommand(mode: "cancel" | "uncancel"): Command {
  return {
    options: { logged: { type: "string" }, entry: { type: "string", multiple: true } },
    positionals: [],
    async run(book, _ctx, args) {
      const result = await cancelInteractions(book, { target: target(args, mode), mode });
      const verb = mode === "cancel" ? "Canceled" : "Uncanceled";
      const entries = result.entries.length === 0 ? "no entry changed" : `entries ${result.entries.join(", ")}`;
      const counts = result.logged.map(
        (l) => `logged segment ${l.entryNo}${l.canceled ? " (canceled)" : ""}: ${l.noOfInteractions} interactions`,
      );
      const text = `${verb} ${entries}.${counts.length > 0 ? ` ${counts.join("; ")}.` : ""}`;
      return { text, json: result, changed: result.entries.length > 0 || result.logged.length > 0 };
    },
  };
}

export const cancel = cancelCommand("cancel");
export const uncancel = cancelCommand("uncancel");
