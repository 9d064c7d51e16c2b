/** Texts of the Interactions tab: the interaction log, logged segments, cancel/uncancel and Reuse Segment. */
export interface InteractionStrings {
  readonly title: string;
}
