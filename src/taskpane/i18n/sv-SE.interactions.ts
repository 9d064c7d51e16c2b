import type { InteractionStrings } from "./interactionStrings";

export const interactionsSvSE: InteractionStrings = {
  title: "Interaktioner",
};
