import { initBook } from "../../app/initBook";
import type { Command } from "./command";

export const init: Command = {
  options: {},
  positionals: [],
  async run(book) {
    const { created } = await initBook(book);
    const text =
      created.length === 0
        ? "All dedicated sheets already exist; nothing changed."
        : `Created sheets: ${created.join(", ")}.`;
    return { text, json: { created }, changed: created.length > 0 };
  },
};
