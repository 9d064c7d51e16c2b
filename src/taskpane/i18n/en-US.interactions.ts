import type { InteractionStrings } from "./interactionStrings";

export const interactionsEnUS: InteractionStrings = {
  title: "Interactions",
};
