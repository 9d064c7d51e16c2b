import { eraseContact as eraseContactUseCase, type EraseContactResult } from "../../app/eraseContact";
import { DomainError } from "../../domain/errors";
import type { Command } from "./command";

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const list = (nos: readonly string[]) => (nos.length > 0 ? ` (${nos.join(", ")})` : "");

/** What erasing does, naming only the kinds of rows it touches. */
function what(result: EraseContactResult, done: boolean): string {
  const parts: string[] = [];
  if (result.lines > 0)
    parts.push(`${done ? "deleted" : "delete"} ${plural(result.lines, "segment line")}${list(result.segments)}`);
  if (result.entries > 0) {
    parts.push(
      `${done ? "anonymised" : "anonymise"} ${plural(result.entries, "Interaction Log entry", "Interaction Log entries")} as ${result.pseudonym}`,
    );
  }
  if (result.historiesCleared.length > 0)
    parts.push(
      `${done ? "cleared" : "clear"} the Go Back history of ${plural(result.historiesCleared.length, "segment")}${list(result.historiesCleared)}`,
    );
  return parts.join(", ");
}

/** `erase-contact NO [--yes]`: without --yes it only says what would change (exit 1), as a confirmation does. */
export const eraseContactCommand: Command = {
  options: { yes: { type: "boolean" } },
  positionals: ["NO"],
  async run(book, _ctx, args, [contactNo]) {
    const confirmed = args.values.yes === true;
    const result = await eraseContactUseCase(book, { contactNo, confirmed });
    if (!result.written) {
      throw new DomainError(
        `Erasing contact ${result.contactNo} would ${what(result, false)} (${plural(result.rowsChanged, "row")} in all). Nothing was written: run again with --yes to erase.`,
        "question",
      );
    }
    const text = `Erased contact ${result.contactNo}: ${what(result, true)}. The contact sheet is not changed: delete the contact's row there yourself.`;
    return { text, json: result, changed: true };
  },
};
